import type { Sink } from '../reporter.js';
export interface RunReport {
    name: string;
    namespace: string;
    appId: string;
    eventId: string;
    jobId: string;
    /** `running` until --wait saw it end. */
    state: string;
    /** DescribeJobStatus at the end (--wait). */
    status?: Record<string, unknown>;
}
export declare const RUN_REPORTERS: {
    text: (r: RunReport, sink: Sink) => void;
    json: (r: RunReport, sink: Sink) => void;
};
