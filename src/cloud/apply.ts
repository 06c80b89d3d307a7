// Stage 5: apply. Carries out a plan: CreateJob / UpdateJob / DeleteJob then
// CreateJob / SuspendJob, waiting for change orders, never creating a job
// twice, and recording exactly what was done for each manifest.
import { createRequest, deleteRequest, updateRequest } from '../compile.js';
import type { SaeClient } from './client.js';
import { SaeError, toSaeError } from './errors.js';
import { listNamespaceJobs } from './live.js';
import { backoffDelay, DEFAULT_RETRY, sleep, type RetryPolicy } from './retry.js';
import { STATUS_NAMES, waitForChangeOrder, waitForJobChange, type WaitOutcome } from './wait.js';
import type { JobLocation, PlannedJob } from './plan.js';
import type { Session } from './session.js';
import { mapLimit } from './concurrency.js';

/** Every way one manifest's apply can end, in the order summaries list them. */
export const APPLY_OUTCOMES = ['created', 'updated', 'replaced', 'unchanged', 'submitted', 'paused', 'refused', 'failed'] as const;
export type ApplyOutcome = (typeof APPLY_OUTCOMES)[number];

export interface ApplyResult extends JobLocation {
  action: PlannedJob['action'];
  outcome: ApplyOutcome;
  appId?: string;
  changeOrderId?: string;
  /** What was done, in order: each write sent and each wait's end. */
  steps: string[];
  error?: string;
}

export interface ApplyOptions {
  replace?: boolean;
  wait?: boolean;
  timeoutMs?: number;
  concurrency?: number;
  retry?: RetryPolicy;
  pollIntervalMs?: number;
  onEvent?: (job: PlannedJob, message: string) => void;
}

class StepFailure extends Error {
  constructor(
    message: string,
    readonly outcome: ApplyOutcome = 'failed',
  ) {
    super(message);
  }
}

const describeChanges = (p: PlannedJob) => p.replaceReasons.map((c) => `${c.param} ${JSON.stringify(c.before) ?? '(unset)'} → ${JSON.stringify(c.after)}`).join(', ');

/**
 * DeleteJob. A retried DeleteJob whose first try went through finds nothing:
 * that is a deletion too. Data is documented as a string; when it looks like
 * a change order ID, it is returned to be waited for.
 */
export async function deleteJob(client: SaeClient, appId: string): Promise<{ alreadyGone: boolean; changeOrderId?: string }> {
  try {
    const d = await client.call<unknown>('DeleteJob', deleteRequest(appId).query);
    return typeof d === 'string' && /^[0-9a-f-]{16,}$/i.test(d) ? { alreadyGone: false, changeOrderId: d } : { alreadyGone: false };
  } catch (e) {
    if (e instanceof SaeError && e.notFound) return { alreadyGone: true };
    throw e;
  }
}

/**
 * CreateJob whose outcome may be unknown (timeout, reset, lost response,
 * 5xx): look the job up before sending it again, so one manifest never makes
 * two jobs.
 */
export async function createJobSafely(client: SaeClient, p: PlannedJob, retry: RetryPolicy, note: (m: string) => void): Promise<{ AppId: string; ChangeOrderId?: string }> {
  let uncertain = false;
  for (let attempt = 0; ; attempt++) {
    try {
      return await client.send(createRequest(p.job.params), { retryUnknown: false });
    } catch (raw) {
      const e = toSaeError(raw);
      const maybeCreated = e.outcomeUnknown || (uncertain && e.code === 'Application.AlreadyExist');
      if (!maybeCreated || attempt + 1 >= retry.attempts) throw e;
      uncertain = true;
      note(`CreateJob outcome unknown (${e.code}): looking the job up before trying again`);
      const existing = (await listNamespaceJobs(client, p.namespace, p.name))[0];
      if (existing) {
        note(`the job exists (AppId ${existing.AppId}): the lost CreateJob went through`);
        return { AppId: existing.AppId };
      }
      await sleep(backoffDelay(attempt, retry));
    }
  }
}

function waitSummary(w: WaitOutcome, changeOrder: string): string {
  switch (w.state) {
    case 'succeeded':
      return `change order ${changeOrder} succeeded`;
    case 'timeout':
      return `stopped waiting for change order ${changeOrder} (--timeout); it goes on in SAE`;
    default:
      return `change order ${changeOrder}: ${w.message}`;
  }
}

export async function applyJob(session: Session, p: PlannedJob, o: ApplyOptions = {}): Promise<ApplyResult> {
  const client = session.client(p.region);
  const retry = o.retry ?? DEFAULT_RETRY;
  const result: ApplyResult = { file: p.file, name: p.name, namespace: p.namespace, region: p.region, action: p.action, outcome: 'unchanged', steps: [] };
  if (p.appId) result.appId = p.appId;
  const step = (m: string) => {
    result.steps.push(m);
    o.onEvent?.(p, m);
  };
  const note = (m: string) => o.onEvent?.(p, m);
  const wait = async (changeOrderId: string | undefined) => {
    if (o.wait === false) return;
    const opts = { timeoutMs: o.timeoutMs ?? 600_000, intervalMs: o.pollIntervalMs ?? 500, onStatus: (s: number) => note(`change order ${STATUS_NAMES[s] ?? `status ${s}`}`) };
    const w = changeOrderId ? await waitForChangeOrder(client, changeOrderId, opts) : await waitForJobChange(client, p.namespace, p.name, opts);
    step(waitSummary(w, changeOrderId ?? '(from the job listing)'));
    if (w.state === 'failed') throw new StepFailure(w.message);
    if (w.state === 'timeout') throw new StepFailure('timed out waiting for the change order');
    if (w.state === 'paused') throw new StepFailure(w.message, 'paused');
  };
  const create = async () => {
    const r = await createJobSafely(client, p, retry, note);
    result.appId = r.AppId;
    if (r.ChangeOrderId) result.changeOrderId = r.ChangeOrderId;
    step(`CreateJob sent: AppId ${r.AppId}${r.ChangeOrderId ? `, change order ${r.ChangeOrderId}` : ''}`);
    await wait(r.ChangeOrderId);
  };

  try {
    switch (p.action) {
      case 'unchanged':
        break;
      case 'create':
        await create();
        break;
      case 'update':
        if (p.changes.length) {
          const r = await client.send(updateRequest(p.appId!, p.job.params));
          result.changeOrderId = r.ChangeOrderId;
          step(`UpdateJob sent (${p.changes.map((c) => c.param).join(', ')}): change order ${r.ChangeOrderId}`);
          await wait(r.ChangeOrderId);
        }
        break;
      case 'replace': {
        if (!o.replace) {
          throw new StepFailure(`create-only fields differ (${describeChanges(p)}): SAE cannot change them in place. Re-run with --replace to delete the job and create it again (its run history goes with it)`, 'refused');
        }
        const { alreadyGone, changeOrderId: deleteOrder } = await deleteJob(client, p.appId!);
        step(alreadyGone ? `DeleteJob: AppId ${p.appId} was already gone` : `DeleteJob sent: AppId ${p.appId}`);
        // Even with --no-wait: the new job cannot be created while the old one is being deleted.
        if (deleteOrder) {
          const w = await waitForChangeOrder(client, deleteOrder, { timeoutMs: o.timeoutMs ?? 600_000, intervalMs: o.pollIntervalMs ?? 500 }).catch((e: SaeError) => (e.notFound ? ({ state: 'succeeded' } as const) : Promise.reject(e)));
          if (w.state !== 'succeeded') throw new StepFailure(`the job was deleted but its deletion did not finish (${w.state}); not re-created`);
        }
        await create();
        break;
      }
    }
    if (p.suspend && result.appId) {
      await client.call('SuspendJob', { AppId: result.appId, Suspend: p.suspend.to });
      step(`SuspendJob sent: Suspend=${p.suspend.to}`);
    }
    result.outcome = o.wait === false && p.action !== 'unchanged' ? 'submitted' : ({ create: 'created', update: 'updated', replace: 'replaced', unchanged: 'unchanged' } as const)[p.action];
  } catch (e) {
    result.outcome = e instanceof StepFailure ? e.outcome : 'failed';
    result.error = e instanceof SaeError ? e.describe() : (e as Error).message;
  }
  return result;
}

export function applyPlan(session: Session, plan: readonly PlannedJob[], o: ApplyOptions = {}): Promise<ApplyResult[]> {
  return mapLimit(plan, o.concurrency ?? 4, (p) => applyJob(session, p, o));
}

export const SUCCESS_OUTCOMES: ReadonlySet<ApplyOutcome> = new Set(['created', 'updated', 'replaced', 'unchanged', 'submitted', 'paused']);
