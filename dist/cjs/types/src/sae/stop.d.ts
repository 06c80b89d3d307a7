export declare class StopSignal {
    /** How long after a stop the ownership step of a write already made may still be sent. */
    readonly graceMs: number;
    private readonly now;
    stopped: boolean;
    /** When stop() was called (epoch ms), for the grace of a write's last step. */
    private stoppedAt;
    private readonly sleepers;
    constructor(
    /** How long after a stop the ownership step of a write already made may still be sent. */
    graceMs?: number, now?: () => number);
    stop(): void;
    /**
     * Whether a call that finishes a write already made (the ownership tag right
     * after CreateJob) may still go: always before a stop, and for a short
     * grace after one, so that a cancelled CI run leaves no job without its tag.
     */
    mayFinish(): boolean;
    /** Wait `ms`, or less when the run is stopped meanwhile. */
    sleep(ms: number): Promise<void>;
}
/** A CI runner's cancel gives a process several seconds before it kills it; the tag call takes one round trip. */
export declare const STOP_GRACE_MS = 10000;
