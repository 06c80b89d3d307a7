// load → validate → compile, as the commands and the library run it.
import { loadManifests, type LoadOptions, type ManifestSource } from './load.js';
import { validateManifests, toDiagnostic, type ValidateOptions } from './validate.js';
import { compileJob, type CompiledJob } from './compile.js';
import { sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { pushAll } from './collections.js';

export interface CompiledManifest {
  source: ManifestSource;
  job: CompiledJob;
}

export interface PipelineOptions extends ValidateOptions, LoadOptions {
  env?: Readonly<Record<string, string | undefined>>;
  /** See CompileOptions.unknownSecrets (plan). */
  unknownSecrets?: boolean;
}

export interface PipelineResult {
  files: string[];
  /** Load, validation and compile diagnostics, sorted. */
  diagnostics: Diagnostic[];
  compiled: CompiledManifest[];
  /** Number of manifests found. */
  manifests: number;
}

export function compileManifests(paths: readonly string[], options: PipelineOptions = {}): PipelineResult {
  const loaded = loadManifests(paths, options);
  const validated = validateManifests(loaded, options);
  const diagnostics = [...validated.diagnostics];
  const compiled: CompiledManifest[] = [];
  for (const { source, manifest } of validated.valid) {
    const { job, findings } = compileJob(manifest, { env: options.env ?? {}, region: options.region, unknownSecrets: options.unknownSecrets });
    pushAll(
      diagnostics,
      findings.map((f) => toDiagnostic(source, f)),
    );
    if (job) compiled.push({ source, job });
  }
  return { files: loaded.files, diagnostics: sortDiagnostics(diagnostics), compiled, manifests: loaded.sources.length };
}
