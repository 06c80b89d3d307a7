// A ConfigMap planned key by key against the namespace's listing; ownership
// by a mark in its description (ConfigMaps carry no tags). Pure.
import { SECRET_NAME } from '../envref.js';
import { MASK } from '../redact.js';
import type { CompiledConfigMap } from '../compile/configmap.js';

export interface LiveConfigMap {
  id: number;
  description: string;
  data: Record<string, string>;
  /** Jobs SAE says use it. */
  users: string[];
}

/**
 * ConfigMaps carry no tags in SAE's API: a ConfigMap saejob manages says its
 * set at the end of its description, `[saejob-set: NAME]` — what prune looks
 * for, and what keeps saejob off another set's ConfigMaps.
 */
const MARK = /\s*\[saejob-set: ([^\]]+)\]$/;
export const ownerOfConfigMap = (description: string) => MARK.exec(description)?.[1];
export const userDescription = (description: string) => description.replace(MARK, '');
export const markedDescription = (description: string | undefined, set: string) =>
  `${description ? `${description} ` : ''}[saejob-set: ${set}]`;

export interface PlannedConfigMap {
  file: string;
  name: string;
  namespace: string;
  region: string;
  environment?: string;
  /** delete: a ConfigMap of the set no manifest defines any more (--prune). */
  action: 'create' | 'update' | 'unchanged' | 'delete';
  /** Who owns the live one, when not this set: apply leaves it alone (unless --adopt, for an unowned one). */
  ownership?: { state: 'unowned' } | { state: 'other'; set: string };
  /** Jobs SAE says use it (a delete is refused while there are any). */
  users?: string[];
  id?: number;
  /** Key by key (`description` for the description), secret values masked. */
  changes: { key: string; before?: string; after?: string }[];
  configMap: CompiledConfigMap;
  /** What it was planned against (a saved plan fingerprints it). */
  live?: LiveConfigMap;
  /** Keys not compared: their secret's variable is not set where plan ran. */
  unknown?: string[];
}

export function planConfigMap(
  file: string,
  cm: CompiledConfigMap,
  live: LiveConfigMap | undefined,
  set = 'default',
): PlannedConfigMap {
  // A key is secret by the manifest (its value came from a secret) or by its name: a live-only key too.
  const secret = (k: string) => cm.secretKeys.includes(k) || SECRET_NAME.test(k);
  const show = (k: string, v: string | undefined) => (v !== undefined && secret(k) ? MASK : v);
  const base = {
    file,
    name: cm.name,
    namespace: cm.namespace,
    region: cm.region,
    configMap: cm,
    ...(cm.unknown?.length ? { unknown: cm.unknown.map((u) => `data.${u.key}`) } : {}),
  };
  if (!live)
    return {
      ...base,
      action: 'create',
      changes: Object.keys(cm.data).map((k) => ({ key: k, after: show(k, cm.data[k]) })),
    };
  const changes: PlannedConfigMap['changes'] = [];
  const unknownKeys = new Set((cm.unknown ?? []).map((u) => u.key));
  for (const k of [...new Set([...Object.keys(live.data), ...Object.keys(cm.data)])].sort()) {
    if (live.data[k] === cm.data[k]) continue;
    // Its secret is not set here: not compared (a new key still shows as added).
    if (unknownKeys.has(k) && live.data[k] !== undefined) continue;
    const c: PlannedConfigMap['changes'][number] = { key: k };
    if (live.data[k] !== undefined) c.before = show(k, live.data[k]);
    if (cm.data[k] !== undefined)
      c.after =
        cm.data[k] !== undefined && secret(k) && live.data[k] !== undefined ? `${MASK} (changed)` : show(k, cm.data[k]);
    changes.push(c);
  }
  if ((cm.description ?? '') !== userDescription(live.description))
    changes.push({ key: '(description)', before: userDescription(live.description), after: cm.description ?? '' });
  const owner = ownerOfConfigMap(live.description);
  if (owner !== set) changes.push({ key: '(ownership)', ...(owner ? { before: owner } : {}), after: set });
  const planned: PlannedConfigMap = {
    ...base,
    action: changes.length ? 'update' : 'unchanged',
    id: live.id,
    changes,
    live,
  };
  if (owner === undefined) planned.ownership = { state: 'unowned' };
  else if (owner !== set) planned.ownership = { state: 'other', set: owner };
  return planned;
}

/** A ConfigMap of the set that no manifest defines: planned for deletion (--prune). */
export function plannedConfigMapDelete(
  name: string,
  namespace: string,
  region: string,
  live: LiveConfigMap,
): PlannedConfigMap {
  return {
    file: '(no manifest)',
    name,
    namespace,
    region,
    action: 'delete',
    id: live.id,
    changes: [],
    users: live.users,
    live,
    configMap: { name, namespace, region, data: {}, secretKeys: [] },
  };
}
