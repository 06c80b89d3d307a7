import type { NameReference } from './references.js';
import type { SaeJob } from '../../generated/job.js';
import type { RuleFinding } from '../validate/rules.js';
import { type Operation } from '../../contract/api.js';
import { type UnknownValue } from './params.js';
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
/** Compile one validated manifest. */
export declare function compileJob(manifest: SaeJob, options?: CompileOptions): {
    job?: CompiledJob;
    findings: RuleFinding[];
};
export { manifestParams } from './params.js';
export { createRequest, updateRequest, deleteRequest, tagRequest, untagRequest, suspendRequest, configMapRequest, } from './requests.js';
