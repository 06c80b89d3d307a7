// The writes that must never be doubled: CreateJob, whose answer may be lost
// (a job found afterwards is ours only if it carries our tag, or carries none
// and is identical to what was sent), DeleteJob (a retry finds nothing to
// delete), and two concurrent applies that both made a job of one name.
import { createRequest, deleteRequest } from '../pipeline/compile/compile.js';
import type { SaeClient } from './client.js';
import { SaeError, toSaeError } from './errors.js';
import { describeLiveJob, listNamespaceJobs, type ListedJob } from './live.js';
import { backoffDelay, sleep, type RetryPolicy } from './retry.js';
import { planJob, type PlannedJob } from '../pipeline/plan/plan.js';
import { DEFAULT_SET, OWNER_TAG, ownershipOf } from '../pipeline/plan/ownership.js';
import { liveTags } from '../pipeline/plan/live-job.js';
import type { Session } from './session.js';

import type { ApplyResult } from '../pipeline/plan/apply-result.js';
import { placeKey, type PlaceKey } from '../pipeline/identity.js';

import { StepFailure } from './apply.js';

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
