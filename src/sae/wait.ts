// Waiting for a change order: poll DescribeChangeOrder with a growing
// interval until it ends, stops for a person, or the time runs out.
import type { SaeClient } from './client.js';
import { sleep } from './retry.js';
import { listNamespaceJobs } from './live.js';
import {
  CHANGE_ORDER_FAILED as FAILED,
  CHANGE_ORDER_PAUSED as PAUSED,
  CHANGE_ORDER_RUNNING,
  CHANGE_ORDER_SUCCEEDED,
  LAST_CHANGE_ORDER_STATE,
  SUB_STATUS_BATCH_FAILED,
} from '../contract/api.js';
import { SaeError } from './errors.js';
import type { StopSignal } from './stop.js';

/** The whole run's --timeout when none is given: long enough for change orders of minutes. */
export const DEFAULT_TIMEOUT_MS = 600_000;
/** The first pause between two reads of something SAE is still doing; it grows from there. */
export const DEFAULT_POLL_MS = 500;

export type WaitOutcome =
  | { state: 'succeeded' }
  | { state: 'failed'; status: number; message: string }
  | { state: 'paused'; status: number; message: string }
  | { state: 'timeout' }
  | { state: 'interrupted' };

export interface WaitOptions extends PollOptions {
  onStatus?: (status: number) => void;
}

export function interpretStatus(status: number, errorMessage = '', subStatus = 0): WaitOutcome | undefined {
  if (status === CHANGE_ORDER_SUCCEEDED) return { state: 'succeeded' };
  // A failed batch leaves the order "in progress" until someone rolls it back: waiting cannot help.
  if (subStatus === SUB_STATUS_BATCH_FAILED)
    return {
      state: 'failed',
      status,
      message: `change order stopped: a batch failed${errorMessage ? `: ${errorMessage}` : ''} (roll it back or retry it in the SAE console)`,
    };
  if (status in FAILED)
    return {
      state: 'failed',
      status,
      message: `change order ${FAILED[status]}${errorMessage ? `: ${errorMessage}` : ''}`,
    };
  if (status in PAUSED) return { state: 'paused', status, message: `change order ${PAUSED[status]}` };
  if (CHANGE_ORDER_RUNNING.has(status)) return undefined;
  return { state: 'failed', status, message: `change order has unknown status ${status}` };
}

export interface PollOptions {
  timeoutMs: number;
  /** Ends the wait early (SIGINT, SIGTERM). */
  stop?: StopSignal;
  /** First interval; it grows ×1.5 up to maxIntervalMs (default 5 s). */
  intervalMs?: number;
  maxIntervalMs?: number;
}

/**
 * Read until `settled` gives an answer, waiting longer between reads each
 * time; undefined when the time runs out first. Change orders and job runs
 * are both waited for this way.
 */
export async function pollUntil<T, R>(
  read: () => Promise<T>,
  settled: (value: T) => R | undefined,
  o: PollOptions,
): Promise<R | undefined> {
  const deadline = Date.now() + o.timeoutMs;
  let interval = o.intervalMs ?? DEFAULT_POLL_MS;
  for (;;) {
    const answer = settled(await read());
    if (answer !== undefined) return answer;
    if (Date.now() + interval > deadline || o.stop?.stopped) return undefined;
    await (o.stop ? o.stop.sleep(interval) : sleep(interval));
    if (o.stop?.stopped) return undefined;
    interval = Math.min(o.maxIntervalMs ?? 5000, Math.round(interval * 1.5));
  }
}

interface ChangeOrderReading {
  status: number;
  subStatus?: number;
  message?: string;
  /** Already decided (a job listing's LastChangeorderState). */
  outcome?: WaitOutcome;
}

async function poll(read: () => Promise<ChangeOrderReading>, o: WaitOptions): Promise<WaitOutcome> {
  const settled = ({ status, subStatus, message, outcome }: ChangeOrderReading) => {
    if (outcome) return outcome;
    o.onStatus?.(status);
    return interpretStatus(status, message, subStatus);
  };
  return (await pollUntil(read, settled, o)) ?? (o.stop?.stopped ? { state: 'interrupted' } : { state: 'timeout' });
}

export function waitForChangeOrder(client: SaeClient, changeOrderId: string, o: WaitOptions): Promise<WaitOutcome> {
  return poll(async () => {
    const d = await client.call<{ Status: number; SubStatus?: number; ErrorMessage?: string }>('DescribeChangeOrder', {
      ChangeOrderId: changeOrderId,
    });
    return { status: Number(d.Status), subStatus: Number(d.SubStatus ?? 0), message: d.ErrorMessage ?? '' };
  }, o);
}

/**
 * When no change order can be found, follow the job listing instead:
 * `LastChangeorderState` is "1" when the last change order succeeded and
 * "0" when it failed (not a change-order status); anything else, keep waiting.
 */
export function waitForJobChange(
  client: SaeClient,
  namespace: string,
  name: string,
  o: WaitOptions,
): Promise<WaitOutcome> {
  return poll(async () => {
    const state = (await listNamespaceJobs(client, namespace, name))[0]?.LastChangeorderState;
    if (state === LAST_CHANGE_ORDER_STATE.succeeded) return { status: 2, outcome: { state: 'succeeded' } };
    if (state === LAST_CHANGE_ORDER_STATE.failed)
      return {
        status: 3,
        outcome: {
          state: 'failed',
          status: 3,
          message: "the job's last change order failed (from the job listing; see the SAE console for why)",
        },
      };
    return { status: 1 };
  }, o);
}

/**
 * After DeleteJob: SAE does not document whether the job is gone when the
 * call returns, so read it until DescribeJob answers not-found (bounded).
 */
export async function waitUntilGone(client: SaeClient, appId: string, o: PollOptions): Promise<boolean> {
  const gone = await pollUntil(
    async () => {
      try {
        await client.call('DescribeJob', { AppId: appId });
        return false;
      } catch (e) {
        if (e instanceof SaeError && e.notFound) return true;
        throw e;
      }
    },
    (g) => (g ? true : undefined),
    o,
  );
  return gone === true;
}
