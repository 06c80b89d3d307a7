import type { CompiledJob } from '../compile/compile.js';
import { type LiveJob } from './live-job.js';
import { type ParamChange, type PlanOptions, type PlannedJob } from './plan.js';
export declare function planParams(file: string, job: CompiledJob, live: LiveJob | undefined): PlannedJob;
/**
 * What SAE returns inside JSON-valued parameters can carry more than was
 * sent: empty keys (`"logtailName": ""`, `null`) and numbers as strings
 * (`"configMapId": "16"`). Those are not differences; anything else is.
 */
export declare function alignToDesired(live: unknown, desired: unknown): unknown;
/**
 * The live value without what SAE fills in by itself (see JOB_PARAM_NOTES
 * serverDefaults, readsBackAs): an object parameter's keys the manifest does
 * not set and that hold SAE's default, or a value SAE reads back under
 * another name. What remains is a real difference.
 */
export declare function withoutServerDefaults(param: string, live: unknown, desired: unknown): unknown;
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
