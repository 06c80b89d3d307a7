import { type NameReference } from './references.js';
import type { CompiledConfigMap } from './configmap.js';
import type { SaeJob } from '../../generated/job.js';
import type { RuleFinding } from '../validate/rules.js';
import { type Operation } from '../../contract/api.js';
export type ParamValue = string | number | boolean;
export type Params = Record<string, ParamValue>;
export interface CompiledRequest {
    operation: Operation;
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    path: string;
    query: Params;
    body: Params;
}
export interface CompiledJob {
    name: string;
    namespace: string;
    region: string;
    /** The CreateJob request that makes this job. */
    create: CompiledRequest;
    /** What the manifest sets, before it is split into query and body. */
    params: Params;
    /** Values that must never be shown: OssAkSecret, env values under secret-looking names, and values of ${env:...} references to secret-looking variables. */
    secrets: string[];
    /** Env entries (by name) whose value is a secret: masked whole, by name, in every view of Envs. */
    secretEnvNames: string[];
    /** Env entries marked `secret: false` whose names look secret: shown, not masked by name. */
    shownEnvNames?: string[];
    /** spec.suspend, applied with SuspendJob after create/update. */
    suspend?: boolean;
    /** Secrets whose variables were not set (plan only): their values are unknown. */
    unknown?: UnknownValue[];
    /** The environment this job is of, when the manifests define environments. */
    environment?: string;
    /** metadata.labels: SAE tags on the job. */
    labels?: Record<string, string>;
    /** ConfigMaps and Secrets named, not given by ID: placeholders in `params` until plan resolves them. */
    references?: NameReference[];
    /**
     * With references: `params` as compiled, every name still a placeholder. A saved plan
     * fingerprints these (the manifest's own terms), so the ID a name resolves to — a placeholder
     * while plan's run would create the ConfigMap, its real ID once it exists — does not make the
     * manifest look changed.
     */
    namedParams?: Params;
}
export interface CompileOptions {
    env?: Readonly<Record<string, string | undefined>>;
    /** `--region`. */
    region?: string | undefined;
    /**
     * plan: a secret's unset variable is not an error; its `${env:NAME}` stays
     * in the value, recorded in `unknown`, and the planner does not compare it.
     */
    unknownSecrets?: boolean;
}
/** A value plan could not know: its secret's variable is not set. */
export interface UnknownValue {
    variable: string;
    /** Where it is used, e.g. `spec.template.env.2.value`. */
    path: string;
}
interface Expanded {
    value: unknown;
    findings: RuleFinding[];
    secrets: Set<string>;
    /** Where a secret was substituted (`spec.template.env.0.value`, ...). */
    secretPaths: Set<string>;
    unknown: UnknownValue[];
}
/** Replace ${env:NAME} in every string; unset variables become positioned findings. */
export declare function expandManifest(value: unknown, env: Readonly<Record<string, string | undefined>>, unknownSecrets?: boolean): Expanded;
/** Every CreateJob parameter a manifest sets, in the order of the mapping table. */
export declare function manifestParams(m: SaeJob): Params;
/** The parameters, and the ConfigMaps and Secrets named rather than given by ID (placeholders in the parameters). */
export declare function paramsAndReferences(m: SaeJob): {
    params: Params;
    references: NameReference[];
};
/**
 * One request of `op`: each parameter in the query or the body as the
 * contract places it, and typed as the contract types it for that operation
 * (UpdateJob's Replicas is a string where CreateJob's is a number).
 */
export declare function request(op: Operation, params: Params): CompiledRequest;
export declare function createRequest(params: Params): CompiledRequest;
/**
 * UpdateJob with the full desired state: every updatable parameter the
 * manifest sets, and the clearing value of each parameter in `clear` — those
 * the manifest no longer sets and the live job still has. Nothing is sent
 * to clear what the job never had (the official signing utilities disagree
 * on how an empty value is signed).
 */
export declare function updateRequest(appId: string, params: Params, clear?: readonly string[]): CompiledRequest;
export declare function deleteRequest(appId: string): CompiledRequest;
/** TagResources: tags on one job (ResourceType application), as JSON lists. */
export declare function tagRequest(appId: string | readonly string[], region: string, tags: Readonly<Record<string, string>>): CompiledRequest;
export declare function untagRequest(appId: string, region: string, keys: readonly string[]): CompiledRequest;
/** `suspend` is SuspendJob's parameter, not "is paused": see suspendParam. */
export declare function suspendRequest(appId: string, suspend: boolean): CompiledRequest;
/** Compile one validated manifest. */
export declare function compileJob(manifest: SaeJob, options?: CompileOptions): {
    job?: CompiledJob;
    findings: RuleFinding[];
};
/** (Here, not in configmaps.ts: validate loads that module, and this one pulls in the SAE table.)
 * The CreateConfigMap request a ConfigMap manifest becomes (what compile shows); secret values masked unless asked. */
export declare function configMapRequest(cm: CompiledConfigMap, showSecrets?: boolean): CompiledRequest;
export {};
