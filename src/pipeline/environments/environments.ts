// Stage 1b: environments. A `kind: Environment` document names base
// manifests and says what differs in one environment — namespace and
// region, `${var:NAME}` values, and patches by job name — without a
// template language: every file stays plain YAML. This stage turns the
// loaded documents into each chosen environment's final manifests, each
// remembering, field by field, which file and line it came from (the base or
// the environment), so that validation points at the line to fix. Pure, but
// for reading the base files through the `load` it is given.
import { isAbsolute, join, dirname, resolve } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic, FieldPath } from '../diagnostics.js';
import { expandPaths, type LoadResult, type ManifestSource } from '../load/load.js';
import { locate } from '../load/positions.js';

export const ENVIRONMENT_KIND = 'Environment';

/** Lists matched by what names an item, so a patch changes or removes one item, not the list. */
const KEYED_LISTS: Readonly<Record<string, readonly string[]>> = {
  'spec.template.env': ['name'],
  'spec.template.envFrom': ['configMapRef.configMapId'],
  'spec.template.hostAliases': ['ip'],
  'spec.template.volumes.configMaps': ['mountPath'],
  'spec.template.volumes.nas.mounts': ['mountPath'],
  'spec.template.volumes.nasMounts': ['mountPath'],
  'spec.template.volumes.oss.mounts': ['mountPath'],
  // A log is its directory, or the one entry that collects stdout.
  'spec.template.logs.sls': ['logDir', 'stdout'],
};

/** In a keyed list of a patch, `$patch: delete` removes the item with that key. */
export const DELETE_MARK = '$patch';

export interface Environment {
  name: string;
  source: ManifestSource;
  base: string[];
  namespace?: string;
  region?: string;
  variables: Record<string, unknown>;
  patches: { job: string; index: number; value: Record<string, unknown> }[];
}

interface Origin {
  source: ManifestSource;
  path: FieldPath;
}

/** A manifest as one environment has it: a base document with the environment applied. */
export class EnvironmentSource implements ManifestSource {
  readonly mayHoldReferences = true;
  constructor(
    readonly base: ManifestSource,
    public value: unknown,
    readonly environment: string,
    private readonly origins: Map<string, Origin>,
  ) {}
  get file(): string {
    return this.base.file;
  }
  get index(): number {
    return this.base.index;
  }
  get doc(): Document.Parsed {
    return this.base.doc;
  }
  get lineCounter(): LineCounter {
    return this.base.lineCounter;
  }
  /** The files other than the base that set something in this manifest (the environment's). */
  contributors(): string[] {
    return [...new Set([...this.origins.values()].map((o) => o.source.file).filter((f) => f !== this.base.file))];
  }
  /** Where a field was written: the longest prefix of its path with a known origin. */
  origin(path: FieldPath): Origin {
    return originIn(this.origins, path) ?? { source: this.base, path };
  }
}

const pathKey = (path: FieldPath) => JSON.stringify(path);
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
/** The property that names an item of a keyed list: the first of the list's keys it has. */
const keyOf = (item: unknown, keys: readonly string[]) =>
  keys.find((k) => getPath(item, k) !== undefined && getPath(item, k) !== false);
/** An item's identity, key and value (`name="DB_HOST"`); undefined when it has none. */
const itemId = (item: unknown, keys: readonly string[]) => {
  const k = keyOf(item, keys);
  return k === undefined ? undefined : `${k}=${JSON.stringify(getPath(item, k))}`;
};
const getPath = (v: unknown, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), v);

interface Finding {
  source: ManifestSource;
  path: FieldPath;
  message: string;
  rule: string;
  severity?: 'warning';
}

/** What an Environment document says, or the findings that say why it cannot be read. */
function readEnvironment(source: ManifestSource, findings: Finding[]): Environment | undefined {
  const v = source.value as { apiVersion?: unknown; metadata?: { name?: unknown }; spec?: Record<string, unknown> };
  const bad = (path: FieldPath, message: string) =>
    findings.push({ source, path, message, rule: 'environment/invalid' });
  // What schema/source/environment.json says, with saejob's messages (test/schemas.test.ts checks they agree).
  if (v.apiVersion !== 'saejob/v1') bad(['apiVersion'], 'must be saejob/v1');
  for (const k of Object.keys(v))
    if (!['apiVersion', 'kind', 'metadata', 'spec'].includes(k))
      bad([k], `unknown field ${k} in an environment: allowed fields are apiVersion, kind, metadata, spec`);
  for (const k of isObject(v.metadata) ? Object.keys(v.metadata) : [])
    if (k !== 'name') bad(['metadata', k], `unknown field ${k} in an environment's metadata: it has a name only`);
  const name = v.metadata?.name;
  if (typeof name !== 'string' || !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) {
    bad(['metadata', 'name'], 'an environment needs metadata.name: lower-case letters, digits and -, e.g. prod');
    return undefined;
  }
  const spec = v.spec;
  if (!isObject(spec)) {
    bad(['spec'], 'an environment needs spec.base: the base manifests it applies to');
    return undefined;
  }
  for (const k of Object.keys(spec))
    if (!['base', 'namespace', 'region', 'variables', 'patches'].includes(k))
      bad(
        ['spec', k],
        `unknown field ${k} in an environment's spec: allowed fields are base, namespace, region, variables, patches`,
      );
  const base = typeof spec.base === 'string' ? [spec.base] : spec.base;
  if (!Array.isArray(base) || !base.length || !base.every((b) => typeof b === 'string' && b !== '')) {
    bad(
      ['spec', 'base'],
      'spec.base names the base manifests: a file or directory (or a list of them), relative to this file',
    );
    return undefined;
  }
  const env: Environment = {
    name,
    source,
    base: base.map((b) => (isAbsolute(b) ? b : join(dirname(source.file), b))),
    variables: {},
    patches: [],
  };
  if (spec.namespace !== undefined) {
    if (typeof spec.namespace !== 'string')
      bad(['spec', 'namespace'], 'spec.namespace is a namespace ID, e.g. cn-beijing:prod');
    else env.namespace = spec.namespace;
  }
  if (spec.region !== undefined) {
    if (typeof spec.region !== 'string') bad(['spec', 'region'], 'spec.region is a region ID, e.g. cn-beijing');
    else env.region = spec.region;
  }
  if (spec.variables !== undefined) {
    if (!isObject(spec.variables))
      bad(['spec', 'variables'], 'spec.variables maps names to values: IMAGE_TAG: "1.4.2"');
    else
      for (const [k, x] of Object.entries(spec.variables)) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
          bad(['spec', 'variables', k], `variable name ${JSON.stringify(k)}: letters, digits and _`);
        else if (x === null || typeof x === 'object')
          bad(['spec', 'variables', k], `variable ${k} must be a string, number or boolean`);
        else env.variables[k] = x;
      }
  }
  if (spec.patches !== undefined) {
    if (!Array.isArray(spec.patches))
      bad(['spec', 'patches'], 'spec.patches is a list: - job: NAME, then the metadata / spec fields to change');
    else
      spec.patches.forEach((p, i) => {
        if (!isObject(p) || typeof p.job !== 'string')
          return bad(['spec', 'patches', i], 'each patch names its job: job: NAME (metadata.name in the base)');
        const { job, ...value } = p;
        for (const [k, x] of Object.entries(value))
          if (k !== 'metadata' && k !== 'spec')
            bad(['spec', 'patches', i, k], `a patch changes metadata and spec only, not ${k}`);
          else if (!isObject(x)) bad(['spec', 'patches', i, k], `a patch's ${k} is a mapping of the fields to change`);
        env.patches.push({ job, index: i, value });
      });
  }
  return env;
}

/** Where a path of a value was written, from the longest recorded prefix. */
function originIn(origins: Map<string, Origin>, path: FieldPath): Origin | undefined {
  for (let k = path.length; k >= 0; k--) {
    const o = origins.get(pathKey(path.slice(0, k)));
    if (o) return { source: o.source, path: [...o.path, ...path.slice(k)] };
  }
  return undefined;
}

/** Remove and return the recorded origins at and below `prefix` (paths relative to it). */
function takeOrigins(origins: Map<string, Origin>, prefix: FieldPath): Map<string, Origin> {
  const out = new Map<string, Origin>();
  for (const [k, o] of [...origins]) {
    const p = JSON.parse(k) as FieldPath;
    if (p.length >= prefix.length && prefix.every((x, i) => p[i] === x)) {
      out.set(pathKey(p.slice(prefix.length)), o);
      origins.delete(k);
    }
  }
  return out;
}

/**
 * Deep merge with origins: mappings merge key by key (null removes a key),
 * keyed lists merge item by item (`$patch: delete` removes one), anything
 * else is replaced. `origins` holds where each node of the result was
 * written (by path), updated here for what the patch sets or moves.
 */
function merge(
  base: unknown,
  patch: unknown,
  path: FieldPath,
  patchAt: Origin,
  origins: Map<string, Origin>,
  listPath: string[] = [],
): unknown {
  const keys = KEYED_LISTS[listPath.join('.')];
  if (keys && Array.isArray(base) && Array.isArray(patch)) {
    const idOf = (item: unknown) => itemId(item, keys);
    // Each item with the origins recorded below it (relative), so that it can move.
    const items = base.map((item, i) => {
      const fallback = originIn(origins, [...path, i]);
      return { item, origins: takeOrigins(origins, [...path, i]), fallback };
    });
    patch.forEach((item, j) => {
      const at: Origin = { source: patchAt.source, path: [...patchAt.path, j] };
      const id = idOf(item);
      const k = id === undefined ? -1 : items.findIndex((x) => idOf(x.item) === id);
      if (isObject(item) && item[DELETE_MARK] === 'delete') {
        if (k >= 0) items.splice(k, 1);
        return;
      }
      if (k >= 0) {
        const it = items[k]!;
        if (!it.origins.has(pathKey([])) && it.fallback) it.origins.set(pathKey([]), it.fallback);
        it.item = merge(it.item, item, [], at, it.origins, listPath);
        return;
      }
      items.push({ item, origins: new Map([[pathKey([]), at]]), fallback: at });
    });
    takeOrigins(origins, path); // anything left below the list is stale
    if (originIn(origins, path) === undefined) origins.set(pathKey(path), patchAt);
    items.forEach((it, i) => {
      if (it.fallback && !it.origins.has(pathKey([]))) origins.set(pathKey([...path, i]), it.fallback);
      for (const [rel, o] of it.origins) origins.set(pathKey([...path, i, ...(JSON.parse(rel) as FieldPath)]), o);
    });
    return items.map((it) => it.item);
  }
  if (isObject(base) && isObject(patch)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(patch)) {
      const at: Origin = { source: patchAt.source, path: [...patchAt.path, k] };
      if (v === null) {
        delete out[k];
        takeOrigins(origins, [...path, k]);
        continue;
      }
      if (k in base) out[k] = merge(base[k], v, [...path, k], at, origins, [...listPath, k]);
      else {
        out[k] = v;
        takeOrigins(origins, [...path, k]);
        origins.set(pathKey([...path, k]), at);
      }
    }
    return out;
  }
  takeOrigins(origins, path);
  origins.set(pathKey(path), patchAt);
  return patch;
}

/** Every `${var:NAME}` (not the `$${` escape) in a value's strings, into `into`. */
function variablesIn(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    for (const m of value.matchAll(/(?<!\$)\$\{var:([A-Za-z_][A-Za-z0-9_]*)/g)) into.add(m[1]!);
  } else if (Array.isArray(value)) for (const v of value) variablesIn(v, into);
  else if (isObject(value)) for (const v of Object.values(value)) variablesIn(v, into);
}

/** A whole-value default as YAML would read it: `${var:REPLICAS:-2}` is the number 2. */
const typedDefault = (text: string): unknown =>
  /^-?(0|[1-9][0-9]*)$/.test(text) ? Number(text) : text === 'true' ? true : text === 'false' ? false : text;

// `$${var:X}` is the escape (a literal `${var:X}`, made so by the env stage's `$${` → `${`): not a reference.
const VAR_REF = /(?<!\$)\$\{var:([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
const WHOLE_VAR_REF = /^\$\{var:([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}$/;

/** `${var:NAME}` in every string: a whole-value reference keeps the variable's type (`replicas: ${var:REPLICAS}`). */
function substituteVariables(
  value: unknown,
  env: Environment,
  path: FieldPath,
  origins: Map<string, Origin>,
  missing: (path: FieldPath, name: string) => void,
): unknown {
  if (typeof value === 'string') {
    if (!value.includes('${var:')) return value;
    const whole = WHOLE_VAR_REF.exec(value);
    if (whole) {
      const [, name, fallback] = whole;
      if (name! in env.variables) {
        origins.set(pathKey(path), { source: env.source, path: ['spec', 'variables', name!] });
        return env.variables[name!];
      }
      if (fallback !== undefined) return typedDefault(fallback);
      missing(path, name!);
      return value;
    }
    return value.replace(VAR_REF, (match, name: string, fallback: string | undefined) => {
      if (name in env.variables) return String(env.variables[name]);
      if (fallback !== undefined) return fallback;
      missing(path, name);
      return match;
    });
  }
  if (Array.isArray(value)) return value.map((x, i) => substituteVariables(x, env, [...path, i], origins, missing));
  if (isObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, x]) => [k, substituteVariables(x, env, [...path, k], origins, missing)]),
    );
  return value;
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
      if (isObject(value) && isObject(value.metadata)) {
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

export interface FieldDifference {
  /** The manifest path, list items by their key: `spec.template.env[LOG_LEVEL].value`. */
  field: string;
  a: unknown;
  b: unknown;
}

/** How two final manifests of a job differ, field by field, list items matched by their key. */
export function manifestDifferences(a: unknown, b: unknown, path: string[] = [], label = ''): FieldDifference[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const keys = KEYED_LISTS[path.join('.')];
  if (keys && Array.isArray(a) && Array.isArray(b)) {
    const idOf = (item: unknown) => itemId(item, keys);
    const shown = (item: unknown) => {
      const v = getPath(item, keyOf(item, keys)!);
      return v === true ? 'stdout' : String(v);
    };
    if (
      [...a, ...b].every((i) => idOf(i) !== undefined) &&
      new Set(a.map(idOf)).size === a.length &&
      new Set(b.map(idOf)).size === b.length
    ) {
      const out: FieldDifference[] = [];
      const seen = new Set<unknown>();
      for (const item of [...a, ...b]) {
        const id = idOf(item);
        if (seen.has(id)) continue;
        seen.add(id);
        const x = a.find((i) => idOf(i) === id);
        const y = b.find((i) => idOf(i) === id);
        out.push(...manifestDifferences(x, y, path, `${label}[${shown(item)}]`));
      }
      return out;
    }
  }
  if (isObject(a) && isObject(b)) {
    const out: FieldDifference[] = [];
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)]))
      out.push(...manifestDifferences(a[k], b[k], [...path, k], label ? `${label}.${k}` : k));
    return out;
  }
  return [{ field: label, a, b }];
}

/**
 * The patch that turns `base` into `target` when merged as an environment's
 * patches are: changed keys, `null` for a removed key, keyed lists item by
 * item (`$patch: delete` for a removed item; when the order differs, every
 * item deleted and added again in the target's order).
 */
export function patchBetween(base: unknown, target: unknown, listPath: string[] = []): unknown {
  if (JSON.stringify(base) === JSON.stringify(target)) return undefined;
  const keys = KEYED_LISTS[listPath.join('.')];
  if (keys && Array.isArray(base) && Array.isArray(target)) {
    const idOf = (item: unknown) => itemId(item, keys);
    const identity = (item: unknown) => {
      const k = keyOf(item, keys)!;
      return k.split('.').reduceRight<unknown>((inner, part) => ({ [part]: inner }), getPath(item, k));
    };
    if ([...base, ...target].every((i) => idOf(i) !== undefined)) {
      const inPlace: unknown[] = [];
      for (const item of target) {
        const was = base.find((b) => idOf(b) === idOf(item));
        if (!was) inPlace.push(item);
        else {
          const p = patchBetween(was, item, listPath);
          if (p !== undefined) inPlace.push({ ...(identity(item) as object), ...(p as object) });
        }
      }
      for (const b of base)
        if (!target.some((t) => idOf(t) === idOf(b)))
          inPlace.push({ ...(identity(b) as object), [DELETE_MARK]: 'delete' });
      if (
        JSON.stringify(merge(base, inPlace, [], { source: undefined as never, path: [] }, new Map(), listPath)) ===
        JSON.stringify(target)
      )
        return inPlace;
      // The order differs: delete every item, then add the target's in order.
      return [...base.map((b) => ({ ...(identity(b) as object), [DELETE_MARK]: 'delete' })), ...target];
    }
  }
  if (isObject(base) && isObject(target)) {
    const out: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(base), ...Object.keys(target)])) {
      if (!(k in target)) out[k] = null;
      else if (!(k in base)) out[k] = target[k];
      else {
        const p = patchBetween(base[k], target[k], [...listPath, k]);
        if (p !== undefined) out[k] = p;
      }
    }
    return Object.keys(out).length ? out : undefined;
  }
  return target;
}

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
export function layoutFromExports(envs: readonly ExportedEnvironment[]): Layout {
  const [first] = envs;
  const layout: Layout = { base: new Map(), environments: new Map(), skipped: [] };
  if (!first) return layout;
  const names = [...new Set(envs.flatMap((e) => [...e.jobs.keys()]))].sort();
  for (const name of names) {
    const missing = envs.filter((e) => !e.jobs.has(name)).map((e) => e.name);
    if (missing.length)
      layout.skipped.push(`${name}: not in ${missing.join(', ')} (a base job is created in every environment)`);
    else layout.base.set(name, first.jobs.get(name)!);
  }
  for (const env of envs) {
    const patches: Record<string, unknown>[] = [];
    for (const [name, base] of layout.base) {
      const target = env.jobs.get(name)!;
      // The namespace is the environment's, not a patch.
      const withNamespace = {
        ...target,
        metadata: { ...(target.metadata as object), namespace: (base.metadata as { namespace: string }).namespace },
      };
      const p = patchBetween(base, withNamespace) as Record<string, unknown> | undefined;
      if (p) patches.push({ job: name, ...p });
    }
    layout.environments.set(env.name, {
      apiVersion: 'saejob/v1',
      kind: ENVIRONMENT_KIND,
      metadata: { name: env.name },
      spec: { base: '../base', namespace: env.namespace, ...(patches.length ? { patches } : {}) },
    });
  }
  return layout;
}
