import { type IdentityKey } from '../pipeline/identity.js';
import type { PipelineResult } from '../pipeline/compile/compile-files.js';
import type { Diagnostic } from '../pipeline/diagnostics.js';
import { type SavedPlan } from '../pipeline/plan/plan-file.js';
import { type CompiledRequest } from '../pipeline/compile/compile.js';
import { type ApplyOptions, type ApplyResult } from '../sae/apply.js';
import type { Session } from '../sae/session.js';
import { type PlanOutcome, type PlanRunOptions } from './plan.js';
export interface ApplyRunOptions extends PlanRunOptions {
    /** Allow replacing a job whose create-only fields changed (DeleteJob, then CreateJob). */
    replace?: boolean;
    /** Take over jobs and ConfigMaps no set owns (made in the console). */
    adopt?: boolean;
    /**
     * A plan saved by `plan --out`: exactly its changes, each job kept only when its manifest and
     * live state are what was reviewed. `part` is the environment whose part is applied (all when
     * unset); `asPlanned` the manifests compiled as plan compiled them (secrets it lacked unset).
     */
    saved?: {
        plan: SavedPlan;
        part?: string | undefined;
        asPlanned?: PipelineResult | undefined;
    } | undefined;
}
/** What apply will do, for the caller to show (and ask about) before anything is sent. */
export interface ApplyPlan {
    /** The jobs, and in `configMaps` the ConfigMaps, to apply. */
    plan: PlanOutcome;
    /** ConfigMaps this run creates, by identity: a job may name one. */
    pending: ReadonlySet<IdentityKey>;
    /** Refused before anything is sent: a saved plan's ConfigMaps that changed or are gone. */
    refusedConfigMaps: ApplyResult[];
    /** A saved plan's jobs not applied: refused, already applied, not in the plan. */
    savedResults: ApplyResult[];
    /** A saved plan's jobs of other environments, left alone. */
    otherParts: number;
    /** Whether applying changes anything. */
    changing: boolean;
}
/**
 * Plan what apply does. Names that do not resolve come back as diagnostics
 * (nothing is planned then); a saved plan that cannot be checked at all
 * throws SavedPlanError.
 */
export declare function planApply(session: Session, pipeline: PipelineResult, o: ApplyRunOptions): Promise<{
    plan: ApplyPlan;
    diagnostics?: undefined;
} | {
    plan?: undefined;
    diagnostics: Diagnostic[];
}>;
export interface ApplyExecuteOptions extends Omit<ApplyOptions, 'replace' | 'adopt' | 'set'> {
    set: string;
    replace?: boolean;
    adopt?: boolean;
    /** Results keep secret values (`--show-secrets`); otherwise every secret is masked in them. */
    showSecrets?: boolean;
    /** Aborting stops the run as a signal does: nothing more is sent, waits end. */
    signal?: AbortSignal;
}
export interface ApplyRun {
    /** ConfigMaps first, then the jobs, then those not applied; secrets masked. */
    results: ApplyResult[];
    /** Names of new ConfigMaps that still did not resolve once they were made. */
    diagnostics: Diagnostic[];
}
/** Apply what planApply planned: ConfigMaps, then jobs. */
export declare function executeApply(session: Session, pipeline: PipelineResult, planned: ApplyPlan, o: ApplyExecuteOptions): Promise<ApplyRun>;
/** What `apply --dry-run` shows: each job's requests (secrets masked unless shown) and its suspend. */
export declare function dryRunRequests(plan: PlanOutcome, o: {
    showSecrets?: boolean;
    suspendPolarity: Session['suspendPolarity'];
}): {
    name: string;
    requests: CompiledRequest[];
    suspend?: {
        request: CompiledRequest;
        paused: boolean;
    };
}[];
