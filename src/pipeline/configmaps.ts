// `kind: ConfigMap` manifests: the ConfigMaps jobs use, in git beside them.
// Checked offline, compiled with `${env:NAME}` resolved (secret-looking keys
// and variables redacted), planned key by key against the namespace's
// listing. Pure.
import type { FieldPath } from './diagnostics.js';
import type { RuleFinding } from './rules.js';
import { expandEnvRefs, SECRET_NAME } from './envref.js';
import { resolveRegion } from './region.js';

export const CONFIGMAP_KIND = 'ConfigMap';
const NAME = /^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$/;
const NAMESPACE = /^[a-z][a-z0-9-]*(:[a-z0-9][a-z0-9-]*)?$/;
const KEY = /^[-._a-zA-Z0-9]{1,253}$/;

export const isConfigMapDoc = (value: unknown) => (value as { kind?: unknown })?.kind === CONFIGMAP_KIND;

/** What a schema would say of a ConfigMap manifest, each finding at its field. */
export function checkConfigMapManifest(value: unknown): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bad = (path: FieldPath, message: string, target: 'key' | 'value' = 'value') =>
    out.push({ path: [...path], message, rule: 'configmap/invalid', target });
  const v = value as { apiVersion?: unknown; metadata?: Record<string, unknown>; data?: unknown; [k: string]: unknown };
  if (v.apiVersion !== 'saejob/v1') bad(['apiVersion'], 'must be saejob/v1');
  for (const k of Object.keys(v))
    if (!['apiVersion', 'kind', 'metadata', 'data'].includes(k))
      bad([k], `unknown field ${k} in a ConfigMap: allowed fields are apiVersion, kind, metadata, data`, 'key');
  const md = v.metadata;
  if (!md || typeof md !== 'object') bad([], 'a ConfigMap needs metadata: name and namespace');
  else {
    if (typeof md.name !== 'string' || !NAME.test(md.name))
      bad(['metadata', 'name'], 'a ConfigMap name is lower-case letters, digits, `-` and `.`, at most 63 characters');
    // Two readings: the SDK text says letters, digits and `_`, starting with a letter; the console takes
    // DNS-style names. A name both allow is safe; one with `-` or `.` relies on the console's reading.
    else if (!/^[a-z][a-z0-9]*$/.test(md.name))
      out.push({
        path: ['metadata', 'name'],
        severity: 'warning',
        rule: 'configmap/name-reading',
        message: `${JSON.stringify(md.name)} relies on the console's reading of ConfigMap names (DNS-style); the SDK text allows only letters, digits and \`_\`, starting with a letter. Which the API enforces is not documented: a name of lower-case letters and digits (${JSON.stringify(md.name.replace(/[^a-z0-9]/g, ''))}) is safe under both`,
      });
    if (typeof md.namespace !== 'string' || !NAMESPACE.test(md.namespace))
      bad(['metadata', 'namespace'], 'must be an SAE namespace ID such as `cn-beijing:prod`');
    if (md.description !== undefined && (typeof md.description !== 'string' || md.description.length > 256))
      bad(['metadata', 'description'], 'a ConfigMap description is a string of at most 256 characters');
    if (md.region !== undefined && typeof md.region !== 'string')
      bad(['metadata', 'region'], 'must be a region ID such as `cn-beijing`');
    for (const k of Object.keys(md))
      if (!['name', 'namespace', 'description', 'region'].includes(k))
        bad(
          ['metadata', k],
          `unknown field ${k} in a ConfigMap's metadata: allowed fields are name, namespace, description, region`,
          'key',
        );
  }
  if (!v.data || typeof v.data !== 'object' || Array.isArray(v.data))
    bad(['data'], 'data maps keys to values: LOG_LEVEL: info');
  else
    for (const [k, x] of Object.entries(v.data)) {
      if (!KEY.test(k))
        bad(['data', k], `a ConfigMap key is letters, digits, \`-\`, \`_\` and \`.\`, not ${JSON.stringify(k)}`, 'key');
      if (typeof x !== 'string') bad(['data', k], `a ConfigMap value is text: quote it (${JSON.stringify(String(x))})`);
    }
  return out;
}

export interface CompiledConfigMap {
  name: string;
  namespace: string;
  region: string;
  description?: string;
  data: Record<string, string>;
  /** Values never shown: of secret-looking keys, or from secret-looking variables. */
  secretKeys: string[];
  /** Keys whose secret variable is not set where plan runs (plan without secrets): not compared. */
  unknown?: { key: string; variable: string }[];
}

export function compileConfigMap(
  value: unknown,
  o: { env: Readonly<Record<string, string | undefined>>; region?: string; unknownSecrets?: boolean },
): { configMap?: CompiledConfigMap; findings: RuleFinding[] } {
  const v = value as {
    metadata: { name: string; namespace: string; description?: string; region?: string };
    data: Record<string, string>;
  };
  const findings: RuleFinding[] = [];
  const data: Record<string, string> = {};
  const secretKeys: string[] = [];
  const unknown: { key: string; variable: string }[] = [];
  for (const [k, text] of Object.entries(v.data)) {
    const r = expandEnvRefs(text, o.env);
    for (const name of r.missing) {
      // plan without the secrets' values (as for jobs): the key is not compared, and apply needs it.
      if (o.unknownSecrets && (SECRET_NAME.test(name) || SECRET_NAME.test(k))) unknown.push({ key: k, variable: name });
      else
        findings.push({
          path: ['data', k],
          rule: 'env-unset',
          message: `environment variable ${name} is not set: set it where saejob runs (referenced as \${env:${name}})`,
        });
    }
    if (SECRET_NAME.test(k) || r.used.some((n) => SECRET_NAME.test(n)) || unknown.some((u) => u.key === k))
      secretKeys.push(k);
    data[k] = r.value;
  }
  const region = resolveRegion({
    metadataRegion: v.metadata.region,
    namespace: v.metadata.namespace,
    flag: o.region,
    env: o.env.ALIBABA_CLOUD_REGION_ID,
  });
  if (!region)
    findings.push({
      path: ['metadata', 'namespace'],
      rule: 'region-unknown',
      message: 'cannot tell the region: set metadata.region, --region or ALIBABA_CLOUD_REGION_ID',
    });
  if (findings.length) return { findings };
  const configMap: CompiledConfigMap = {
    name: v.metadata.name,
    namespace: v.metadata.namespace,
    region: region!,
    data,
    secretKeys,
  };
  if (v.metadata.description !== undefined) configMap.description = v.metadata.description;
  if (unknown.length) configMap.unknown = unknown;
  return { configMap, findings };
}

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

export const MASKED = '******';

export function planConfigMap(
  file: string,
  cm: CompiledConfigMap,
  live: LiveConfigMap | undefined,
  set = 'default',
): PlannedConfigMap {
  // A key is secret by the manifest (its value came from a secret) or by its name: a live-only key too.
  const secret = (k: string) => cm.secretKeys.includes(k) || SECRET_NAME.test(k);
  const show = (k: string, v: string | undefined) => (v !== undefined && secret(k) ? MASKED : v);
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
        cm.data[k] !== undefined && secret(k) && live.data[k] !== undefined
          ? `${MASKED} (changed)`
          : show(k, cm.data[k]);
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
