// Reading a `kind: Environment` document: its name, base paths, namespace,
// region, variables and patches, each checked as its schema
// (schema/source/environment.json) says, with saejob's messages.
import { isRecord } from '../collections.js';
import { isAbsolute, join, dirname } from 'node:path';
import type { FieldPath } from '../diagnostics.js';
import type { ManifestSource } from '../load/load.js';

export const ENVIRONMENT_KIND = 'Environment';

export interface Environment {
  name: string;
  source: ManifestSource;
  base: string[];
  namespace?: string;
  region?: string;
  variables: Record<string, unknown>;
  patches: { job: string; index: number; value: Record<string, unknown> }[];
}

export interface Finding {
  source: ManifestSource;
  path: FieldPath;
  message: string;
  rule: string;
  severity?: 'warning';
}

/** What an Environment document says, or the findings that say why it cannot be read. */
export function readEnvironment(source: ManifestSource, findings: Finding[]): Environment | undefined {
  const v = source.value as { apiVersion?: unknown; metadata?: { name?: unknown }; spec?: Record<string, unknown> };
  const bad = (path: FieldPath, message: string) =>
    findings.push({ source, path, message, rule: 'environment/invalid' });
  // What schema/source/environment.json says, with saejob's messages (test/schemas.test.ts checks they agree).
  if (v.apiVersion !== 'saejob/v1') bad(['apiVersion'], 'must be saejob/v1');
  for (const k of Object.keys(v))
    if (!['apiVersion', 'kind', 'metadata', 'spec'].includes(k))
      bad([k], `unknown field ${k} in an environment: allowed fields are apiVersion, kind, metadata, spec`);
  for (const k of isRecord(v.metadata) ? Object.keys(v.metadata) : [])
    if (k !== 'name') bad(['metadata', k], `unknown field ${k} in an environment's metadata: it has a name only`);
  const name = v.metadata?.name;
  if (typeof name !== 'string' || !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) {
    bad(['metadata', 'name'], 'an environment needs metadata.name: lower-case letters, digits and -, e.g. prod');
    return undefined;
  }
  const spec = v.spec;
  if (!isRecord(spec)) {
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
    if (!isRecord(spec.variables))
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
        if (!isRecord(p) || typeof p.job !== 'string')
          return bad(['spec', 'patches', i], 'each patch names its job: job: NAME (metadata.name in the base)');
        const { job, ...value } = p;
        for (const [k, x] of Object.entries(value))
          if (k !== 'metadata' && k !== 'spec')
            bad(['spec', 'patches', i, k], `a patch changes metadata and spec only, not ${k}`);
          else if (!isRecord(x)) bad(['spec', 'patches', i, k], `a patch's ${k} is a mapping of the fields to change`);
        env.patches.push({ job, index: i, value });
      });
  }
  return env;
}
