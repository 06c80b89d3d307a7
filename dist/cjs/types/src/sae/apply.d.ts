import type { SaeClient } from './client.js';
import { type ListedJob } from './live.js';
import { type RetryPolicy } from './retry.js';
import { type PlannedJob } from '../pipeline/plan/plan.js';
import type { Session } from './session.js';
export { APPLY_OUTCOMES, SUCCESS_OUTCOMES } from '../pipeline/plan/apply-result.js';
export type { ApplyOutcome, ApplyResult, WebhookUrl } from '../pipeline/plan/apply-result.js';
import type { ApplyResult, WebhookUrl } from '../pipeline/plan/apply-result.js';
export declare const isHttpTriggered: (triggerConfig: unknown) => boolean;
/** DescribeJob's PublicWebHookUrls and VpcWebHookUrls. */
export declare function webhookUrls(described: unknown): WebhookUrl[];
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
/**
 * DeleteJob. A retried DeleteJob whose first try went through finds nothing:
 * that is a deletion too. SAE answers with a JSON string, not a change
 * order; whether the job is gone when the call returns is not documented
 * (see waitUntilGone).
 */
export declare function deleteJob(client: SaeClient, appId: string): Promise<{
    alreadyGone: boolean;
}>;
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
export declare function createJobSafely(client: SaeClient, p: PlannedJob, retry: RetryPolicy, note: (m: string) => void, o?: {
    set?: string;
}): Promise<{
    AppId: string;
    ChangeOrderId?: string;
}>;
/**
 * Whether a job found after an unknown CreateJob outcome is the one this run
 * sent; undefined when it is, else why not. Ours when it carries this set's
 * tag (only this set writes it), or when it carries no saejob-set tag and
 * its parameters are exactly what was sent (one DescribeJob): the tag step
 * follows CreateJob, so the job a lost CreateJob made has none yet. Another
 * set's job, or an untagged one that differs (a console job), is not taken.
 */
export declare function provenOurs(client: SaeClient, existing: ListedJob, p: PlannedJob, set: string): Promise<string | undefined>;
export declare function applyJob(session: Session, p: PlannedJob, o?: ApplyOptions): Promise<ApplyResult>;
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
export declare function setSuspended(session: Session, client: SaeClient, appId: string, paused: boolean, step: (m: string) => void, o: {
    intervalMs?: number;
}): Promise<void>;
/** Reads of DescribeJob after a SuspendJob before saejob concludes SAE did the opposite (about 45 s at the default pace). */
export declare const SUSPEND_READ_BACKS = 12;
export declare function applyPlan(session: Session, plan: readonly PlannedJob[], o?: ApplyOptions): Promise<ApplyResult[]>;
/**
 * Two applies of the same manifests at once: whether SAE refuses a second
 * job of one name is not documented, so after its creates a run lists each
 * namespace it created in (one ListJobs each) and, where its new job has a
 * namesake, deletes the job it made and says so. The other run's job
 * stays; should both runs see each other, both yield and the next apply
 * creates the job once. Never two jobs of one name.
 */
export declare function settleDuplicates(session: Session, results: ApplyResult[]): Promise<void>;
