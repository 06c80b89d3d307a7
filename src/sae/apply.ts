// Stage 5: apply. Carries out a plan: every job at once (apply-job.ts applies
// one, step by step), within --concurrency requests in flight, never creating
// a job twice, and recording exactly what was done for each manifest.
import type { RetryPolicy } from './retry.js';
import type { PlannedJob } from '../pipeline/plan/plan.js';
import type { Session } from './session.js';
import { mapLimit } from './concurrency.js';

import type { ApplyResult } from '../pipeline/plan/apply-result.js';

import { settleDuplicates } from './job-writes.js';

import { JobApplication } from './apply-job.js';

export type { ApplyOutcome, ApplyResult, WebhookUrl } from '../pipeline/plan/apply-result.js';

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

/** One planned job applied; the result says exactly what was sent and how it ended. */
export function applyJob(session: Session, p: PlannedJob, o: ApplyOptions = {}): Promise<ApplyResult> {
  return new JobApplication(session, p, o).run();
}

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

export { deleteJob, createJobSafely } from './job-writes.js';

export { StepFailure } from './apply-job.js';
export { isHttpTriggered, webhookUrls } from './live.js';
