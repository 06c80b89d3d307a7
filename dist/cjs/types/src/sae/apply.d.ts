import type { RetryPolicy } from './retry.js';
import type { PlannedJob } from '../pipeline/plan/plan.js';
import type { Session } from './session.js';
import type { ApplyResult } from '../pipeline/plan/apply-result.js';
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
export declare function applyJob(session: Session, p: PlannedJob, o?: ApplyOptions): Promise<ApplyResult>;
export declare function applyPlan(session: Session, plan: readonly PlannedJob[], o?: ApplyOptions): Promise<ApplyResult[]>;
export { deleteJob, createJobSafely } from './job-writes.js';
export { StepFailure } from './apply-job.js';
export { isHttpTriggered, webhookUrls } from './live.js';
