import { type LoadOptions, type ManifestSource } from '../load/load.js';
import { type CompiledConfigMap } from './configmap.js';
import { type ValidateOptions } from '../validate/validate.js';
import { type CompiledJob } from './compile.js';
import { type Diagnostic } from '../diagnostics.js';
export interface CompiledManifest {
    source: ManifestSource;
    job: CompiledJob;
}
export interface PipelineOptions extends ValidateOptions, LoadOptions {
    env?: Readonly<Record<string, string | undefined>>;
    /** See CompileOptions.unknownSecrets (plan). */
    unknownSecrets?: boolean;
    /** Where the files define environments: the one to compile (`--environment`). */
    environment?: string;
    /** Where the files define environments: compile every one (`plan --all-environments`). */
    allEnvironments?: boolean;
}
export interface PipelineResult {
    files: string[];
    /** Load, validation and compile diagnostics, sorted. */
    diagnostics: Diagnostic[];
    compiled: CompiledManifest[];
    /** Number of manifests found. */
    manifests: number;
    /** The environments the files define (empty when none). */
    environments: string[];
    /** The ConfigMap manifests, compiled. */
    configMaps: {
        source: ManifestSource;
        configMap: CompiledConfigMap;
    }[];
    /**
     * What the paths define that this run leaves out (the environments not
     * chosen, or the plain manifests when one is): a run's prune never touches
     * them, and refuses when one shares a namespace with the run.
     */
    outside: OutsideManifest[];
}
/** A manifest the paths define that this run does not act on. */
export interface OutsideManifest {
    /** The environment it is of; undefined for a plain manifest. */
    environment?: string;
    file: string;
    kind: 'Job' | 'ConfigMap';
    name: string;
    namespace: string;
    region: string | undefined;
}
export declare function compileManifests(paths: readonly string[], options?: PipelineOptions): PipelineResult;
