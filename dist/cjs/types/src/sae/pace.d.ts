export declare const SAE_CALLS_PER_MINUTE = 60;
export interface Clock {
    now(): number;
    sleep(ms: number): Promise<void>;
}
export declare class CallPace {
    private readonly perMinute;
    /** Injectable, so that a test of the pacing does not depend on the machine's speed. */
    private readonly clock;
    /** Told once, when the run starts being paced. */
    private readonly onLimited?;
    private nextSlot;
    private limited;
    constructor(perMinute?: number, 
    /** Injectable, so that a test of the pacing does not depend on the machine's speed. */
    clock?: Clock, 
    /** Told once, when the run starts being paced. */
    onLimited?: ((callsPerMinute: number) => void) | undefined);
    /** When the run's last `perMinute` calls were sent (oldest first): SAE's window is a minute of them. */
    private readonly sent;
    /**
     * Wait for this call's turn: none until SAE has throttled the run; then
     * spaced at the rate, and never inside a full window — a call waits until
     * the oldest of the last `perMinute` calls is a minute old, so a run that
     * spent its minute at once waits for the window instead of being refused
     * once a second until it frees.
     */
    turn(): Promise<void>;
    /** SAE said "too many": keep to the rate from now on. */
    throttled(): void;
    get isLimited(): boolean;
}
