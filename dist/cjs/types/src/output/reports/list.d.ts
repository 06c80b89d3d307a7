import type { Sink } from '../reporter.js';
import { runTime } from './status.js';
export interface ListedJobView {
    name: string;
    namespace: string;
    region: string;
    appId: string;
    /** The saejob-set tag's value; undefined: no saejob set manages it (made in the console?). */
    owner?: string;
    protected: boolean;
    /** The cron schedule, `http`, or undefined for a job that runs only when started. */
    trigger?: string;
    suspended: boolean;
    image: string;
    lastRun?: string;
    /** The last run's state in words (Running, Succeeded, Failed), or undefined before the first run. */
    lastState?: string;
}
export interface ListReport {
    set: string;
    jobs: readonly ListedJobView[];
}
declare function text(r: ListReport, sink: Sink): void;
export declare const LIST_REPORTERS: {
    text: typeof text;
    json: (r: ListReport, sink: Sink) => void;
};
export { runTime };
