import type { Document, LineCounter } from 'yaml';
import type { FieldPath } from '../diagnostics.js';
import { type LoadResult, type ManifestSource } from '../load/load.js';
export declare const ENVIRONMENT_KIND = "Environment";
/** In a keyed list of a patch, `$patch: delete` removes the item with that key. */
export declare const DELETE_MARK = "$patch";
export interface Environment {
    name: string;
    source: ManifestSource;
    base: string[];
    namespace?: string;
    region?: string;
    variables: Record<string, unknown>;
    patches: {
        job: string;
        index: number;
        value: Record<string, unknown>;
    }[];
}
interface Origin {
    source: ManifestSource;
    path: FieldPath;
}
/** A manifest as one environment has it: a base document with the environment applied. */
export declare class EnvironmentSource implements ManifestSource {
    readonly base: ManifestSource;
    value: unknown;
    readonly environment: string;
    private readonly origins;
    readonly mayHoldReferences = true;
    constructor(base: ManifestSource, value: unknown, environment: string, origins: Map<string, Origin>);
    get file(): string;
    get index(): number;
    get doc(): Document.Parsed;
    get lineCounter(): LineCounter;
    /** The files other than the base that set something in this manifest (the environment's). */
    contributors(): string[];
    /** Where a field was written: the longest prefix of its path with a known origin. */
    origin(path: FieldPath): Origin;
}
export interface EnvironmentOptions {
    /** The environments to build (`--environment`); undefined: every one. */
    select?: readonly string[];
    /** Reads the base files the paths given did not hold (the load stage). */
    load: (paths: readonly string[]) => LoadResult;
}
export interface EnvironmentsResult extends LoadResult {
    /** The environments found, by name. */
    environments: string[];
}
/**
 * The loaded documents with environments applied. Without an Environment
 * document, everything is as loaded. With some: `select` undefined gives
 * every environment's final manifests and the job manifests no environment
 * builds on (validate, `plan --all-environments`); `[]` gives only those
 * other manifests; `[name]` only that environment's.
 */
export declare function applyEnvironments(loaded: LoadResult, o: EnvironmentOptions): EnvironmentsResult;
export interface FieldDifference {
    /** The manifest path, list items by their key: `spec.template.env[LOG_LEVEL].value`. */
    field: string;
    a: unknown;
    b: unknown;
}
/** How two final manifests of a job differ, field by field, list items matched by their key. */
export declare function manifestDifferences(a: unknown, b: unknown, path?: string[], label?: string): FieldDifference[];
/**
 * The patch that turns `base` into `target` when merged as an environment's
 * patches are: changed keys, `null` for a removed key, keyed lists item by
 * item (`$patch: delete` for a removed item; when the order differs, every
 * item deleted and added again in the target's order).
 */
export declare function patchBetween(base: unknown, target: unknown, listPath?: string[]): unknown;
export interface ExportedEnvironment {
    name: string;
    namespace: string;
    /** The job manifests exported from its namespace, by job name. */
    jobs: Map<string, Record<string, unknown>>;
}
export interface Layout {
    /** Base manifests (the first environment's jobs), by job name. */
    base: Map<string, Record<string, unknown>>;
    /** Each environment's document. */
    environments: Map<string, Record<string, unknown>>;
    /** Jobs not in every environment: left out of the layout, with why. */
    skipped: string[];
}
/**
 * A base and one Environment document per environment that reproduce each
 * environment's exported jobs exactly: the first environment's jobs are the
 * base; the others' differences are patches.
 */
export declare function layoutFromExports(envs: readonly ExportedEnvironment[]): Layout;
export {};
