import type { Io } from './io.js';
export interface Cancellation {
    signal: AbortSignal;
    /** The signal that cancelled the run, if one did. */
    readonly received: NodeJS.Signals | undefined;
    /** Stop listening (after the operation returned). */
    dispose(): void;
}
export declare const exitCodeOf: (signal: NodeJS.Signals) => 130 | 143;
export declare function cancelOnSignals(io: Io, what: string): Cancellation;
