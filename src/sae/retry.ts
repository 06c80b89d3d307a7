// Exponential backoff with full jitter, bounded, for the retryable errors.
import { type SaeError, toSaeError } from './errors.js';

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

export const DEFAULT_RETRY: RetryPolicy = { attempts: 8, baseMs: 300, maxMs: 8000 };

export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

export function backoffDelay(attempt: number, p: RetryPolicy): number {
  const cap = Math.min(p.maxMs, p.baseMs * 2 ** attempt);
  return Math.round((p.random ?? Math.random)() * cap);
}

/**
 * Run `fn` until it succeeds, fails for good, or the attempts run out.
 * `shouldRetry` decides per error; by default the retryable ones.
 */
export async function withRetry<T>(
  fn: () => Promise<T>,
  policy: RetryPolicy,
  shouldRetry: (e: SaeError) => boolean = (e) => e.retryable,
  onRetry?: (e: SaeError, attempt: number, delayMs: number) => void,
): Promise<T> {
  for (let attempt = 0, counted = 0; ; attempt++) {
    try {
      return await fn();
    } catch (raw) {
      const e = toSaeError(raw);
      if (!shouldRetry(e)) throw e;
      if (!policy.untilDeadline?.(e)) counted++;
      if (counted >= policy.attempts) throw e;
      const delay = backoffDelay(Math.min(attempt, 30), policy);
      onRetry?.(e, attempt + 1, delay);
      await (policy.sleep ?? sleep)(delay);
    }
  }
}
