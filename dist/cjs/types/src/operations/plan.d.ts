import type { PipelineResult, CompiledManifest } from '../pipeline/compile/compile-files.js';
import type { PlannedConfigMap } from '../pipeline/plan/configmap.js';
import { type PlannedJob } from '../pipeline/plan/plan.js';
import type { Diagnostic } from '../pipeline/diagnostics.js';
import { type RunScope } from '../pipeline/plan/scope.js';
import type { PlanResult, Session } from '../sae/session.js';
export interface PlanRunOptions {
    /** The set this run manages (the saejob-set tag). */
    set: string;
    /** Also plan deleting the set's jobs and ConfigMaps in the run's scope that no manifest names. */
    prune?: boolean;
    /** The environment compiled (`-e`), or every one: recorded in the scope. */
    environment?: string | undefined;
    allEnvironments?: boolean | undefined;
}
export interface PlanOutcome {
    results: PlanResult[];
    planned: PlannedJob[];
    failures: PlanResult[];
    /** What this run may change: the set and the places its manifests use. */
    scope: RunScope;
    /** --prune could not be planned (a region not listed, an ambiguous scope): nothing is pruned, and this says why. */
    pruneError?: string;
    /** The ConfigMap manifests, planned (applied before the jobs). */
    configMaps?: PlannedConfigMap[];
}
/** ConfigMaps this plan creates: a job may name one before it exists. */
export declare const pendingConfigMaps: (planned: readonly PlannedConfigMap[]) => Set<import("../pipeline/identity.js").IdentityKey>;
export declare function splitPlan(results: PlanResult[], scope: RunScope): PlanOutcome;
/** Plan the jobs, and with prune the set's jobs in the scope that no manifest names. */
export declare function planJobs(session: Session, compiled: readonly CompiledManifest[], scope: RunScope, o: {
    prune?: boolean | undefined;
}): Promise<PlanOutcome>;
/** The ConfigMap manifests against the account; with prune, the set's ConfigMaps in the scope that none defines. */
export declare function planScopeConfigMaps(session: Session, pipeline: Pick<PipelineResult, 'configMaps'>, scope: RunScope, o: {
    prune?: boolean | undefined;
}): Promise<PlannedConfigMap[]>;
/**
 * The whole plan: ConfigMaps, names, jobs, prune. Names that do not resolve
 * are returned as diagnostics (nothing else is planned then).
 */
export declare function planRun(session: Session, pipeline: PipelineResult, o: PlanRunOptions): Promise<{
    plan: PlanOutcome;
    diagnostics?: undefined;
} | {
    plan?: undefined;
    diagnostics: Diagnostic[];
}>;
