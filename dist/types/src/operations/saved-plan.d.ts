import type { CompiledManifest, PipelineResult } from '../pipeline/compile/compile-files.js';
import { type SavedPlan } from '../pipeline/plan/plan-file.js';
import type { ApplyResult } from '../sae/apply.js';
import type { Session } from '../sae/session.js';
import { type PlanOutcome } from './plan.js';
/** Which part of a saved plan to apply: every part, or one environment's. */
export declare function savedPart(saved: SavedPlan, environment: string | undefined): {
    part?: string;
    error?: string;
};
/** Whether a saved item belongs to the part being applied. */
export declare const inPart: (part: string | undefined, item: {
    environment?: string | undefined;
}) => boolean;
export interface SavedPlanCheck {
    /** The jobs to apply: as reviewed, now with every secret's value. */
    plan: PlanOutcome;
    /** Jobs not applied: refused (changed since review), already applied, or not in the plan. */
    results: ApplyResult[];
    /** How many of the plan's jobs belong to other environments and were left alone. */
    otherParts: number;
}
/**
 * Plan the saved plan's jobs again and keep those still as reviewed.
 * `asPlanned` is the pipeline as plan ran it (secrets it lacked unset again);
 * `full` the same manifests with every value apply has.
 */
export declare function checkSavedPlan(session: Session, saved: SavedPlan, asPlanned: PipelineResult, full: readonly CompiledManifest[], part: string | undefined): Promise<SavedPlanCheck>;
/** The saved plan cannot be checked at all: nothing is sent. */
export declare class SavedPlanError extends Error {
}
