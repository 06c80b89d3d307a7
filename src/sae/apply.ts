// Stage 5: apply. Carries out a plan: CreateJob / UpdateJob / DeleteJob then
// CreateJob / SuspendJob, waiting for change orders, never creating a job
// twice, and recording exactly what was done for each manifest.
import { createRequest, deleteRequest, updateRequest } from '../pipeline/compile/compile.js';
import type { SaeClient } from './client.js';
import { INTERRUPTED, SaeError, toSaeError } from './errors.js';
import { describeLiveJob, listNamespaceJobs, newestChangeOrder, type ListedJob } from './live.js';
import { backoffDelay, DEFAULT_RETRY, sleep, type RetryPolicy } from './retry.js';
import { DEFAULT_POLL_MS, DEFAULT_TIMEOUT_MS, waitForJobChange, waitUntilGone, type WaitOutcome } from './wait.js';
import { CHANGE_ORDER_STATUS, suspendParam } from '../contract/api.js';
import {
  clearedParams,
  divergence,
  divergenceText,
  locationOf,
  planJob,
  resetParams,
  tagRequests,
  type PlannedJob,
} from '../pipeline/plan/plan.js';
import { DEFAULT_SET, OWNER_TAG, ownershipOf, PROTECTED_LABEL } from '../pipeline/plan/ownership.js';
import { describedParams, liveTags } from '../pipeline/plan/live-job.js';
import type { Session } from './session.js';
import { mapLimit } from './concurrency.js';

export { APPLY_OUTCOMES, SUCCESS_OUTCOMES } from '../pipeline/plan/apply-result.js';
export type { ApplyOutcome, ApplyResult, WebhookUrl } from '../pipeline/plan/apply-result.js';
import type { ApplyOutcome, ApplyResult, WebhookUrl } from '../pipeline/plan/apply-result.js';
import { placeKey, type PlaceKey } from '../pipeline/identity.js';

export const isHttpTriggered = (triggerConfig: unknown) =>
  typeof triggerConfig === 'string' && /"type"\s*:\s*"http"/.test(triggerConfig);

/** DescribeJob's PublicWebHookUrls and VpcWebHookUrls. */
export function webhookUrls(described: unknown): WebhookUrl[] {
  const d = (described ?? {}) as { PublicWebHookUrls?: unknown; VpcWebHookUrls?: unknown };
  const list = (v: unknown) =>
    Array.isArray(v) ? v.filter((u): u is string => typeof u === 'string' && u !== '') : [];
  return [
    ...list(d.PublicWebHookUrls).map((url) => ({ url, network: 'public' as const })),
    ...list(d.VpcWebHookUrls).map((url) => ({ url, network: 'VPC' as const })),
  ];
}

export interface ApplyOptions {
  /** The set this run manages: what proves a job found after a lost CreateJob is ours. */
  set?: string;
  replace?: boolean;
  /** Take over jobs without an ownership tag (made in the console). */
  adopt?: boolean;
  wait?: boolean;
  timeoutMs?: number;
  concurrency?: number;
  retry?: RetryPolicy;
  pollIntervalMs?: number;
  /** `step`: something done (the summary lists it too); `note`: how a wait or retry stands, for progress only. */
  onEvent?: (job: PlannedJob, message: string, kind: 'step' | 'note') => void;
}

class StepFailure extends Error {
  constructor(
    message: string,
    readonly outcome: ApplyOutcome = 'failed',
  ) {
    super(message);
  }
}

const describeChanges = (p: PlannedJob) =>
  p.replaceReasons
    .map((c) => `${c.param} ${JSON.stringify(c.before) ?? '(unset)'} → ${JSON.stringify(c.after)}`)
    .join(', ');

/**
 * DeleteJob. A retried DeleteJob whose first try went through finds nothing:
 * that is a deletion too. SAE answers with a JSON string, not a change
 * order; whether the job is gone when the call returns is not documented
 * (see waitUntilGone).
 */
export async function deleteJob(client: SaeClient, appId: string): Promise<{ alreadyGone: boolean }> {
  try {
    const d = await client.send<unknown>(deleteRequest(appId));
    const verdict = typeof d === 'string' ? parseJsonObject(d) : undefined;
    if (verdict && (verdict.success === false || (verdict.code !== undefined && Number(verdict.code) !== 200))) {
      throw new SaeError(
        'api',
        `DeleteJob.${String(verdict.code ?? 'Refused')}`,
        String(verdict.msg || 'SAE refused the deletion'),
      );
    }
    return { alreadyGone: false };
  } catch (e) {
    if (e instanceof SaeError && e.notFound) return { alreadyGone: true };
    throw e;
  }
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * CreateJob whose outcome may be unknown (timeout, reset, lost response,
 * 5xx): look the job up before sending it again, so one manifest never makes
 * two jobs. After an unknown outcome, any refusal of a later try is checked
 * the same way: no duplicate-name error code is documented to rely on.
 *
 * A job found that way is taken as this run's only when it provably is
 * (see provenOurs): CreateJob has no idempotency token in the contract, so
 * another set, or someone in the console, may have made a job of the same
 * name during the backoff.
 */
export async function createJobSafely(
  client: SaeClient,
  p: PlannedJob,
  retry: RetryPolicy,
  note: (m: string) => void,
  o: { set?: string } = {},
): Promise<{ AppId: string; ChangeOrderId?: string }> {
  let uncertain = false;
  // A look-up settles a write already sent: it may go within a stop's grace, like the tag step.
  const lookUp = async () => (await listNamespaceJobs(client, p.namespace, p.name, { finishing: true }))[0];
  const found = async (existing: ListedJob, what: string) => {
    const refusal = await provenOurs(client, existing, p, o.set ?? DEFAULT_SET);
    if (refusal) throw new StepFailure(refusal, 'refused');
    note(`the job exists (AppId ${existing.AppId}): ${what}`);
    return { AppId: existing.AppId };
  };
  for (let attempt = 0; ; attempt++) {
    try {
      const r = await client.send(createRequest(p.job.params), { retryUnknown: false });
      if (!r?.AppId) throw new SaeError('api', 'MalformedResponse', 'CreateJob answered without an AppId');
      return r;
    } catch (raw) {
      const e = toSaeError(raw);
      if (uncertain && !e.outcomeUnknown) {
        const existing = await lookUp();
        if (existing) return found(existing, 'an earlier CreateJob went through');
        throw e;
      }
      if (!e.outcomeUnknown || attempt + 1 >= retry.attempts) throw e;
      uncertain = true;
      note(`CreateJob outcome unknown (${e.code}): looking the job up before trying again`);
      const existing = await lookUp();
      if (existing) return found(existing, 'the lost CreateJob went through');
      await (retry.sleep ?? sleep)(backoffDelay(attempt, retry));
    }
  }
}

/**
 * Whether a job found after an unknown CreateJob outcome is the one this run
 * sent; undefined when it is, else why not. Ours when it carries this set's
 * tag (only this set writes it), or when it carries no saejob-set tag and
 * its parameters are exactly what was sent (one DescribeJob): the tag step
 * follows CreateJob, so the job a lost CreateJob made has none yet. Another
 * set's job, or an untagged one that differs (a console job), is not taken.
 */
export async function provenOurs(
  client: SaeClient,
  existing: ListedJob,
  p: PlannedJob,
  set: string,
): Promise<string | undefined> {
  const owner = ownershipOf(liveTags(existing.Tags), set);
  const appeared = `a job named ${p.name} (AppId ${existing.AppId}) appeared while CreateJob's outcome was unknown`;
  if (owner.state === 'other') return `${appeared}, owned by the set ${owner.set}: not this run's, left alone`;
  if (owner.state === 'own') return undefined;
  const live = await describeLiveJob(client, existing.AppId, { finishing: true });
  const compared = planJob(p.file, p.job, { ...live, tags: undefined }, { set });
  const differs = [...compared.replaceReasons, ...compared.changes].map((c) => c.param);
  if (!differs.length) return undefined;
  return `${appeared}, without a ${OWNER_TAG} tag and not as this run sent it (${differs.join(', ')} differ): someone else made it; left alone (apply --adopt takes it over once you have checked it)`;
}

function waitSummary(w: WaitOutcome, changeOrder: string): string {
  switch (w.state) {
    case 'succeeded':
      return `change order ${changeOrder} succeeded`;
    case 'timeout':
      return `stopped waiting for change order ${changeOrder} (--timeout); it goes on in SAE`;
    case 'interrupted':
      return `stopped waiting for change order ${changeOrder} (interrupted); it goes on in SAE`;
    default:
      return `change order ${changeOrder}: ${w.message}`;
  }
}

export async function applyJob(session: Session, p: PlannedJob, o: ApplyOptions = {}): Promise<ApplyResult> {
  const client = session.client(p.region);
  const retry = o.retry ?? DEFAULT_RETRY;
  const result: ApplyResult = {
    ...locationOf(p),
    action: p.action,
    outcome: 'unchanged',
    steps: [],
  };
  if (p.appId) result.appId = p.appId;
  if (session.stop.stopped && p.action !== 'unchanged') {
    result.outcome = 'skipped';
    result.steps.push('nothing sent: apply was interrupted before this job');
    return result;
  }
  let sent = false;
  const step = (m: string) => {
    result.steps.push(m);
    o.onEvent?.(p, m, 'step');
  };
  const note = (m: string) => o.onEvent?.(p, m, 'note');
  const pollOptions = {
    timeoutMs: session.remainingMs(o.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    intervalMs: o.pollIntervalMs ?? DEFAULT_POLL_MS,
    stop: session.stop,
  };
  const wait = async (changeOrderId: string | undefined, appId: string, always = false) => {
    if (o.wait === false && !always) return;
    const opts = {
      ...pollOptions,
      timeoutMs: session.remainingMs(o.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      // How it ends is the wait's step ("change order … succeeded"): not said twice.
      onStatus: (s: number) => s !== 2 && note(`change order ${CHANGE_ORDER_STATUS[s] ?? `status ${s}`}`),
    };
    let id = changeOrderId;
    if (!id) {
      // The response that named it was lost: find it again among the job's change orders.
      id = (await newestChangeOrder(client, appId).catch(() => undefined))?.ChangeOrderId;
      if (id) step(`change order ${id} found with ListChangeOrders`);
    }
    // The change orders of a namespace are waited for together: one listing a poll for all (watch.ts).
    const w = id
      ? await session.watcher.wait(client, p.region, p.namespace, appId, id, opts)
      : await waitForJobChange(client, p.namespace, p.name, opts);
    step(waitSummary(w, id ?? '(from the job listing)'));
    if (w.state === 'failed') throw new StepFailure(w.message);
    if (w.state === 'timeout') throw new StepFailure('timed out waiting for the change order');
    if (w.state === 'interrupted')
      throw new StepFailure('interrupted while waiting: the change goes on in SAE', 'interrupted');
    if (w.state === 'paused') throw new StepFailure(w.message, 'paused');
  };
  let wroteParams = false;
  const verify = async (appId: string) => {
    const d = await client.call<Record<string, unknown>>('DescribeJob', { AppId: appId });
    const urls = webhookUrls(d);
    if (urls.length && isHttpTriggered(p.job.params.TriggerConfig)) {
      result.webhookUrls = urls;
      step(`HTTP trigger: ${urls.map((u) => `${u.url} (${u.network})`).join(', ')}`);
    }
    const { kept, filled } = divergence(
      p,
      { appId, params: describedParams(d), suspend: false },
      { set: o.set ?? DEFAULT_SET },
    );
    for (const c of filled)
      step(
        `SAE filled in ${divergenceText(c, p.job).replace(': sent (unset), SAE has', ' =')} although the manifest leaves it out: write it in the manifest, or the next plan shows it as a removal`,
      );
    if (kept.length)
      throw new StepFailure(
        `SAE accepted the change but did not take ${kept.length === 1 ? 'this field' : 'these fields'} (read back with DescribeJob): ${kept.map((c) => divergenceText(c, p.job)).join('; ')}. The next plan shows the same change again`,
        'not-converged',
      );
  };
  const create = async () => {
    // The new job's tags join a batch of this run's creates (one TagResources for up to 50 jobs).
    const leave = session.tags.creatingOne();
    let r: { AppId: string; ChangeOrderId?: string };
    let tagged: Promise<number>;
    try {
      r = await createJobSafely(client, p, retry, note, { set: o.set });
      sent = true;
      wroteParams = true;
      result.appId = r.AppId;
      if (r.ChangeOrderId) result.changeOrderId = r.ChangeOrderId;
      step(`CreateJob sent: AppId ${r.AppId}${r.ChangeOrderId ? `, change order ${r.ChangeOrderId}` : ''}`);
      tagged = session.tags.tag(client, p.region, r.AppId, p.tags ?? {}, session.stop.stopped);
      tagged.catch(() => {}); // awaited below; a failure is this job's
    } finally {
      leave();
    }
    try {
      await wait(r.ChangeOrderId, r.AppId);
    } finally {
      // Ownership is recorded whatever the wait did.
      const size = await tagged;
      step(
        `TagResources sent: ${Object.keys(p.tags ?? {}).join(', ')}${size > 1 ? ` (one call for ${size} new jobs)` : ''}`,
      );
    }
  };

  // Tags right after the write that makes or changes the job, before any wait: ownership is
  // recorded even when the wait fails. A new job gets every tag; an existing one the changes.
  const applyTags = async (appId: string, created: boolean) => {
    for (const r of tagRequests(p, created, appId)) {
      // Even after Ctrl-C or a CI cancel (within a short grace): a job without its tag would be no one's.
      await client.send(r, { finishing: true });
      sent = true;
      step(
        `${r.operation} sent: ${r.operation === 'TagResources' ? (JSON.parse(String(r.body.Tags)) as { key: string }[]).map((t) => t.key).join(', ') : (JSON.parse(String(r.query.TagKeys)) as string[]).join(', ')}`,
      );
    }
  };

  try {
    // Ownership first: a job of another set, or made in the console, is not this run's to change.
    if (p.ownership?.state === 'other' && p.action !== 'unchanged')
      throw new StepFailure(
        `owned by the set ${p.ownership.set} (its ${OWNER_TAG} tag), not this one: saejob leaves it alone (run with --set ${p.ownership.set} to manage it from there)`,
        'refused',
      );
    if (p.ownership?.state === 'unowned' && p.action !== 'unchanged' && !o.adopt)
      throw new StepFailure(
        `not owned by saejob (no ${OWNER_TAG} tag: made in the console, or by an older saejob): apply --adopt takes it over, or saejob export --adopt`,
        'refused',
      );
    if (p.protected && (p.action === 'replace' || p.action === 'delete'))
      throw new StepFailure(
        `labelled ${PROTECTED_LABEL}: saejob does not ${p.action} it (remove the label first)`,
        'refused',
      );
    // A change order of the job still runs (one this or another apply started): a new change would be refused until it ends.
    if (p.lastChangeOrder?.state === 'running' && p.appId) {
      step(
        `the job's change order${p.lastChangeOrder.changeOrderId ? ` ${p.lastChangeOrder.changeOrderId}` : ''} is still running in SAE: waiting for it first`,
      );
      await wait(p.lastChangeOrder.changeOrderId, p.appId, true);
    }
    switch (p.action) {
      case 'unchanged':
        break;
      case 'wait':
        // Waited for above; a label or the ownership tag may still be due (adopting a job whose change order ran).
        if (p.tagChanges?.length) await applyTags(p.appId!, false);
        break;
      case 'create':
        await create();
        break;
      case 'update':
        if (p.changes.length || p.lastChangeOrder?.state === 'failed') {
          const what = p.changes.length
            ? p.changes.map((c) => c.param).join(', ')
            : "the manifest's state again: the last change order failed";
          const r = await client.send(
            updateRequest(p.appId!, { ...p.job.params, ...resetParams(p) }, clearedParams(p)),
          );
          sent = true;
          wroteParams = true;
          if (!r?.ChangeOrderId)
            throw new StepFailure(
              `SAE accepted UpdateJob (${what}) but named no change order, so nothing says the change was made: run saejob plan to see the job as it is`,
            );
          result.changeOrderId = r.ChangeOrderId;
          step(`UpdateJob sent (${what}): change order ${r.ChangeOrderId}`);
          await applyTags(p.appId!, false);
          await wait(r.ChangeOrderId, p.appId!);
        } else await applyTags(p.appId!, false);
        break;
      case 'delete': {
        const { alreadyGone } = await deleteJob(client, p.appId!);
        sent = true;
        step(
          alreadyGone
            ? `DeleteJob: AppId ${p.appId} was already gone`
            : `DeleteJob sent: AppId ${p.appId} (no manifest names it: --prune)`,
        );
        if (
          !alreadyGone &&
          !(await waitUntilGone(client, p.appId!, {
            ...pollOptions,
            timeoutMs: session.remainingMs(o.timeoutMs ?? DEFAULT_TIMEOUT_MS),
          }))
        )
          throw new StepFailure('DeleteJob was accepted, but SAE still shows the job after --timeout');
        break;
      }
      case 'replace': {
        if (!o.replace) {
          throw new StepFailure(
            `create-only fields differ (${describeChanges(p)}): SAE cannot change them in place. Re-run with --replace to delete the job and create it again (its run history goes with it)`,
            'refused',
          );
        }
        const { alreadyGone } = await deleteJob(client, p.appId!);
        sent = true;
        step(alreadyGone ? `DeleteJob: AppId ${p.appId} was already gone` : `DeleteJob sent: AppId ${p.appId}`);
        // Even with --no-wait: a job of the same name cannot be created while the old one is still there.
        if (!alreadyGone) {
          if (
            !(await waitUntilGone(client, p.appId!, {
              ...pollOptions,
              timeoutMs: session.remainingMs(o.timeoutMs ?? DEFAULT_TIMEOUT_MS),
            }))
          ) {
            if (session.stop.stopped)
              throw new StepFailure(
                'interrupted after DeleteJob: the job was deleted and not created again; run saejob apply again',
                'interrupted',
              );
            throw new StepFailure(
              `the job was deleted, but SAE still shows it after --timeout, so it was not created again: run saejob apply again once it is gone`,
            );
          }
          step(`AppId ${p.appId} is gone`);
        }
        await create();
        break;
      }
    }
    // SAE took what was sent? One DescribeJob once the change order succeeded (it also names an HTTP job's URLs).
    if (wroteParams && result.appId && o.wait !== false) await verify(result.appId);
    if (p.suspend && result.appId) {
      // After a --no-wait write its change order may still run: SAE would refuse SuspendJob meanwhile.
      if (o.wait === false && result.changeOrderId) await wait(result.changeOrderId, result.appId, true);
      await setSuspended(session, client, result.appId, p.suspend.to, step, pollOptions);
      sent = true;
    }
    result.outcome =
      o.wait === false && p.action !== 'unchanged' && p.action !== 'wait'
        ? 'submitted'
        : (
            {
              create: 'created',
              update: 'updated',
              replace: 'replaced',
              unchanged: 'unchanged',
              wait: 'unchanged',
              delete: 'deleted',
            } as const
          )[p.action];
  } catch (e) {
    if (e instanceof SaeError && e.code === INTERRUPTED) {
      result.outcome = sent ? 'interrupted' : 'skipped';
      result.error = sent
        ? 'interrupted: what was sent goes on in SAE; nothing more was sent'
        : 'nothing sent: apply was interrupted';
    } else {
      result.outcome = e instanceof StepFailure ? e.outcome : 'failed';
      result.error = e instanceof SaeError ? e.describe() : (e as Error).message;
    }
  }
  return result;
}

/**
 * SuspendJob, verified: read the job back until it shows the state asked
 * for. SAE may take a while (the emulator's --suspend-after-reads plays a
 * slow one), so nothing is concluded about what the parameter means until
 * the job has had time to settle: SUSPEND_READ_BACKS reads, the pause
 * growing to 5 s (about 45 s in all), within --timeout. Only a job still
 * in the old state after all of them is taken as SAE reading the flag the
 * other way (its documentation says both): then the other value is sent,
 * once, and that meaning kept for the rest of the run.
 */
export async function setSuspended(
  session: Session,
  client: SaeClient,
  appId: string,
  paused: boolean,
  step: (m: string) => void,
  o: { intervalMs?: number },
): Promise<void> {
  // Until one read-back has shown what the parameter means, SuspendJobs go one at a time: two jobs
  // learning it at once would both send both values.
  const release = session.suspendPolarityKnown ? undefined : await session.suspendLearning.acquire();
  try {
    await suspendOnce(session, client, appId, paused, step, o);
  } finally {
    release?.();
  }
}

async function suspendOnce(
  session: Session,
  client: SaeClient,
  appId: string,
  paused: boolean,
  step: (m: string) => void,
  o: { intervalMs?: number },
): Promise<void> {
  const readBack = async (want: boolean) => {
    let interval = o.intervalMs ?? DEFAULT_POLL_MS;
    for (let read = 1; ; read++) {
      const d = await client.call<{ Suspend?: boolean | string }>('DescribeJob', { AppId: appId });
      const suspended = d?.Suspend === true || d?.Suspend === 'true';
      if (suspended === want || read >= SUSPEND_READ_BACKS || session.remainingMs(interval + 1) <= interval)
        return { suspended, reads: read };
      await (session.stop.stopped ? Promise.resolve() : session.stop.sleep(interval));
      interval = Math.min(5_000, Math.round(interval * 1.5));
    }
  };
  const polarity = session.suspendPolarity;
  const flag = suspendParam(paused, polarity);
  await client.call('SuspendJob', { AppId: appId, Suspend: flag });
  const first = await readBack(paused);
  const state = (p: boolean) => (p ? 'suspended' : 'running');
  if (first.suspended === paused) {
    session.suspendPolarityKnown = true;
    step(
      `SuspendJob sent: Suspend=${flag}; the job is ${state(paused)} (read back${first.reads > 1 ? ` after ${first.reads} reads` : ''})`,
    );
    return;
  }
  if (first.reads < SUSPEND_READ_BACKS)
    throw new StepFailure(
      `SuspendJob sent: Suspend=${flag}, but the job still reads ${state(!paused)} and --timeout leaves no time to let it settle: run saejob plan later to see where it stands`,
    );
  const other = polarity === 'true-starts' ? 'true-suspends' : 'true-starts';
  session.suspendPolarity = other;
  session.suspendPolarityKnown = true;
  step(
    `SuspendJob sent: Suspend=${flag}, but after ${first.reads} reads the job is still ${state(!paused)}: SAE reads the flag the other way (its documentation says both); sending Suspend=${!flag} and using that meaning for the rest of this run`,
  );
  await client.call('SuspendJob', { AppId: appId, Suspend: !flag });
  if ((await readBack(paused)).suspended !== paused)
    throw new StepFailure(`SuspendJob with Suspend=true and with Suspend=false both left the job ${state(!paused)}`);
  step(`the job is ${state(paused)} (read back)`);
}

/** Reads of DescribeJob after a SuspendJob before saejob concludes SAE did the opposite (about 45 s at the default pace). */
export const SUSPEND_READ_BACKS = 12;

export async function applyPlan(
  session: Session,
  plan: readonly PlannedJob[],
  o: ApplyOptions = {},
): Promise<ApplyResult[]> {
  // Every job at once: --concurrency bounds the requests in flight (the session's slots), so a job
  // waiting for its change order holds none, and one listing a poll serves every wait of a namespace.
  const results = await mapLimit(plan, Math.max(1, plan.length), (p) => applyJob(session, p, o));
  await settleDuplicates(session, results);
  return results;
}

/**
 * Two applies of the same manifests at once: whether SAE refuses a second
 * job of one name is not documented, so after its creates a run lists each
 * namespace it created in (one ListJobs each) and, where its new job has a
 * namesake, deletes the job it made and says so. The other run's job
 * stays; should both runs see each other, both yield and the next apply
 * creates the job once. Never two jobs of one name.
 */
export async function settleDuplicates(session: Session, results: ApplyResult[]): Promise<void> {
  const made = results.filter(
    (r) =>
      (r.outcome === 'created' ||
        r.outcome === 'replaced' ||
        (r.outcome === 'submitted' && (r.action === 'create' || r.action === 'replace'))) &&
      r.appId,
  );
  const places = new Map<PlaceKey, ApplyResult[]>();
  for (const r of made) places.set(placeKey(r), [...(places.get(placeKey(r)) ?? []), r]);
  for (const group of places.values()) {
    const { region, namespace } = group[0]!;
    const client = session.client(region);
    let listed: ListedJob[];
    try {
      listed = await listNamespaceJobs(client, namespace, undefined, { finishing: true });
    } catch {
      continue; // the creates stand as reported; the next plan sees any duplicate
    }
    for (const r of group) {
      const others = listed.filter((j) => j.AppName === r.name && j.AppId !== r.appId);
      if (!others.length) continue;
      try {
        await deleteJob(client, r.appId!);
        r.steps.push(
          `another apply created ${r.name} at the same time (AppId ${others.map((o) => o.AppId).join(', ')}): DeleteJob sent for the one this run made (AppId ${r.appId})`,
        );
        Object.assign(r, {
          outcome: 'failed',
          error: `another apply created this job at the same time; this run deleted its own copy (AppId ${r.appId}) and left theirs (AppId ${others[0]!.AppId}): run saejob plan to see it`,
        });
      } catch (e) {
        Object.assign(r, {
          outcome: 'failed',
          error: `another apply created this job at the same time (AppId ${others[0]!.AppId}), and deleting this run's copy (AppId ${r.appId}) failed: ${toSaeError(e).describe()}`,
        });
      }
    }
  }
}
