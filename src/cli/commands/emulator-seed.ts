// `saejob emulator --seed FILE`: start the emulator with an account that
// already has jobs, ConfigMaps and Secrets, so that adoption, export and
// plan can be tried offline. The file holds either saejob manifests
// (kind: Job, kind: ConfigMap — jobs made as the console would: no
// saejob-set tag unless `metadata.labels` has one) or data in SAE's own
// shapes:
//
//   jobs: [{ AppName, NamespaceId, PackageType, ImageUrl, Replicas, Cpu, Memory, ... , Tags: { k: v } }]
//   configMaps: [{ ConfigMapId, Name, NamespaceId, Data: { k: v } }]
//   secrets: [{ SecretId, SecretName, NamespaceId }]
import { parseAllDocuments } from 'yaml';
import { UsageError } from '../io.js';
import { compileManifests } from '../../pipeline/compile/compile-files.js';
import { hasErrors } from '../../pipeline/diagnostics.js';
import { readBounded } from '../../pipeline/load/load.js';
import { closeSync, openSync, statSync } from 'node:fs';
import type { ConfigMapRecord, SecretRecord } from '../../emulator/store.js';

export interface Seed {
  jobs: { params: Record<string, string>; tags?: Record<string, string> }[];
  configMaps: ConfigMapRecord[];
  secrets: SecretRecord[];
}

const MAX_SEED_BYTES = 16 * 1024 * 1024;

export function readSeed(file: string): Seed {
  let text: string;
  try {
    if (!statSync(file).isFile()) throw new UsageError(`--seed ${file}: not a regular file`);
    const fd = openSync(file, 'r');
    try {
      text = readBounded(fd, MAX_SEED_BYTES).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `--seed ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  const docs = parseAllDocuments(text, { logLevel: 'error' });
  const values = (Array.isArray(docs) ? docs : [docs]).map((d) => d.toJS() as Record<string, unknown> | null);
  // Manifests: compiled as apply would (no environment values needed: a literal placeholder stays).
  if (values.some((v) => v && (v.kind === 'Job' || v.kind === 'ConfigMap'))) return fromManifests(file);
  const v = (values[0] ?? {}) as Partial<{ jobs: unknown; configMaps: unknown; secrets: unknown }>;
  const list = (x: unknown, what: string) => {
    if (x === undefined) return [];
    if (!Array.isArray(x) || !x.every((i) => i && typeof i === 'object'))
      throw new UsageError(`--seed ${file}: ${what} must be a list of objects`);
    return x as Record<string, unknown>[];
  };
  return {
    jobs: list(v.jobs, 'jobs').map((j) => {
      const { Tags, ...rest } = j;
      const params = Object.fromEntries(
        Object.entries(rest).map(([k, x]) => [k, typeof x === 'string' ? x : JSON.stringify(x)]),
      );
      return {
        params: { Workload: 'job', PackageType: 'Image', Replicas: '1', ...params },
        ...(Tags && typeof Tags === 'object' ? { tags: Tags as Record<string, string> } : {}),
      };
    }),
    configMaps: list(v.configMaps, 'configMaps') as unknown as ConfigMapRecord[],
    secrets: list(v.secrets, 'secrets') as unknown as SecretRecord[],
  };
}

function fromManifests(file: string): Seed {
  const r = compileManifests([file], { env: {}, unknownSecrets: true });
  if (hasErrors(r.diagnostics))
    throw new UsageError(
      `--seed ${file}: the manifests do not compile: ${r.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.line}:${d.col} ${d.message}`)
        .slice(0, 3)
        .join('; ')}`,
    );
  let id = 1;
  return {
    jobs: r.compiled.map((m) => ({
      params: Object.fromEntries(
        Object.entries(m.job.params).flatMap(([k, x]) => (x === undefined ? [] : [[k, String(x)]])),
      ),
      ...(m.job.labels ? { tags: { ...m.job.labels } } : {}),
    })),
    configMaps: r.configMaps.map((c) => ({
      ConfigMapId: id++,
      Name: c.configMap.name,
      NamespaceId: c.configMap.namespace,
      Description: c.configMap.description ?? '',
      Data: c.configMap.data,
    })),
    secrets: [],
  };
}
