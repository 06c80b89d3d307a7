// Stage 1b: environments. A `kind: Environment` document names base
// manifests and says what differs in one environment — namespace and
// region, `${var:NAME}` values, and patches by job name — without a
// template language: every file stays plain YAML. This stage turns the
// loaded documents into each chosen environment's final manifests, each
// remembering, field by field, which file and line it came from (the base or
// the environment), so that validation points at the line to fix. Pure, but
// for reading the base files through the `load` it is given.
import { isRecord } from '../collections.js';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { expandPaths, type LoadResult, type ManifestSource } from '../load/load.js';
import { locate } from '../load/positions.js';

import { ENVIRONMENT_KIND, type Finding, readEnvironment } from './document.js';
import { EnvironmentSource, type Origin, merge, pathKey } from './merge.js';
import { substituteVariables, variablesIn } from './variables.js';

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

const isEnvironmentDoc = (s: ManifestSource) => (s.value as { kind?: unknown })?.kind === ENVIRONMENT_KIND;

/**
 * The loaded documents with environments applied. Without an Environment
 * document, everything is as loaded. With some: `select` undefined gives
 * every environment's final manifests and the job manifests no environment
 * builds on (validate, `plan --all-environments`); `[]` gives only those
 * other manifests; `[name]` only that environment's.
 */
export function applyEnvironments(loaded: LoadResult, o: EnvironmentOptions): EnvironmentsResult {
  const envDocs = loaded.sources.filter(isEnvironmentDoc);
  if (!envDocs.length) return { ...loaded, environments: [] };
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const files = [...loaded.files];
  const all = envDocs.flatMap((d) => readEnvironment(d, findings) ?? []);
  const names = all.map((e) => e.name);
  for (const [i, e] of all.entries())
    if (names.indexOf(e.name) !== i)
      findings.push({
        source: e.source,
        path: ['metadata', 'name'],
        message: `environment ${e.name} is defined twice (also in ${all[names.indexOf(e.name)]!.source.file})`,
        rule: 'environment/duplicate',
      });
  for (const s of o.select ?? [])
    if (!names.includes(s))
      diagnostics.push({
        severity: 'error',
        file: envDocs[0]!.file,
        line: 0,
        col: 0,
        field: '',
        message: `no environment named ${s}: the environments are ${names.join(', ')}`,
        rule: 'environment/unknown',
      });
  const chosen = all.filter(
    (e, i) => names.indexOf(e.name) === i && (o.select === undefined || o.select.includes(e.name)),
  );

  // A base file the paths given already hold is not read again (`manifests/` holds shop/base/ too).
  const alreadyRead = new Map<string, ManifestSource[]>();
  for (const src of loaded.sources)
    alreadyRead.set(resolve(src.file), [...(alreadyRead.get(resolve(src.file)) ?? []), src]);
  const readFiles = new Set(loaded.files.map((f) => resolve(f)));
  const readBases = (paths: readonly string[]): LoadResult => {
    const expanded = expandPaths(paths);
    const fresh = expanded.files.filter((f) => !readFiles.has(resolve(f)));
    const read = fresh.length ? o.load(fresh) : { sources: [], diagnostics: [], files: [] };
    const sources = expanded.files.flatMap((f) =>
      readFiles.has(resolve(f)) ? (alreadyRead.get(resolve(f)) ?? []) : read.sources.filter((x) => x.file === f),
    );
    return {
      sources,
      diagnostics: [...expanded.diagnostics, ...read.diagnostics],
      files: expanded.files.filter((f) => readFiles.has(resolve(f)) || read.files.includes(f)),
    };
  };
  const sources: ManifestSource[] = [];
  const usedAsBase = new Set<string>();
  const baseCache = new Map<string, LoadResult>();
  for (const env of chosen) {
    // The variables the environment's manifests use: one set but used nowhere is probably a typo.
    const used = new Set<string>();
    const key = env.base.map((b) => resolve(b)).join('\0');
    let bases = baseCache.get(key);
    if (!bases) {
      bases = readBases(env.base);
      baseCache.set(key, bases);
      for (const d of bases.diagnostics)
        if (
          !diagnostics.some(
            (x) => x.file === d.file && x.line === d.line && x.rule === d.rule && x.message === d.message,
          )
        )
          diagnostics.push(d);
      for (const f of bases.files) if (!files.includes(f)) files.push(f);
    }
    const jobs = bases.sources.filter((s) => !isEnvironmentDoc(s));
    for (const b of jobs) usedAsBase.add(`${resolve(b.file)}\0${b.index}`);
    const byName = new Map(
      jobs.map((b) => [String((b.value as { metadata?: { name?: unknown } })?.metadata?.name), b]),
    );
    for (const p of env.patches) {
      if (!byName.has(p.job))
        findings.push({
          source: env.source,
          path: ['spec', 'patches', p.index, 'job'],
          message: `no base manifest of environment ${env.name} is named ${p.job}: the jobs are ${[...byName.keys()].join(', ') || 'none'}`,
          rule: 'environment/unknown-job',
        });
    }
    for (const b of jobs) {
      const origins = new Map<string, Origin>([[pathKey([]), { source: b, path: [] }]]);
      let value: unknown = b.value;
      const name = String((b.value as { metadata?: { name?: unknown } })?.metadata?.name);
      for (const p of env.patches.filter((x) => x.job === name))
        value = merge(value, p.value, [], { source: env.source, path: ['spec', 'patches', p.index] }, origins);
      if (isRecord(value) && isRecord(value.metadata)) {
        const metadata = { ...value.metadata };
        if (env.namespace !== undefined) {
          metadata.namespace = env.namespace;
          origins.set(pathKey(['metadata', 'namespace']), { source: env.source, path: ['spec', 'namespace'] });
        }
        if (env.region !== undefined) {
          metadata.region = env.region;
          origins.set(pathKey(['metadata', 'region']), { source: env.source, path: ['spec', 'region'] });
        }
        value = { ...value, metadata };
      }
      variablesIn(value, used);
      const merged = new EnvironmentSource(b, undefined, env.name, origins);
      merged.value = substituteVariables(value, env, [], origins, (path, v) =>
        findings.push({
          source: merged,
          path,
          message: `variable ${v} is not set in environment ${env.name}: add it under spec.variables of ${env.source.file}, or give a default: \${var:${v}:-value}`,
          rule: 'environment/variable-unset',
        }),
      );
      sources.push(merged);
    }
    for (const name of Object.keys(env.variables))
      if (!used.has(name))
        findings.push({
          source: env.source,
          path: ['spec', 'variables', name],
          severity: 'warning',
          rule: 'environment/variable-unused',
          message: `variable ${name} is set in environment ${env.name}, but no manifest of it uses \${var:${name}}: a typo, or left over?`,
        });
  }
  // Job manifests no environment builds on are jobs of their own, as without environments: in the
  // result unless one environment was chosen. A base of an environment not built is no such job.
  const bases = all.map((e) => e.base.map((b) => resolve(b)));
  const isBase = (s: ManifestSource) =>
    usedAsBase.has(`${resolve(s.file)}\0${s.index}`) ||
    bases.some((list) => list.some((b) => resolve(s.file) === b || resolve(s.file).startsWith(`${b}/`)));
  const standalone = loaded.sources.filter((s) => !isEnvironmentDoc(s) && !isBase(s));
  if (o.select === undefined || o.select.length === 0) sources.unshift(...standalone);
  for (const f of findings) diagnostics.push(findingDiagnostic(f));
  return { sources, diagnostics, files, environments: names };
}

function findingDiagnostic(f: Finding): Diagnostic {
  const where = f.source instanceof EnvironmentSource ? f.source.origin(f.path) : { source: f.source, path: f.path };
  const at = locate(where.source, where.path);
  const d: Diagnostic = {
    severity: f.severity ?? 'error',
    file: where.source.file,
    line: at.line,
    col: at.col,
    endLine: at.endLine,
    endCol: at.endCol,
    field: f.path.join('.'),
    message: f.message,
    rule: f.rule,
  };
  if (f.source instanceof EnvironmentSource) d.environment = f.source.environment;
  return d;
}

export { ENVIRONMENT_KIND } from './document.js';
export { EnvironmentSource } from './merge.js';
export {
  manifestDifferences,
  patchBetween,
  layoutFromExports,
  type FieldDifference,
  type ExportedEnvironment,
} from './differences.js';
