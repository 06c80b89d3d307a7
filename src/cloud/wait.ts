// Waiting for a change order: poll DescribeChangeOrder with a growing
// interval until it ends, stops for a person, or the time runs out.
import type { SaeClient } from './client.js';
import { sleep } from './retry.js';
import { listNamespaceJobs } from './live.js';

export type WaitOutcome =
  | { state: 'succeeded' }
  | { state: 'failed'; status: number; message: string }
  | { state: 'paused'; status: number; message: string }
  | { state: 'timeout' };

const WAITING = new Set([0, 1, 9, 12]);
export const STATUS_NAMES: Record<number, string> = { 0: 'preparing', 1: 'in progress', 2: 'succeeded', 3: 'failed', 6: 'terminated', 8: 'waiting for manual batch confirmation', 9: 'waiting for automatic batch confirmation', 10: 'system failure', 11: 'pending approval', 12: 'approved, pending execution' };
const FAILED: Record<number, string> = { 3: 'failed', 6: 'was terminated', 10: 'failed (system failure)' };
const PAUSED: Record<number, string> = { 8: 'waits for a person to confirm the next batch in the SAE console', 11: 'waits for approval in SAE' };

export interface WaitOptions extends PollOptions {
  onStatus?: (status: number) => void;
}

export function interpretStatus(status: number, errorMessage = ''): WaitOutcome | undefined {
  if (status === 2) return { state: 'succeeded' };
  if (status in FAILED) return { state: 'failed', status, message: `change order ${FAILED[status]}${errorMessage ? `: ${errorMessage}` : ''}` };
  if (status in PAUSED) return { state: 'paused', status, message: `change order ${PAUSED[status]}` };
  if (WAITING.has(status)) return undefined;
  return { state: 'failed', status, message: `change order has unknown status ${status}` };
}

export interface PollOptions {
  timeoutMs: number;
  /** First interval; it grows ×1.5 up to maxIntervalMs (default 5 s). */
  intervalMs?: number;
  maxIntervalMs?: number;
}

/**
 * Read until `settled` gives an answer, waiting longer between reads each
 * time; undefined when the time runs out first. Change orders and job runs
 * are both waited for this way.
 */
export async function pollUntil<T, R>(read: () => Promise<T>, settled: (value: T) => R | undefined, o: PollOptions): Promise<R | undefined> {
  const deadline = Date.now() + o.timeoutMs;
  let interval = o.intervalMs ?? 500;
  for (;;) {
    const answer = settled(await read());
    if (answer !== undefined) return answer;
    if (Date.now() + interval > deadline) return undefined;
    await sleep(interval);
    interval = Math.min(o.maxIntervalMs ?? 5000, Math.round(interval * 1.5));
  }
}

async function poll(read: () => Promise<{ status: number; message?: string }>, o: WaitOptions): Promise<WaitOutcome> {
  const settled = ({ status, message }: { status: number; message?: string }) => {
    o.onStatus?.(status);
    return interpretStatus(status, message);
  };
  return (await pollUntil(read, settled, o)) ?? { state: 'timeout' };
}

export function waitForChangeOrder(client: SaeClient, changeOrderId: string, o: WaitOptions): Promise<WaitOutcome> {
  return poll(async () => {
    const d = await client.call<{ Status: number; ErrorMessage?: string }>('DescribeChangeOrder', { ChangeOrderId: changeOrderId });
    return { status: Number(d.Status), message: d.ErrorMessage ?? '' };
  }, o);
}

/** When a CreateJob's response was lost its change order ID is unknown: follow the job's last change order state instead. */
export function waitForJobChange(client: SaeClient, namespace: string, name: string, o: WaitOptions): Promise<WaitOutcome> {
  return poll(async () => {
    const job = (await listNamespaceJobs(client, namespace, name))[0];
    const state = job?.LastChangeorderState;
    return { status: state === undefined || state === '' ? 0 : Number(state) };
  }, o);
}
