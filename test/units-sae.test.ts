// Units of the SAE edge: change-order statuses, retries and backoff, errors,
// network errors, call pacing on a fake clock.
import { describe, expect, it } from 'vitest';
import { interpretStatus } from '../src/sae/wait.js';
import { backoffDelay } from '../src/sae/retry.js';
import { CallPace } from '../src/sae/pace.js';
import { SaeError, toSaeError } from '../src/sae/errors.js';

describe('change orders, retries, errors', () => {
  it('interprets every documented status', () => {
    expect([0, 1, 9, 12].map((s) => interpretStatus(s))).toEqual([undefined, undefined, undefined, undefined]);
    expect(interpretStatus(2)).toEqual({ state: 'succeeded' });
    for (const s of [3, 6, 10]) expect(interpretStatus(s)?.state).toBe('failed');
    for (const s of [8, 11]) expect(interpretStatus(s)?.state).toBe('paused');
    expect(interpretStatus(3, 'boom')).toMatchObject({ message: 'change order failed: boom' });
  });
  it('backs off exponentially with full jitter, capped', () => {
    const p = { attempts: 8, baseMs: 100, maxMs: 1000 };
    expect(backoffDelay(0, { ...p, random: () => 0.999 })).toBeLessThanOrEqual(100);
    expect(backoffDelay(3, { ...p, random: () => 0.999 })).toBe(799);
    expect(backoffDelay(10, { ...p, random: () => 0.999 })).toBe(999);
    expect(backoffDelay(5, { ...p, random: () => 0 })).toBe(0);
  });
  it('classifies errors: retryable, outcome unknown, not found', () => {
    const throttled = toSaeError({
      statusCode: 400,
      code: 'Throttling.User',
      result: { Message: 'flow control', RequestId: 'R1' },
    });
    expect([throttled.retryable, throttled.outcomeUnknown]).toEqual([true, false]);
    expect(throttled.describe()).toBe('Throttling.User: flow control (RequestId R1)');
    const reset = toSaeError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    expect([reset.kind, reset.retryable, reset.outcomeUnknown]).toEqual(['network', true, true]);
    const five = new SaeError('api', 'InternalError', 'x', 500);
    expect([five.retryable, five.outcomeUnknown]).toEqual([true, true]);
    const bad = new SaeError('api', 'InvalidParameter.NotEmpty', 'x', 400);
    expect([bad.retryable, bad.notFound]).toEqual([false, false]);
    expect(new SaeError('api', 'InvalidAppId.NotFound', 'x', 404).notFound).toBe(true);
  });
  it('reads the code from the whole answer: ErrorCode beside an HTTP-status Code, any *Throttling* code', () => {
    const conflict = toSaeError({
      statusCode: 400,
      code: '400',
      result: { Code: '400', ErrorCode: 'Application.ChangerOrderRunning', Message: 'busy' },
    });
    expect([conflict.code, conflict.meaning, conflict.retryable, conflict.retryUntilDeadline]).toEqual([
      'Application.ChangerOrderRunning',
      'conflict',
      true,
      true,
    ]);
    const gone = toSaeError({
      statusCode: 400,
      code: '400',
      result: { Code: '400', ErrorCode: 'InvalidAppId.NotFound' },
    });
    expect(gone.notFound).toBe(true);
    const rejected = toSaeError({
      statusCode: 400,
      code: 'Rejected.Throttling',
      result: { Code: 'Rejected.Throttling' },
    });
    expect([rejected.meaning, rejected.retryUntilDeadline]).toEqual(['throttle', true]);
    expect(toSaeError({ statusCode: 503, code: '', result: {} }).code).toBe('HTTP503');
    expect(toSaeError({ statusCode: 400, code: 'Some.Thing', result: { Code: 'Some.Thing' } }).retryable).toBe(false);
  });
});

describe('network errors', () => {
  it('a name that does not resolve names its host, and nothing else of the URL', async () => {
    const { toSaeError } = await import('../src/sae/errors.js');
    const e = toSaeError(
      Object.assign(new Error('getaddrinfo ENOTFOUND sae.cn-hangzuo.aliyuncs.com /pop/v1?Secret=x'), {
        code: 'ENOTFOUND',
        hostname: 'sae.cn-hangzuo.aliyuncs.com',
      }),
    );
    expect(e.message).toBe(
      'the host name sae.cn-hangzuo.aliyuncs.com does not resolve (a typo in the region or --endpoint?)',
    );
    expect(e.retryable).toBe(false);
  });
});

describe('call pacing, on a fake clock', () => {
  it('calls freely until throttled, then one call per 60 000 / rate ms, shared by all callers', async () => {
    const now = 1_000_000;
    const wakes: number[] = [];
    // The clock stands still: each sleep records when it would wake.
    const pace = new CallPace(60, { now: () => now, sleep: async (ms: number) => void wakes.push(now + ms) });
    for (let i = 0; i < 5; i++) await pace.turn();
    expect(wakes).toEqual([]); // not throttled yet: no waiting at all
    pace.throttled();
    await Promise.all(Array.from({ length: 4 }, () => pace.turn()));
    // Four callers at once: the first goes now, the others a second apart.
    expect(wakes).toEqual([now + 1000, now + 2000, now + 3000]);
    expect(new CallPace(120, { now: () => now, sleep: async () => {} }).isLimited).toBe(false);
  });
});
