// `kind: ConfigMap` manifests, checked offline: what its schema
// (schema/source/configmap.json) says, with saejob's messages, and the two
// readings of a ConfigMap name. Compiled in compile/configmap.ts, planned in
// plan/configmap.ts.
import type { FieldPath } from '../diagnostics.js';
import type { RuleFinding } from './rules.js';

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
