import type { PlannedJob } from './plan.js';
import type { CompiledRequest } from '../compile/compile.js';
import type { PlannedConfigMap } from './configmap.js';
/** The file format's version: a reader refuses any other. */
export declare const PLAN_FILE_VERSION = 1;
export interface SavedJob {
    file: string;
    name: string;
    namespace: string;
    region: string;
    action: PlannedJob['action'];
    /** The environment the job is of, when the manifests define environments. */
    environment?: string;
    appId?: string;
    /** The compiled manifest (parameters, labels, spec.suspend), secrets masked, salted. */
    manifest: string;
    /** The live job (AppId, parameters, suspend state, tags), or "absent". */
    live: string;
    /** What the plan decided: action, changes, create-only differences, SuspendJob. */
    outcome: string;
    /** The requests apply sends, secrets masked (for review; apply sends the recompiled ones, which match). */
    requests: CompiledRequest[];
    suspend?: {
        from: boolean;
        to: boolean;
    };
}
export interface SavedPlan {
    saejobPlan: typeof PLAN_FILE_VERSION;
    saejobVersion: string;
    createdAt: string;
    /** The manifest paths given to plan (relative to where it ran) and its --region. */
    paths: string[];
    region?: string;
    /** The set planned for (`--set`), and whether with --prune (the deletes are in `jobs`). */
    set?: string;
    prune?: boolean;
    /** The environment planned (`--environment`), or every one (`--all-environments`). */
    environment?: string;
    allEnvironments?: boolean;
    /** Planned with --replace (its replacements are applied as reviewed) and --adopt (its takeovers). */
    replace?: boolean;
    adopt?: boolean;
    /** Secrets' variables that were not set where plan ran: their values were not compared, and apply reads them. */
    unknownVariables?: string[];
    salt: string;
    jobs: SavedJob[];
    /** The ConfigMap manifests, each with fingerprints of its data and of the live ConfigMap. */
    configMaps?: SavedConfigMap[];
}
export interface SavedConfigMap {
    name: string;
    environment?: string;
    namespace: string;
    region: string;
    action: PlannedConfigMap['action'];
    manifest: string;
    live: string;
}
export declare function configMapFingerprints(p: PlannedConfigMap, salt: string): {
    manifest: string;
    live: string;
};
/** Why a ConfigMap of a saved plan must not be applied now, or undefined. */
export declare function configMapStaleReason(saved: SavedConfigMap, fresh: PlannedConfigMap | undefined, salt: string): string | undefined;
export interface JobFingerprints {
    manifest: string;
    live: string;
    outcome: string;
}
export declare function fingerprints(p: PlannedJob, salt: string): JobFingerprints;
export declare function savePlan(planned: readonly PlannedJob[], o: {
    configMaps?: readonly PlannedConfigMap[];
    set?: string;
    prune?: boolean;
    replace?: boolean;
    adopt?: boolean;
    paths: string[];
    region?: string | undefined;
    environment?: string;
    allEnvironments?: boolean;
    unknownVariables?: string[];
    salt: string;
    saejobVersion: string;
    createdAt: string;
}): SavedPlan;
/** The file's text as a plan, or a sentence saying why it is not one. */
export declare function readSavedPlan(text: string): SavedPlan | string;
/** Whether a text looks like a plan file rather than a manifest (apply FILE takes either). */
export declare const looksLikePlanFile: (text: string) => boolean;
/**
 * Why a job of a saved plan must not be applied now, or undefined when the
 * fresh plan is the one that was reviewed.
 */
export declare function staleReason(saved: SavedJob, fresh: PlannedJob | undefined, salt: string): string | undefined;
