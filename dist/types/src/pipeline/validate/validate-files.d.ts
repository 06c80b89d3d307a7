import { type LoadOptions } from '../load/load.js';
import { type ValidateOptions } from './validate.js';
import { type Diagnostic } from '../diagnostics.js';
export interface FilesValidation {
    files: number;
    manifests: number;
    /** In file order, each file's by position. */
    diagnostics: Diagnostic[];
    /** The environments validated, when the files define some. */
    environments?: string[];
}
export interface PathsValidationOptions extends ValidateOptions, LoadOptions {
    /** Validate only this environment's final manifests (default: every environment's). */
    environment?: string;
}
export declare function validatePaths(paths: readonly string[], options?: PathsValidationOptions): FilesValidation;
/**
 * Validate a list of files (already expanded), one file at a time. Undefined
 * when a file defines an environment: manifests are then validated as each
 * environment makes them, which needs them all at once.
 */
export declare function validateFiles(files: readonly string[], options?: ValidateOptions & LoadOptions): FilesValidation | undefined;
