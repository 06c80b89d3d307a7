import { type Io } from './io.js';
import { type SavedPlan } from '../pipeline/plan/plan-file.js';
import type { PipelineResult } from '../pipeline/compile/compile-files.js';
import { type CloudFlags, type CompileFlags } from './cloud.js';
/** `apply FILE` with a file written by `plan --out`: the plan, or undefined for manifest paths. */
export declare function savedPlanArgument(positionals: readonly string[]): SavedPlan | undefined;
/** The flags a saved plan was made with, for compiling its manifests again (-e with a plan file names the part to apply). */
export declare const savedValues: (saved: SavedPlan, values: CloudFlags) => CompileFlags;
/** A saved plan is applied as it was made: an option that would change it is refused, not mixed in. */
export declare function checkSavedOptions(saved: SavedPlan, values: CloudFlags & {
    replace?: boolean | undefined;
    adopt?: boolean | undefined;
}, io: Io): void;
/**
 * The saved plan's manifests as plan compiled them: a plan made without some secrets is checked as
 * it was made (those variables unset), then applied with their values.
 */
export declare function asPlanned(saved: SavedPlan, compiled: PipelineResult, values: CloudFlags, io: Io): PipelineResult | undefined;
