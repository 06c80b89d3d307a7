// load → validate → compile, as the commands and the library run it.
import { loadManifests, type LoadOptions, type ManifestSource } from '../load/load.js';
import { applyEnvironments } from '../environments/environments.js';
import { compileConfigMap, type CompiledConfigMap } from './configmap.js';
import { validateManifests, toDiagnostic, type ValidateOptions } from '../validate/validate.js';
import { compileJob, type CompiledJob } from './compile.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { pushAll } from '../collections.js';
import { resolveRegion } from '../region.js';
import { VARIABLE_REF } from '../envref.js';

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

/** Where a manifest still holds an environment's variable (a base manifest run without its environment). */
function variablesLeft(
  value: unknown,
  path: (string | number)[] = [],
  out: { path: (string | number)[]; variable: string }[] = [],
) {
  if (typeof value === 'string') {
    const m = VARIABLE_REF.exec(value);
    if (m) out.push({ path, variable: m[1]! });
  } else if (Array.isArray(value)) value.forEach((v, i) => variablesLeft(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) variablesLeft(v, [...path, k], out);
  return out;
}

export function compileManifests(paths: readonly string[], options: PipelineOptions = {}): PipelineResult {
  const select = options.allEnvironments ? undefined : options.environment ? [options.environment] : [];
  const read = loadManifests(paths, options);
  const loaded = applyEnvironments(read, { select, load: (p) => loadManifests(p, options) });
  if (options.environment && !loaded.environments.length) {
    // -e names an environment these paths do not define: running the plain (or base) manifests instead would act elsewhere.
    loaded.diagnostics.push({
      severity: 'error',
      file: paths[0] ?? '.',
      line: 0,
      col: 0,
      field: '',
      rule: 'environment/unknown',
      message: `no environment named ${options.environment}: these paths define no environments (give the directory that holds the kind: Environment files, or leave out --environment)`,
    });
  }
  if (loaded.environments.length && !options.environment && !options.allEnvironments) {
    // A job is one environment's: acting on every environment at once is asked for, not assumed.
    loaded.diagnostics.push({
      severity: 'warning',
      file: paths[0] ?? '.',
      line: 0,
      col: 0,
      field: '',
      rule: 'environment/not-chosen',
      message: `these paths also define environments (${loaded.environments.join(', ')}), left out: choose one with --environment NAME, or SAEJOB_ENVIRONMENT=NAME where saejob runs (plan: --all-environments)`,
    });
  }
  const validated = validateManifests(loaded, options);
  const diagnostics = [...validated.diagnostics];
  // A manifest that still holds ${var:…} was not built by its environment: it must not reach SAE as text.
  for (const source of [...validated.valid.map((v) => v.source), ...validated.configMaps]) {
    if (source.environment) continue; // an environment's unset variable is reported where it is used
    for (const left of variablesLeft(source.value)) {
      diagnostics.push(
        toDiagnostic(source, {
          path: left.path,
          rule: 'environment/variable-outside',
          message: `\${var:${left.variable}} is an environment's variable, and this manifest is not run through an environment (a base manifest on its own): give the directory that holds its kind: Environment files and --environment NAME, or write $\${ for a literal "\${"`,
        }),
      );
    }
  }
  const compiled: CompiledManifest[] = [];
  for (const { source, manifest } of validated.valid) {
    const { job, findings } = compileJob(manifest, {
      env: options.env ?? {},
      region: options.region,
      unknownSecrets: options.unknownSecrets,
    });
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
    const { configMap, findings } = compileConfigMap(source.value, {
      env: options.env ?? {},
      region: options.region,
      unknownSecrets: options.unknownSecrets,
    });
    pushAll(
      diagnostics,
      findings.map((f) => toDiagnostic(source, f)),
    );
    if (configMap) configMaps.push({ source, configMap });
  }
  const outside =
    loaded.environments.length && !options.allEnvironments ? outsideManifests(read, loaded.sources, options) : [];
  return {
    files: loaded.files,
    diagnostics: sortDiagnostics(diagnostics),
    compiled,
    manifests: loaded.sources.length,
    environments: loaded.environments,
    configMaps,
    outside,
  };
}

/** Every manifest the paths define (all environments) that the run's sources are not: their identities only. */
function outsideManifests(
  read: ReturnType<typeof loadManifests>,
  inRun: readonly ManifestSource[],
  options: PipelineOptions,
): OutsideManifest[] {
  const all = applyEnvironments(read, { select: undefined, load: (p) => loadManifests(p, options) });
  const key = (s: ManifestSource) => `${s.environment ?? ''}\0${s.file}\0${s.index}`;
  const running = new Set(inRun.map(key));
  const out: OutsideManifest[] = [];
  for (const s of all.sources) {
    if (running.has(key(s))) continue;
    const v = s.value as
      | { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown; region?: unknown } }
      | undefined;
    const kind = v?.kind === 'ConfigMap' ? 'ConfigMap' : v?.kind === 'Job' ? 'Job' : undefined;
    const name = v?.metadata?.name;
    const namespace = v?.metadata?.namespace;
    if (!kind || typeof name !== 'string' || typeof namespace !== 'string') continue;
    const metadataRegion = typeof v?.metadata?.region === 'string' ? v.metadata.region : undefined;
    out.push({
      ...(s.environment ? { environment: s.environment } : {}),
      file: s.file,
      kind,
      name,
      namespace,
      region: resolveRegion({ metadataRegion, namespace, flag: options.region, env: options.envRegion }),
    });
  }
  return out;
}
