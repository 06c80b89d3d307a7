import type { SaeClient } from './client.js';
import type { StopSignal } from './stop.js';
/** The whole run's --timeout when none is given: long enough for change orders of minutes. */
export declare const DEFAULT_TIMEOUT_MS = 600000;
/** The first pause between two reads of something SAE is still doing; it grows from there. */
export declare const DEFAULT_POLL_MS = 500;
export type WaitOutcome = {
    state: 'succeeded';
} | {
    state: 'failed';
    status: number;
    message: string;
} | {
    state: 'paused';
    status: number;
    message: string;
} | {
    state: 'timeout';
} | {
    state: 'interrupted';
};
export interface WaitOptions extends PollOptions {
    onStatus?: (status: number) => void;
}
export declare function interpretStatus(status: number, errorMessage?: string, subStatus?: number): WaitOutcome | undefined;
export interface PollOptions {
    timeoutMs: number;
    /** Ends the wait early (SIGINT, SIGTERM). */
    stop?: StopSignal;
    /** First interval; it grows ×1.5 up to maxIntervalMs (default 5 s). */
    intervalMs?: number;
    maxIntervalMs?: number;
}
/**
 * Read until `settled` gives an answer, waiting longer between reads each
 * time; undefined when the time runs out first. Change orders and job runs
 * are both waited for this way.
 */
export declare function pollUntil<T, R>(read: () => Promise<T>, settled: (value: T) => R | undefined, o: PollOptions): Promise<R | undefined>;
export declare function waitForChangeOrder(client: SaeClient, changeOrderId: string, o: WaitOptions): Promise<WaitOutcome>;
/**
 * When no change order can be found, follow the job listing instead:
 * `LastChangeorderState` is "1" when the last change order succeeded and
 * "0" when it failed (not a change-order status); anything else, keep waiting.
 */
export declare function waitForJobChange(client: SaeClient, namespace: string, name: string, o: WaitOptions): Promise<WaitOutcome>;
/**
 * After DeleteJob: SAE does not document whether the job is gone when the
 * call returns, so read it until DescribeJob answers not-found (bounded).
 */
export declare function waitUntilGone(client: SaeClient, appId: string, o: PollOptions): Promise<boolean>;
