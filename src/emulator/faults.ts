// Fault injection: what can go wrong between saejob and SAE, at rates set per
// run and changed at runtime through the admin endpoint.
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

export const NO_FAULTS: FaultConfig = {
  throttleRate: 0,
  callsPerMinute: 0,
  rateWindowMs: 60_000,
  serverErrorRate: 0,
  serverErrorCount: 0,
  resetRate: 0,
  lostResponseRate: 0,
  latencyMs: 0,
  unavailable: [],
  replies: {},
  operations: [],
  seed: 1,
};

/** mulberry32: small, fast, seedable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sliding window of calls (a minute, for SAE's limit). */
export class RateLimiter {
  private calls: number[] = [];
  allow(limit: number, now: number, windowMs = 60_000): boolean {
    if (limit <= 0) return true;
    while (this.calls.length && now - this.calls[0]! >= windowMs) this.calls.shift();
    if (this.calls.length >= limit) return false;
    this.calls.push(now);
    return true;
  }
}

export type InjectedFault =
  | { kind: 'rateLimit' | 'throttle' | 'unavailable' | 'serverError'; error: ApiError }
  | { kind: 'html' | 'unsuccessful' | 'reset' };

const throttled = () => new ApiError(400, 'Throttling.User', 'Request was denied due to user flow control.');
const unavailable = () =>
  new ApiError(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.');

/**
 * The fault a signed request meets, if any, in the order they happen on its way in (the rate
 * limit, latency, a wrong reply, throttling, an unavailable or failing server, a reset). A
 * counted server error is used up here.
 */
export async function injectedFault(
  faults: FaultConfig,
  o: { random: () => number; limiter: RateLimiter; now: number },
  op: string,
): Promise<InjectedFault | undefined> {
  const targeted = faults.operations.length === 0 || faults.operations.includes(op);
  if (faults.callsPerMinute > 0 && !o.limiter.allow(faults.callsPerMinute, o.now, faults.rateWindowMs))
    return { kind: 'rateLimit', error: throttled() };
  if (targeted && faults.latencyMs > 0) await new Promise((ok) => setTimeout(ok, faults.latencyMs).unref());
  const reply = faults.replies[op];
  if (reply === 'html' || reply === 'unsuccessful') return { kind: reply };
  if (targeted && o.random() < faults.throttleRate) return { kind: 'throttle', error: throttled() };
  if (faults.unavailable.includes(op)) return { kind: 'unavailable', error: unavailable() };
  const countedError = targeted && faults.serverErrorCount > 0;
  if (countedError) faults.serverErrorCount--;
  if (countedError || (targeted && o.random() < faults.serverErrorRate))
    return {
      kind: 'serverError',
      error:
        o.random() < 0.5
          ? unavailable()
          : new ApiError(500, 'InternalError', 'The request processing has failed due to some unknown error.'),
    };
  if (targeted && o.random() < faults.resetRate) return { kind: 'reset' };
  return undefined;
}
