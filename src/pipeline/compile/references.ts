// ConfigMaps and Secrets by name. A manifest may name them instead of giving
// their IDs (IDs differ between namespaces and accounts); compile stays
// offline, so it writes a placeholder where the ID goes and records the
// reference; plan and apply resolve every reference with one listing per
// namespace (ListNamespacedConfigMaps, ListSecrets). Pure.
import type { FieldPath } from '../diagnostics.js';
import type { Params } from './compile.js';
import { nearest } from '../suggest.js';

export type ReferenceKind = 'configmap' | 'secret';

export interface NameReference {
  kind: ReferenceKind;
  name: string;
  /** Where the manifest names it. */
  path: FieldPath;
}

/** What compile writes where an ID will go: shown by `compile`, replaced at plan. */
export const placeholder = (kind: ReferenceKind, name: string) =>
  `<${kind === 'configmap' ? 'ConfigMap' : 'Secret'} ${name}: resolved at plan>`;

/** The IDs a namespace's listing gives, by name. */
export interface NameTable {
  configMaps?: ReadonlyMap<string, number>;
  secrets?: ReadonlyMap<string, number>;
}

export interface Unresolved {
  reference: NameReference;
  message: string;
}

/** The parameters with every placeholder replaced by its ID, or the references that name nothing. */
export function resolveReferences(
  params: Params,
  references: readonly NameReference[],
  namespace: string,
  table: NameTable,
): { params: Params } | { unresolved: Unresolved[] } {
  const unresolved: Unresolved[] = [];
  const out: Params = { ...params };
  for (const r of references) {
    const ids = r.kind === 'configmap' ? table.configMaps : table.secrets;
    const id = ids?.get(r.name);
    if (id === undefined) {
      const guess = ids ? nearest(r.name, [...ids.keys()]) : undefined;
      const what = r.kind === 'configmap' ? 'ConfigMap' : 'Secret';
      unresolved.push({
        reference: r,
        message: `no ${what} named ${r.name} in namespace ${namespace}${guess ? `: did you mean ${guess}?` : ids?.size ? ` (it has ${[...ids.keys()].slice(0, 8).join(', ')})` : ` (it has none)`}`,
      });
      continue;
    }
    const text = placeholder(r.kind, r.name);
    for (const [k, v] of Object.entries(out)) {
      if (typeof v !== 'string' || !v.includes(text)) continue;
      // In a JSON parameter the ID is a number where the placeholder was a string; ImagePullSecrets is the ID as text.
      out[k] = v === text ? String(id) : v.split(JSON.stringify(text)).join(String(id));
    }
  }
  return unresolved.length ? { unresolved } : { params: out };
}
