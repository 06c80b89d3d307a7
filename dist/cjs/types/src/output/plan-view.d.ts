import type { JobLocation, PlannedJob } from '../pipeline/plan/plan.js';
export interface ChangeView {
    /** The manifest path changed, list items by their key: `spec.template.env[DB_HOST].value`. */
    field: string;
    /** The SAE parameter it is sent as. */
    param: string;
    /** Path inside a JSON-valued parameter, e.g. `[1].value`; empty for the whole parameter. */
    path: string;
    before: unknown;
    after: unknown;
    /** The manifest no longer sets it: back to SAE's default (`reset`), or only a new job is without it (`replace`). */
    removal?: 'reset' | 'replace';
}
export interface PlannedJobView extends JobLocation {
    action: PlannedJob['action'];
    appId?: string;
    changes: ChangeView[];
    replaceReasons: ChangeView[];
    suspend?: {
        from: boolean;
        to: boolean;
    };
    /** Why a job with nothing to change is not `unchanged`. */
    note?: string;
    /** Manifest fields not compared: their secret is not set where plan ran (apply needs it). */
    unknown?: string[];
}
/** What the run allows beyond changes in place: taking over unowned jobs, replacing. */
export interface PlanAllowances {
    adopt?: boolean | undefined;
    replace?: boolean | undefined;
}
export declare function planView(p: PlannedJob, showSecrets?: boolean, allow?: PlanAllowances): PlannedJobView;
/** How a field plan could not compare reads, in every format. */
export declare const UNKNOWN_TEXT = "(unknown: its secret is not set here; not compared, and apply needs it)";
export declare function valueText(v: unknown): string;
