import { ApiError } from './errors.js';
export interface FaultConfig {
    /** Probability that a request is refused with Throttling.User. */
    throttleRate: number;
    /** SAE's documented limit: calls per minute per user (0 = no limit). */
    callsPerMinute: number;
    /** The limiter's window; a minute, like SAE's, unless a test shortens it. */
    rateWindowMs: number;
    /** Probability of a 500/503. */
    serverErrorRate: number;
    /** The next this many targeted requests are answered 500/503, then none (count-based, for tests). */
    serverErrorCount: number;
    /** Probability that the connection is reset before the request is handled. */
    resetRate: number;
    /** Probability that a write is committed but its response is lost (the connection is reset). */
    lostResponseRate: number;
    /** Added latency per request, in ms. */
    latencyMs: number;
    /** These operations always answer 503 ServiceUnavailable, whatever `operations` says. */
    unavailable: string[];
    /**
     * Answers SAE should not give, by operation: `html` (a gateway's HTML 502
     * page), `unsuccessful` (200 with Success: false), `no-change-order` (the
     * write is done, and its answer names no change order).
     */
    replies: Record<string, 'html' | 'unsuccessful' | 'no-change-order'>;
    /** Only these operations are affected (empty = all). */
    operations: string[];
    /** Seed for the random choices, so a run can be repeated. */
    seed: number;
}
export declare const NO_FAULTS: FaultConfig;
/** mulberry32: small, fast, seedable. */
export declare function seededRandom(seed: number): () => number;
/** A sliding window of calls (a minute, for SAE's limit). */
export declare class RateLimiter {
    private calls;
    allow(limit: number, now: number, windowMs?: number): boolean;
}
export type InjectedFault = {
    kind: 'rateLimit' | 'throttle' | 'unavailable' | 'serverError';
    error: ApiError;
} | {
    kind: 'html' | 'unsuccessful' | 'reset';
};
/**
 * The fault a signed request meets, if any, in the order they happen on its way in (the rate
 * limit, latency, a wrong reply, throttling, an unavailable or failing server, a reset). A
 * counted server error is used up here.
 */
export declare function injectedFault(faults: FaultConfig, o: {
    random: () => number;
    limiter: RateLimiter;
    now: number;
}, op: string): Promise<InjectedFault | undefined>;
