import { type CompiledJob, type CompiledRequest } from '../compile/compile.js';
import { type Ownership, type TagChange } from './ownership.js';
import { type LastChangeOrder, type LiveJob } from './live-job.js';
/**
 * `wait`: nothing to change, but the job's last change order is still running in SAE.
 * `delete`: a job of the set that no manifest names any more (plan --prune).
 */
export type PlanAction = 'create' | 'update' | 'unchanged' | 'replace' | 'wait' | 'delete';
export interface ParamChange {
    param: string;
    /** Normalised values (JSON parsed); undefined = not set. */
    before: unknown;
    after: unknown;
    /**
     * The manifest no longer sets it: `reset` sends SAE's documented default
     * (`after`), `replace` — UpdateJob cannot remove it — needs a new job.
     */
    removal?: 'reset' | 'replace';
}
/** Which job a result is about, and the manifest that names it. */
export interface JobLocation {
    file: string;
    name: string;
    namespace: string;
    region: string;
    /** The environment the job is of, when the manifests define environments. */
    environment?: string;
}
/** Just the location of a job, for a result or a view that starts with it (no environment key when none). */
export declare const locationOf: (p: JobLocation) => JobLocation;
export interface PlannedJob extends JobLocation {
    action: PlanAction;
    appId?: string;
    /** Parameters UpdateJob will change. */
    changes: ParamChange[];
    /** Create-only parameters that differ: the job must be replaced. */
    replaceReasons: ParamChange[];
    /** SuspendJob to send after the create/update. */
    suspend?: {
        from: boolean;
        to: boolean;
    };
    /** The live job's last change order failed (the desired state is sent again) or still runs (apply waits for it first). */
    lastChangeOrder?: LastChangeOrder;
    job: CompiledJob;
    /** The live job it was planned against (a saved plan fingerprints it). */
    live?: LiveJob;
    /** Manifest fields not compared: their secret's variable is not set (plan without secrets). */
    unknown?: string[];
    /** Tags to set or remove: labels, and the ownership tag. */
    tagChanges?: TagChange[];
    /** Every tag the job carries once applied (a new job gets them all). */
    tags?: Record<string, string>;
    /** Who owns the live job, when not this set: apply leaves it alone (unless --adopt, for an unowned one). */
    ownership?: Exclude<Ownership, {
        state: 'own';
    }>;
    /** The live job is labelled saejob-protected: apply refuses to delete or replace it. */
    protected?: true;
    /** A job to create with the spec of one prune deletes in its namespace: probably a rename of it. */
    renameOf?: string;
    /** A job prune deletes whose spec a new job of its namespace has: probably renamed to it. */
    renamedTo?: string;
}
export interface PlanOptions {
    /** The set of manifests this run manages (the ownership tag's value). */
    set?: string;
}
export declare function planJob(file: string, job: CompiledJob, live: LiveJob | undefined, o?: PlanOptions): PlannedJob;
/**
 * What SAE returns inside JSON-valued parameters can carry more than was
 * sent: empty keys (`"logtailName": ""`, `null`) and numbers as strings
 * (`"configMapId": "16"`). Those are not differences; anything else is.
 */
export declare function alignToDesired(live: unknown, desired: unknown): unknown;
/** Parameters the manifest no longer sets that the live job has: UpdateJob clears them. */
export declare function clearedParams(p: PlannedJob): string[];
/** Parameters the manifest no longer sets that UpdateJob puts back to SAE's default: name → value to send. */
export declare function resetParams(p: PlannedJob): Record<string, string | number | boolean>;
/**
 * The live value without what SAE fills in by itself (see JOB_PARAM_NOTES
 * serverDefaults, readsBackAs): an object parameter's keys the manifest does
 * not set and that hold SAE's default, or a value SAE reads back under
 * another name. What remains is a real difference.
 */
export declare function withoutServerDefaults(param: string, live: unknown, desired: unknown): unknown;
/** The writes apply will send for a planned job (before any SuspendJob). */
export declare function plannedRequests(p: PlannedJob): CompiledRequest[];
/** TagResources / UntagResources for a job's tag changes (all of its tags for a job about to be created). */
export declare function tagRequests(p: PlannedJob, created?: boolean, appId?: string): CompiledRequest[];
export interface PlanSummary {
    create: number;
    update: number;
    replace: number;
    wait: number;
    unchanged: number;
    delete: number;
}
export declare function summarise(plan: readonly PlannedJob[]): PlanSummary;
export declare const hasChanges: (plan: readonly PlannedJob[]) => boolean;
/** Leaf-level differences of two normalised values, for display. */
export interface LeafChange {
    path: string;
    before: unknown;
    after: unknown;
}
export declare function leafChanges(before: unknown, after: unknown, path?: string, key?: readonly string[]): LeafChange[];
/**
 * What SAE did not take, read back after a write's change order succeeded
 * (Terraform's "inconsistent result after apply"): the fields the manifest
 * sets whose live value is not what was sent (`kept`), and the ones it
 * leaves out that SAE filled in with a value no table knows (`filled`: the
 * next plan would show them as removals). Values SAE is known to fill in
 * or rewrite are equal already (withoutServerDefaults).
 */
export declare function divergence(p: PlannedJob, live: LiveJob, o?: PlanOptions): {
    kept: ParamChange[];
    filled: ParamChange[];
};
/** One line for a value sent and the value SAE kept, secrets masked (the live value of a secret is one too). */
export declare function divergenceText(c: ParamChange, job: CompiledJob): string;
/**
 * Probable renames: a job to create and a job prune deletes, in one
 * namespace, with the same parameters but the name. SAE cannot rename a job,
 * so the plan says what the pair costs (the old job's run history) rather
 * than showing an unrelated create and delete. Marks both; pure.
 */
export declare function markRenames(planned: readonly PlannedJob[]): void;
