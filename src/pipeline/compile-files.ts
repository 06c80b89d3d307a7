// load → validate → compile, as the commands and the library run it.
import { loadManifests, type LoadOptions, type ManifestSource } from './load.js';
import { applyEnvironments } from './environments.js';
import { compileConfigMap, type CompiledConfigMap } from './configmaps.js';
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
  configMaps: { source: ManifestSource; configMap: CompiledConfigMap }[];
}

export function compileManifests(paths: readonly string[], options: PipelineOptions = {}): PipelineResult {
  const select = options.allEnvironments ? undefined : options.environment ? [options.environment] : [];
  const loaded = applyEnvironments(loadManifests(paths, options), { select, load: (p) => loadManifests(p, options) });
  if (loaded.environments.length && !options.environment && !options.allEnvironments) {
    // A job is one environment's: acting on every environment at once is asked for, not assumed.
    loaded.diagnostics.push({ severity: 'warning', file: paths[0] ?? '.', line: 0, col: 0, field: '', rule: 'environment/not-chosen', message: `these paths also define environments (${loaded.environments.join(', ')}), left out: choose one with --environment NAME (plan: --all-environments)` });
  }
  const validated = validateManifests(loaded, options);
  const diagnostics = [...validated.diagnostics];
  const compiled: CompiledManifest[] = [];
  for (const { source, manifest } of validated.valid) {
    const { job, findings } = compileJob(manifest, { env: options.env ?? {}, region: options.region, unknownSecrets: options.unknownSecrets });
    pushAll(
      diagnostics,
      findings.map((f) => toDiagnostic(source, f)),
    );
    if (job) {
      if (source.environment) job.environment = source.environment;
      compiled.push({ source, job });
    }
  }
  const configMaps: PipelineResult['configMaps'] = [];
  for (const source of validated.configMaps) {
    const { configMap, findings } = compileConfigMap(source.value, { env: options.env ?? {}, region: options.region });
    pushAll(
      diagnostics,
      findings.map((f) => toDiagnostic(source, f)),
    );
    if (configMap) configMaps.push({ source, configMap });
  }
  return { files: loaded.files, diagnostics: sortDiagnostics(diagnostics), compiled, manifests: loaded.sources.length, environments: loaded.environments, configMaps };
}
