import { type LoadResult } from '../load/load.js';
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
export { ENVIRONMENT_KIND } from './document.js';
export { EnvironmentSource } from './merge.js';
export { manifestDifferences, patchBetween, layoutFromExports, type FieldDifference, type ExportedEnvironment, } from './differences.js';
