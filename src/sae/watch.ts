// Waiting for many change orders at SAE's 60 calls a minute. Polling each
// order with DescribeChangeOrder costs a call per job per poll; the job
// listing answers for a whole namespace at once: ListJobs gives every job's
// LastChangeorderState ("1" succeeded, "0" failed, nothing while one runs).
// So one listing a poll serves every job of a namespace this run waits for.
//
// Why the listing can be trusted here: a job saejob just wrote has, as its
// last change order, the one the write started — but a listing read before
// SAE shows the new order could still report the previous one's "1". So
// "succeeded" is taken from the listing only for a job seen running in an
// earlier listing; a job that reads "1" on its first sight, "0", or that
// does not end within three times the expected duration (a change order
// waiting for a person shows neither state) is asked with
// DescribeChangeOrder, which also says why a failed one failed.
//
// When to poll is learned: the first listing soon after the writes (to see
// the new orders running), the next near the expected end — the median of
// the orders already finished in this run — and never more often than
// `minGapMs`. The session's pace keeps every call within SAE's budget.
import type { SaeClient } from './client.js';
import { listNamespaceJobs } from './live.js';
import { LAST_CHANGE_ORDER_STATE } from '../contract/api.js';
import { interpretStatus, waitForChangeOrder, type WaitOptions, type WaitOutcome } from './wait.js';
import type { StopSignal } from './stop.js';
import { sleep } from './retry.js';
import { DEADLINE, INTERRUPTED, SaeError } from './errors.js';
import { placeKey } from '../pipeline/identity.js';

/** A call that did not go because --timeout passed or the run was stopped: how the wait ended. */
function endOf(e: unknown): WaitOutcome | undefined {
  if (e instanceof SaeError && e.code === DEADLINE) return { state: 'timeout' };
  if (e instanceof SaeError && e.code === INTERRUPTED) return { state: 'interrupted' };
  return undefined;
}

interface Waiter {
  appId: string;
  changeOrderId: string;
  startedAt: number;
  seenRunning: boolean;
  /** Given to DescribeChangeOrder: the listing could not say (see above). */
  handedOver: boolean;
  opts: WaitOptions;
  resolve(w: WaitOutcome): void;
}

interface Group {
  client: SaeClient;
  namespace: string;
  waiters: Set<Waiter>;
  running: boolean;
}

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

export class ChangeOrderWatcher {
  private readonly groups = new Map<string, Group>();
  private readonly durations: number[] = [];
  private readonly now: () => number;
  /** Listings made, for the record (the bench counts calls by operation anyway). */
  listings = 0;

  constructor(private readonly o: WatcherOptions = {}) {
    this.now = o.now ?? Date.now;
  }

  /** The median duration of the change orders finished so far, or the first guess. */
  expectedMs(): number {
    if (!this.durations.length) return this.o.expectedMs ?? 3000;
    const sorted = [...this.durations].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  }

  wait(
    client: SaeClient,
    region: string,
    namespace: string,
    appId: string,
    changeOrderId: string,
    opts: WaitOptions,
  ): Promise<WaitOutcome> {
    const key = placeKey({ region, namespace });
    let group = this.groups.get(key);
    if (!group) {
      group = { client, namespace, waiters: new Set(), running: false };
      this.groups.set(key, group);
    }
    const g = group;
    return new Promise<WaitOutcome>((resolve) => {
      g.waiters.add({
        appId,
        changeOrderId,
        startedAt: this.now(),
        seenRunning: false,
        handedOver: false,
        opts,
        resolve,
      });
      if (!g.running) void this.run(g);
    });
  }

  private async run(g: Group): Promise<void> {
    g.running = true;
    const minGap = this.o.minGapMs ?? 1000;
    const pause = this.o.sleep ?? ((ms: number, stop?: StopSignal) => (stop ? stop.sleep(ms) : sleep(ms)));
    let lastPoll = 0;
    try {
      while (g.waiters.size) {
        const listed = [...g.waiters].filter((w) => !w.handedOver);
        if (!listed.length) break;
        // Soon after a write (a third of the expected time) to see it running; then near the expected end.
        const expected = this.expectedMs();
        // Past the expected end, the pause grows with the time waited (a change order of minutes costs a listing every quarter of it).
        const next = Math.min(
          ...listed.map((w) =>
            w.seenRunning
              ? Math.max(w.startedAt + expected, lastPoll + (this.now() - w.startedAt) / 4)
              : w.startedAt + Math.min(expected / 3, minGap),
          ),
        );
        const at = Math.max(next, lastPoll + minGap);
        const stop = listed[0]!.opts.stop;
        if (at > this.now()) await pause(at - this.now(), stop);
        for (const w of listed) {
          if (w.opts.stop?.stopped) this.finish(g, w, { state: 'interrupted' });
          else if (this.now() - w.startedAt > w.opts.timeoutMs) this.finish(g, w, { state: 'timeout' });
        }
        if (![...g.waiters].some((w) => !w.handedOver)) break;
        lastPoll = this.now();
        let jobs: Awaited<ReturnType<typeof listNamespaceJobs>>;
        try {
          this.listings++;
          jobs = await listNamespaceJobs(g.client, g.namespace);
        } catch (e) {
          // --timeout or a stop ended it: that is each wait's end. Otherwise each job asks for its own change order.
          const ended = endOf(e);
          for (const w of [...g.waiters]) if (!w.handedOver) ended ? this.finish(g, w, ended) : this.handOver(g, w);
          continue;
        }
        const byId = new Map(jobs.map((j) => [j.AppId, j]));
        for (const w of [...g.waiters]) {
          if (w.handedOver) continue;
          const state = byId.get(w.appId)?.LastChangeorderState;
          if (state === LAST_CHANGE_ORDER_STATE.succeeded && w.seenRunning) {
            this.durations.push(this.now() - w.startedAt);
            w.opts.onStatus?.(2);
            this.finish(g, w, interpretStatus(2)!);
          } else if (
            state === LAST_CHANGE_ORDER_STATE.succeeded ||
            state === LAST_CHANGE_ORDER_STATE.failed ||
            !byId.has(w.appId)
          ) {
            // Succeeded on first sight (maybe the previous order's), failed (why?), or not listed: ask the order itself.
            this.handOver(g, w);
          } else {
            w.seenRunning = true;
            w.opts.onStatus?.(1);
            // Neither state for three times what an order takes: perhaps it waits for a person, which only the order says.
            if (this.now() - w.startedAt > Math.max(3 * expected, this.o.handOverAfterMs ?? 60_000))
              this.handOver(g, w);
          }
        }
      }
    } finally {
      g.running = false;
      // Someone joined while the loop was ending.
      if ([...g.waiters].some((w) => !w.handedOver)) void this.run(g);
    }
  }

  private handOver(g: Group, w: Waiter): void {
    w.handedOver = true;
    const left = Math.max(0, w.opts.timeoutMs - (this.now() - w.startedAt));
    void waitForChangeOrder(g.client, w.changeOrderId, { ...w.opts, timeoutMs: left })
      .then((outcome) => {
        if (outcome.state === 'succeeded') this.durations.push(this.now() - w.startedAt);
        this.finish(g, w, outcome);
      })
      .catch((e: unknown) =>
        this.finish(
          g,
          w,
          endOf(e) ??
            (w.opts.stop?.stopped
              ? { state: 'interrupted' }
              : {
                  state: 'failed',
                  status: 0,
                  message: `could not read change order ${w.changeOrderId}: ${(e as Error).message}`,
                }),
        ),
      );
  }

  private finish(g: Group, w: Waiter, outcome: WaitOutcome): void {
    if (!g.waiters.delete(w)) return;
    w.resolve(outcome);
  }
}
