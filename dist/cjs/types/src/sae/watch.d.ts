import type { SaeClient } from './client.js';
import { type WaitOptions, type WaitOutcome } from './wait.js';
import type { StopSignal } from './stop.js';
export interface WatcherOptions {
    /** What a change order is expected to take before any has finished in this run. */
    expectedMs?: number;
    /** The least time between two listings of one namespace. */
    minGapMs?: number;
    /** A change order neither ended nor failed after this long (and three expected durations) is asked directly: one that waits for a person shows neither. */
    handOverAfterMs?: number;
    now?: () => number;
    sleep?: (ms: number, stop?: StopSignal) => Promise<void>;
}
export declare class ChangeOrderWatcher {
    private readonly o;
    private readonly groups;
    private readonly durations;
    private readonly now;
    /** Listings made, for the record (the bench counts calls by operation anyway). */
    listings: number;
    constructor(o?: WatcherOptions);
    /** The median duration of the change orders finished so far, or the first guess. */
    expectedMs(): number;
    wait(client: SaeClient, region: string, namespace: string, appId: string, changeOrderId: string, opts: WaitOptions): Promise<WaitOutcome>;
    private run;
    private handOver;
    private finish;
}
