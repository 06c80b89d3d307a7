import type { SaeClient } from './client.js';
import { type ListedJob } from './live.js';
import { type RetryPolicy } from './retry.js';
import { type PlannedJob } from '../pipeline/plan/plan.js';
import type { Session } from './session.js';
import type { ApplyResult } from '../pipeline/plan/apply-result.js';
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
/**
 * Two applies of the same manifests at once: whether SAE refuses a second
 * job of one name is not documented, so after its creates a run lists each
 * namespace it created in (one ListJobs each) and, where its new job has a
 * namesake, deletes the job it made and says so. The other run's job
 * stays; should both runs see each other, both yield and the next apply
 * creates the job once. Never two jobs of one name.
 */
export declare function settleDuplicates(session: Session, results: ApplyResult[]): Promise<void>;
