// Field-by-field differences between two environments' manifests (compare),
// and the other way round for export --layout: the patch that turns a base
// into each environment, and the layout (base + environments) of exported jobs.
import { isRecord } from '../collections.js';
import { ENVIRONMENT_KIND } from './document.js';
import { DELETE_MARK, KEYED_LISTS, getPath, itemId, keyOf, merge } from './merge.js';

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
  if (isRecord(a) && isRecord(b)) {
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
  if (isRecord(base) && isRecord(target)) {
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
