import type { Sink } from '../reporter.js';
export interface StatusJobReport {
    name: string;
    namespace: string;
    /** Absent when the job does not exist (a manifest not applied yet). */
    appId?: string;
    missing?: true;
    suspended: boolean;
    /** DescribeJobHistory's Jobs (or one DescribeJobStatus), as SAE gave them. */
    runs: readonly Record<string, unknown>[];
    /** An HTTP-triggered job's URLs. */
    webhookUrls?: readonly {
        url: string;
        network: string;
    }[];
}
export interface StatusReport {
    jobs: readonly StatusJobReport[];
}
/**
 * A run time as a UTC date. SAE gives Unix seconds; a value too large for
 * seconds is taken as milliseconds rather than shown as a date in the far future.
 */
export declare function runTime(v: unknown): string;
export declare const runStateName: (state: unknown) => string;
export declare function runTable(runs: readonly Record<string, unknown>[]): string;
declare function text(r: StatusReport, sink: Sink): void;
export declare const STATUS_REPORTERS: {
    text: typeof text;
    json: (r: StatusReport, sink: Sink) => void;
};
export {};
