import { type SaeError } from './errors.js';
export interface RetryPolicy {
    /** Attempts in all, the first included. */
    attempts: number;
    baseMs: number;
    maxMs: number;
    /** Injectable for tests; defaults to Math.random. */
    random?: () => number;
    sleep?: (ms: number) => Promise<void>;
    /** Errors retried without counting against `attempts` (the caller bounds them by a deadline). */
    untilDeadline?: (e: SaeError) => boolean;
}
export declare const DEFAULT_RETRY: RetryPolicy;
export declare const sleep: (ms: number) => Promise<void>;
export declare function backoffDelay(attempt: number, p: RetryPolicy): number;
/**
 * Run `fn` until it succeeds, fails for good, or the attempts run out.
 * `shouldRetry` decides per error; by default the retryable ones.
 */
export declare function withRetry<T>(fn: () => Promise<T>, policy: RetryPolicy, shouldRetry?: (e: SaeError) => boolean, onRetry?: (e: SaeError, attempt: number, delayMs: number) => void): Promise<T>;
