// Resolving the ConfigMaps and Secrets manifests name (see
// pipeline/references.ts): one ListNamespacedConfigMaps and one ListSecrets
// per namespace that needs them, whatever the number of manifests.
import { identityKey, placeKey, type IdentityKey, type PlaceKey } from '../pipeline/identity.js';
import type { CompiledManifest } from '../pipeline/compile/compile-files.js';
import { createRequest } from '../pipeline/compile/compile.js';
import type { Diagnostic } from '../pipeline/diagnostics.js';
import { resolveReferences, type NameReference, type NameTable } from '../pipeline/compile/references.js';
import { toDiagnostic } from '../pipeline/validate/validate.js';
import type { Session } from './session.js';
import { valueAt } from '../pipeline/collections.js';
import type { ExportNames } from '../pipeline/export/export.js';

/**
 * `pending`: ConfigMaps this run will create (region, namespace, name): a
 * reference to one stays a placeholder, resolved again once it exists.
 */
export async function resolveNames(
  session: Session,
  manifests: readonly CompiledManifest[],
  pending: ReadonlySet<IdentityKey> = new Set(),
): Promise<Diagnostic[]> {
  const needing = manifests.filter((m) => m.job.references?.length);
  const tables = new Map<string, Promise<NameTable>>();
  const tableFor = (region: string, namespace: string, kinds: Set<string>) => {
    const key = `${region}\0${namespace}\0${[...kinds].sort().join(',')}`;
    let t = tables.get(key);
    if (!t) {
      t = (async () => {
        const table: { configMaps?: Map<string, number>; secrets?: Map<string, number> } = {};
        if (kinds.has('configmap'))
          table.configMaps = new Map(
            (await session.configMapsOf(region, namespace)).map((c) => [c.Name, Number(c.ConfigMapId)]),
          );
        if (kinds.has('secret'))
          table.secrets = new Map(
            (await session.secretsOf(region, namespace)).map((x) => [x.SecretName, Number(x.SecretId)]),
          );
        return table;
      })();
      tables.set(key, t);
    }
    return t;
  };
  // Every manifest of a namespace asks for the same listings: one call each.
  const kindsByNamespace = new Map<PlaceKey, Set<string>>();
  for (const m of needing) {
    const k = placeKey(m.job);
    const kinds = kindsByNamespace.get(k) ?? new Set<string>();
    for (const r of m.job.references!) kinds.add(r.kind);
    kindsByNamespace.set(k, kinds);
  }
  const diagnostics: Diagnostic[] = [];
  for (const m of needing) {
    const table = await tableFor(m.job.region, m.job.namespace, kindsByNamespace.get(placeKey(m.job))!);
    const ready = m.job.references!.filter(
      (ref) => !(ref.kind === 'configmap' && pending.has(identityKey({ ...m.job, name: ref.name }))),
    );
    const r = resolveReferences(m.job.params, ready, m.job.namespace, table);
    if ('unresolved' in r) {
      for (const u of r.unresolved)
        diagnostics.push(
          toDiagnostic(m.source, { path: u.reference.path, rule: 'reference-unknown', message: u.message }),
        );
      continue;
    }
    // A key the named ConfigMap lacks would fail at SAE (NotFound.ConfigMapKey): said here, at the key.
    const missingKey = await missingKeys(session, m, ready);
    if (missingKey.length) {
      diagnostics.push(...missingKey);
      continue;
    }
    if (ready.length < m.job.references!.length)
      m.job.references = m.job.references!.filter((ref) => !ready.includes(ref));
    else delete m.job.references;
    m.job.params = r.params;
    m.job.create = createRequest(r.params);
  }
  return diagnostics;
}

/** env valueFrom and volumes.configMaps entries naming a ConfigMap and a key it does not have. */
async function missingKeys(
  session: Session,
  m: CompiledManifest,
  refs: readonly NameReference[],
): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const ref of refs) {
    // configMapKeyRef and volumes.configMaps name a key; envFrom's configMapRef takes them all.
    if (ref.kind !== 'configmap' || ref.path.at(-2) === 'configMapRef') continue;
    const keyPath = [...ref.path.slice(0, -1), 'key'];
    const key = valueAt(m.source.value, keyPath);
    if (typeof key !== 'string') continue;
    const cm = (await session.configMapsOf(m.job.region, m.job.namespace)).find((c) => c.Name === ref.name);
    if (!cm?.Data || key in cm.Data) continue;
    out.push(
      toDiagnostic(m.source, {
        path: keyPath,
        rule: 'reference-unknown',
        saeCode: 'NotFound.ConfigMapKey',
        message: `ConfigMap ${ref.name} has no key ${key}: its keys are ${Object.keys(cm.Data).join(', ') || 'none'}`,
      }),
    );
  }
  return out;
}

/**
 * Names by ID of a namespace's ConfigMaps and Secrets, for export — listed
 * once a namespace, and only when a job refers to one.
 */
export function exportNamer(
  session: Session,
): (region: string, namespace: string, params: Record<string, unknown>) => Promise<ExportNames> {
  return async (region, namespace, params) => {
    const wantsConfigMaps =
      String(params.Envs ?? '').includes('configMapRef') || params.ConfigMapMountDesc !== undefined;
    const wantsSecrets = params.ImagePullSecrets !== undefined && params.ImagePullSecrets !== '';
    const names: { configMaps?: Map<number, string>; secrets?: Map<number, string> } = {};
    if (wantsConfigMaps)
      names.configMaps = new Map(
        (await session.configMapsOf(region, namespace)).map((c) => [Number(c.ConfigMapId), c.Name]),
      );
    if (wantsSecrets)
      names.secrets = new Map(
        (await session.secretsOf(region, namespace)).map((x) => [Number(x.SecretId), x.SecretName]),
      );
    return names;
  };
}
