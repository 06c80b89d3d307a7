// Merging an environment's patch into a base manifest, keeping where every
// field was written (the base or the environment, file and path): mappings
// merge key by key (null removes a key), keyed lists item by item
// (`$patch: delete` removes one), anything else is replaced.
import type { Document, LineCounter } from 'yaml';
import type { FieldPath } from '../diagnostics.js';
import type { ManifestSource } from '../load/load.js';
import { isRecord } from '../collections.js';

/** Lists matched by what names an item, so a patch changes or removes one item, not the list. */
export const KEYED_LISTS: Readonly<Record<string, readonly string[]>> = {
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

export interface Origin {
  source: ManifestSource;
  path: FieldPath;
}

/** A manifest as one environment has it: a base document with the environment applied. */
export class EnvironmentSource implements ManifestSource {
  readonly facts = { mayHoldReferences: true };
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

export const pathKey = (path: FieldPath) => JSON.stringify(path);

/** The property that names an item of a keyed list: the first of the list's keys it has. */
export const keyOf = (item: unknown, keys: readonly string[]) =>
  keys.find((k) => getPath(item, k) !== undefined && getPath(item, k) !== false);

/** An item's identity, key and value (`name="DB_HOST"`); undefined when it has none. */
export const itemId = (item: unknown, keys: readonly string[]) => {
  const k = keyOf(item, keys);
  return k === undefined ? undefined : `${k}=${JSON.stringify(getPath(item, k))}`;
};

export const getPath = (v: unknown, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), v);

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
export function merge(
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
      if (isRecord(item) && item[DELETE_MARK] === 'delete') {
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
  if (isRecord(base) && isRecord(patch)) {
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
