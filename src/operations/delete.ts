// Delete, as the CLI and library users run it, in two steps so that the
// caller can show what goes and ask in between: planDelete finds each job and
// refuses what apply would refuse (a protected job, another set's, one saejob
// does not own unless adopted); executeDelete sends DeleteJob and waits until
// SAE no longer shows the job (when a deleted job is gone is not documented).
import { liveTags } from '../pipeline/plan/live-job.js';
import { isProtected, OWNER_TAG, ownershipOf, PROTECTED_LABEL } from '../pipeline/plan/ownership.js';
import { deleteJob } from '../sae/apply.js';
import { mapLimit } from '../sae/concurrency.js';
import { SaeError, toSaeError } from '../sae/errors.js';
import type { ListedJob } from '../sae/live.js';
import type { Session } from '../sae/session.js';
import { waitUntilGone } from '../sae/wait.js';

export interface DeleteTarget {
  name: string;
  namespace: string;
  region: string;
  file: string;
  job?: ListedJob;
  error?: string;
  outcome?: 'deleted' | 'missing' | 'failed' | 'refused';
}

/** Each target found or not, and refused where apply would refuse it; those left have no outcome yet. */
export async function planDelete(
  session: Session,
  targets: DeleteTarget[],
  o: { set: string; adopt?: boolean },
): Promise<DeleteTarget[]> {
  const found = await session.lookup(targets, (t) => t);
  for (const t of targets) {
    const live = found.get(t);
    if (live instanceof SaeError) Object.assign(t, { outcome: 'failed', error: live.describe() });
    else if (live) t.job = live;
    else t.outcome = 'missing';
  }
  for (const t of targets.filter((x) => x.job)) {
    const tags = liveTags(t.job!.Tags);
    const owner = ownershipOf(tags, o.set);
    const why = isProtected(tags)
      ? `labelled ${PROTECTED_LABEL}: saejob does not delete it (remove the label first)`
      : owner.state === 'other'
        ? `owned by the set ${owner.set} (its ${OWNER_TAG} tag), not this one: saejob leaves it alone (run with --set ${owner.set} to delete it from there)`
        : owner.state === 'unowned' && !o.adopt
          ? `not owned by saejob (no ${OWNER_TAG} tag: made in the console?): give --adopt to delete it anyway`
          : undefined;
    if (why) Object.assign(t, { outcome: 'refused', error: why });
  }
  return targets;
}

/** The jobs planDelete left without an outcome, deleted: each ends deleted or failed. */
export async function executeDelete(
  session: Session,
  targets: readonly DeleteTarget[],
  o: { concurrency: number; timeoutMs: number; pollIntervalMs: number },
): Promise<void> {
  await mapLimit(
    targets.filter((t) => t.job && !t.outcome),
    o.concurrency,
    async (t) => {
      try {
        const client = session.client(t.region);
        const { alreadyGone } = await deleteJob(client, t.job!.AppId);
        // "deleted" means DescribeJob no longer finds it.
        const gone =
          alreadyGone ||
          (await waitUntilGone(client, t.job!.AppId, {
            timeoutMs: session.remainingMs(o.timeoutMs),
            intervalMs: o.pollIntervalMs,
          }));
        if (gone) t.outcome = 'deleted';
        else
          Object.assign(t, {
            outcome: 'failed',
            error: 'DeleteJob was accepted, but SAE still shows the job after --timeout',
          });
      } catch (e) {
        Object.assign(t, { outcome: 'failed', error: toSaeError(e).describe() });
      }
    },
  );
}
