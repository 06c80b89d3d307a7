import type { JobLocation, PlannedJob } from './plan.js';
/** Every way one manifest's apply can end, in the order summaries list them. */
export declare const APPLY_OUTCOMES: readonly ['created', 'updated', 'replaced', 'unchanged', 'submitted', 'paused', 'refused', 'not-converged', 'failed', 'interrupted', 'skipped', 'not-in-plan', 'deleted'];
export type ApplyOutcome = (typeof APPLY_OUTCOMES)[number];
export interface ApplyResult extends JobLocation {
    /** What was applied: a job unless it says ConfigMap (whose `name` then reads `ConfigMap NAME`). */
    kind?: 'ConfigMap';
    action: PlannedJob['action'];
    outcome: ApplyOutcome;
    appId?: string;
    changeOrderId?: string;
    /** What was done, in order: each write sent and each wait's end. */
    steps: string[];
    error?: string;
    /** An HTTP-triggered job's URLs, as DescribeJob gives them after the change. */
    webhookUrls?: WebhookUrl[];
}
export interface WebhookUrl {
    url: string;
    network: 'public' | 'VPC';
}
export declare const SUCCESS_OUTCOMES: ReadonlySet<ApplyOutcome>;
