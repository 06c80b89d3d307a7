// Validation as the `validate` command runs it: file by file, each file's
// documents dropped once checked, so memory stays flat however many
// manifests a run is given.
import { expandPaths, loadManifests, readManifestFile, type LoadOptions } from '../load/load.js';
import { ManifestValidator, validateManifests, type ValidateOptions } from './validate.js';
import { applyEnvironments, ENVIRONMENT_KIND } from '../environments/environments.js';
import { byPosition, type Diagnostic } from '../diagnostics.js';
import { pushAll } from '../collections.js';
import { MAX_DIAGNOSTICS_PER_FILE } from '../limits.js';

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

export function validatePaths(paths: readonly string[], options: PathsValidationOptions = {}): FilesValidation {
  const expanded = expandPaths(paths);
  const result = validateFiles(expanded.files, { ...options, regularFiles: expanded.regularFiles });
  if (result === undefined) return validateEnvironments(paths, options);
  result.diagnostics = pushAll([...expanded.diagnostics], result.diagnostics);
  return result;
}

/** Files that define environments: every environment's final manifests (or the one asked for). */
function validateEnvironments(paths: readonly string[], options: PathsValidationOptions): FilesValidation {
  const envs = applyEnvironments(loadManifests(paths, options), {
    select: options.environment ? [options.environment] : undefined,
    load: (p) => loadManifests(p, options),
  });
  const v = validateManifests(envs, options);
  return {
    files: envs.files.length,
    manifests: envs.sources.length,
    diagnostics: v.diagnostics,
    environments: envs.environments,
  };
}

/**
 * Validate a list of files (already expanded), one file at a time. Undefined
 * when a file defines an environment: manifests are then validated as each
 * environment makes them, which needs them all at once.
 */
export function validateFiles(
  files: readonly string[],
  options: ValidateOptions & LoadOptions = {},
): FilesValidation | undefined {
  const validator = new ManifestValidator(options);
  const result: FilesValidation = { files: 0, manifests: 0, diagnostics: [] };
  for (const path of files) {
    const one = readManifestFile(path, options);
    if (one.sources.some((s) => (s.value as { kind?: unknown })?.kind === ENVIRONMENT_KIND)) return undefined;
    if (one.read) result.files++;
    const fileDiagnostics = [...one.diagnostics];
    for (const [i, source] of one.sources.entries()) {
      result.manifests++;
      if (fileDiagnostics.length >= MAX_DIAGNOSTICS_PER_FILE) {
        // Past a few hundred problems a file is not a set of manifests with mistakes in it.
        const rest = one.sources.length - i;
        fileDiagnostics.push({
          severity: 'error',
          file: one.file,
          line: 0,
          col: 0,
          field: '',
          rule: 'findings/truncated',
          message: `more than ${MAX_DIAGNOSTICS_PER_FILE} problems: the last ${rest} document${rest === 1 ? '' : 's'} of this file were not checked; fix the ones above first`,
        });
        result.manifests += rest - 1;
        break;
      }
      pushAll(fileDiagnostics, validator.check(source));
    }
    fileDiagnostics.sort(byPosition);
    pushAll(result.diagnostics, fileDiagnostics);
  }
  return result;
}
