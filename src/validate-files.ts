// Validation as the `validate` command runs it: file by file, each file's
// documents dropped once checked, so memory stays flat however many
// manifests a run is given.
import { expandPaths, readManifestFile, type LoadOptions } from './load.js';
import { ManifestValidator, type ValidateOptions } from './validate.js';
import { byPosition, type Diagnostic } from './diagnostics.js';
import { pushAll } from './collections.js';

export interface FilesValidation {
  files: number;
  manifests: number;
  /** In file order, each file's by position. */
  diagnostics: Diagnostic[];
}

export function validatePaths(paths: readonly string[], options: ValidateOptions & LoadOptions = {}): FilesValidation {
  const expanded = expandPaths(paths);
  const result = validateFiles(expanded.files, options);
  result.diagnostics = pushAll([...expanded.diagnostics], result.diagnostics);
  return result;
}

/** Validate a list of files (already expanded). */
export function validateFiles(files: readonly string[], options: ValidateOptions & LoadOptions = {}): FilesValidation {
  const validator = new ManifestValidator(options);
  const result: FilesValidation = { files: 0, manifests: 0, diagnostics: [] };
  for (const path of files) {
    const one = readManifestFile(path, options);
    if (one.read) result.files++;
    const fileDiagnostics = [...one.diagnostics];
    for (const source of one.sources) {
      result.manifests++;
      pushAll(fileDiagnostics, validator.check(source));
    }
    fileDiagnostics.sort(byPosition);
    pushAll(result.diagnostics, fileDiagnostics);
  }
  return result;
}
