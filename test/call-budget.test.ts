// SAE allows 60 calls a minute: each mechanism that keeps a run within it,
// on fake clients and clocks (no test here depends on the machine's speed).
import { describe, expect, it } from 'vitest';
import { TagBatcher } from '../src/sae/tag-batch.js';
import { ChangeOrderWatcher } from '../src/sae/watch.js';
import { CallPace } from '../src/sae/pace.js';
import { withRetry } from '../src/sae/retry.js';
import { SaeError } from '../src/sae/errors.js';

/** A client that records what it is asked and answers from `answer`. */
function fakeClient(answer: (op: string, params: Record<string, unknown>) => unknown) {
  const calls: { op: string; params: Record<string, unknown> }[] = [];
  return {
    calls,
    call: async (op: string, params: Record<string, unknown> = {}) => {
      calls.push({ op, params });
      return answer(op, params);
    },
    send: async (req: { operation: string; query: Record<string, unknown>; body: Record<string, unknown> }) => {
      calls.push({ op: req.operation, params: { ...req.query, ...req.body } });
      return answer(req.operation, { ...req.query, ...req.body });
    },
  };
}

describe('tag batching', () => {
  it('the creates under way share one TagResources; more than 50 take two', async () => {
    for (const [n, calls] of [
      [8, 1],
      [60, 2],
    ] as const) {
      const client = fakeClient(() => true);
      const batcher = new TagBatcher(60_000);
      const leaves = Array.from({ length: n }, () => batcher.creatingOne());
      const joined = leaves.map((leave, i) => {
        const p = batcher.tag(client as never, 'cn-hangzhou', `app-${i}`, { 'saejob-set': 'default' }, false);
        leave();
        return p;
      });
      await Promise.all(joined);
      expect(client.calls.map((c) => c.op)).toEqual(Array(calls).fill('TagResources'));
      expect(client.calls.flatMap((c) => JSON.parse(String(c.params.ResourceIds)))).toHaveLength(n);
    }
  });

  it('different tag sets or regions are different calls; a stopped run sends at once', async () => {
    const client = fakeClient(() => true);
    const batcher = new TagBatcher(60_000);
    const leave = [batcher.creatingOne(), batcher.creatingOne(), batcher.creatingOne()];
    const a = batcher.tag(client as never, 'cn-hangzhou', 'a', { 'saejob-set': 'default' }, false);
    const b = batcher.tag(client as never, 'cn-hangzhou', 'b', { 'saejob-set': 'default', team: 'x' }, false);
    const c = batcher.tag(client as never, 'cn-shanghai', 'c', { 'saejob-set': 'default' }, true);
    expect(client.calls).toHaveLength(1); // the stopped one, at once
    for (const l of leave) l();
    await Promise.all([a, b, c]);
    expect(client.calls).toHaveLength(3);
  });
});

describe('the change-order watcher', () => {
  it('20 jobs in one namespace: a listing a poll for all, no DescribeChangeOrder for jobs seen running', async () => {
    let clock = 0;
    const doneAt = new Map<string, number>();
    const client = fakeClient((op) => {
      if (op !== 'ListJobs') throw new Error(`unexpected ${op}`);
      return {
        Applications: [...doneAt.entries()].map(([AppId, at]) => ({
          AppId,
          AppName: AppId,
          NamespaceId: 'ns',
          ...(clock >= at ? { LastChangeorderState: '1' } : {}),
        })),
        TotalSize: doneAt.size,
      };
    });
    const watcher = new ChangeOrderWatcher({
      expectedMs: 3000,
      minGapMs: 1000,
      now: () => clock,
      sleep: async (ms) => void (clock += ms),
    });
    const waits = Array.from({ length: 20 }, (_, i) => {
      doneAt.set(`app-${i}`, 3000 + i * 10);
      return watcher.wait(client as never, 'cn-hangzhou', 'ns', `app-${i}`, `co-${i}`, { timeoutMs: 600_000 });
    });
    const outcomes = await Promise.all(waits);
    expect(outcomes.every((o) => o.state === 'succeeded')).toBe(true);
    expect(client.calls.every((c) => c.op === 'ListJobs')).toBe(true);
    expect(client.calls.length).toBeLessThanOrEqual(4); // once soon after the writes, then near the expected end
    // It learned: the next wait expects what these took.
    expect(watcher.expectedMs()).toBeGreaterThanOrEqual(3000);
  });

  it('a job that reads succeeded on first sight is asked directly (the listing may show the previous order)', async () => {
    let clock = 0;
    const client = fakeClient((op) =>
      op === 'ListJobs'
        ? { Applications: [{ AppId: 'a', AppName: 'a', NamespaceId: 'ns', LastChangeorderState: '1' }], TotalSize: 1 }
        : { Status: 2 },
    );
    const watcher = new ChangeOrderWatcher({
      expectedMs: 3000,
      minGapMs: 1000,
      now: () => clock,
      sleep: async (ms) => void (clock += ms),
    });
    expect(
      (await watcher.wait(client as never, 'r', 'ns', 'a', 'co-a', { timeoutMs: 60_000, intervalMs: 1 })).state,
    ).toBe('succeeded');
    expect(client.calls.map((c) => c.op)).toEqual(['ListJobs', 'DescribeChangeOrder']);
  });
});

describe('pacing and retrying within SAE’s window', () => {
  it('once throttled, every call of the run keeps to the rate, and the run is told once', async () => {
    let clock = 0;
    const told: number[] = [];
    const pace = new CallPace(60, { now: () => clock, sleep: async (ms) => void (clock += ms) }, (rate) =>
      told.push(rate),
    );
    await pace.turn();
    expect(clock).toBe(0);
    pace.throttled();
    pace.throttled();
    for (let i = 0; i < 10; i++) await pace.turn();
    expect(clock).toBe(9000); // 60 a minute: a second apart
    expect(told).toEqual([60]);
  });

  it('throttling and a running change order are retried past the attempt count, until the caller’s deadline', async () => {
    let tries = 0;
    const throttled = new SaeError('api', 'Throttling.User', 'flow control', 400);
    const r = await withRetry(
      async () => {
        if (++tries < 20) throw throttled;
        return 'ok';
      },
      { attempts: 3, baseMs: 1, maxMs: 1, sleep: async () => {}, untilDeadline: (e) => e.retryUntilDeadline },
    );
    expect([r, tries]).toEqual(['ok', 20]);
    // Anything else still stops at the count.
    let five = 0;
    await expect(
      withRetry(
        async () => {
          five++;
          throw new SaeError('api', 'InternalError', 'x', 500);
        },
        { attempts: 3, baseMs: 1, maxMs: 1, sleep: async () => {}, untilDeadline: (e) => e.retryUntilDeadline },
      ),
    ).rejects.toThrow('x');
    expect(five).toBe(3);
  });
});

describe('the window', () => {
  it('a run that spent its minute at once waits for the window to free, not a second at a time into it', async () => {
    let clock = 0;
    const pace = new CallPace(60, { now: () => clock, sleep: async (ms) => void (clock += ms) });
    for (let i = 0; i < 60; i++) await pace.turn(); // sent freely, all at t=0
    expect(clock).toBe(0);
    pace.throttled(); // the 61st was refused
    await pace.turn();
    expect(clock).toBe(60_000); // the next goes when the first of the 60 is a minute old
    await pace.turn();
    expect(clock).toBe(61_000); // then at the rate
  });
});
