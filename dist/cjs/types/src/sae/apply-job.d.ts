import { type PlannedJob } from '../pipeline/plan/plan.js';
import type { Session } from './session.js';
import type { ApplyOutcome, ApplyResult } from '../pipeline/plan/apply-result.js';
import type { ApplyOptions } from './apply.js';
export declare class StepFailure extends Error {
    readonly outcome: ApplyOutcome;
    constructor(message: string, outcome?: ApplyOutcome);
}
/**
 * Applying one planned job: refuse what is not this run's to change, wait for a change order
 * still running, act (create, update, delete, replace), read back what SAE took, suspend or
 * resume, and record each step. A write that was sent is never hidden by a later failure.
 */
export declare class JobApplication {
    private readonly session;
    private readonly p;
    private readonly o;
    private readonly result;
    private readonly client;
    private readonly retry;
    private readonly pollOptions;
    /** Something was sent to SAE (an interruption then leaves work going on there). */
    private sent;
    /** A CreateJob or UpdateJob was sent: what SAE took is read back. */
    private wroteParams;
    constructor(session: Session, p: PlannedJob, o: ApplyOptions);
    run(): Promise<ApplyResult>;
    /** Ownership first: a job of another set, or made in the console, is not this run's to change. */
    private refuseWhatIsNotOurs;
    private act;
    private update;
    /** DeleteJob (--prune), then until SAE no longer shows the job. */
    private remove;
    private replace;
    private gone;
    private create;
    /**
     * Tags right after the write that makes or changes the job, before any wait: ownership is
     * recorded even when the wait fails. A new job gets every tag; an existing one the changes.
     */
    private applyTags;
    /** What SAE took, then suspend or resume, then the outcome. */
    private finish;
    /** Until the change order ends (found again if the answer that named it was lost); its end is a step. */
    private wait;
    /** One DescribeJob: every field sent must read back; what SAE filled in is said; an HTTP job's URLs. */
    private verify;
    /** A step done: recorded in the result, and told to the caller. */
    private step;
    /** How a wait or retry stands: told to the caller, for progress only. */
    private note;
}
