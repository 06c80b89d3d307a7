// ConfigMap manifests against the account: one ListNamespacedConfigMaps per
// namespace to plan them, CreateConfigMap / UpdateConfigMap (JSON bodies) to
// apply them, before the jobs that use them.
import { identityKey, placeKey } from '../pipeline/identity.js';
import type { CompiledConfigMap } from '../pipeline/compile/configmap.js';
import type { PlannedConfigMap } from '../pipeline/plan/configmap.js';
import {
  markedDescription,
  ownerOfConfigMap,
  planConfigMap,
  plannedConfigMapDelete,
} from '../pipeline/plan/configmap.js';
import type { ManifestSource } from '../pipeline/load/load.js';
import { configMapRequest } from '../pipeline/compile/compile.js';
import { locationOf } from '../pipeline/plan/plan.js';
import type { ApplyResult } from './apply.js';
import { SaeError, toSaeError } from './errors.js';
import type { Session } from './session.js';

/**
 * Plan the ConfigMap manifests; with `prune`, also the set's ConfigMaps (by
 * their description's mark) that no manifest defines, in the namespaces
 * `namespaces` names (those the manifests use).
 */
export async function planConfigMaps(
  session: Session,
  items: readonly { source: ManifestSource; configMap: CompiledConfigMap }[],
  o: {
    set?: string;
    prune?: boolean;
    namespaces?: readonly { region: string; namespace: string }[];
    named?: ReadonlySet<string>;
  } = {},
): Promise<PlannedConfigMap[]> {
  const set = o.set ?? 'default';
  const listing = async (region: string, namespace: string) =>
    new Map(
      (await session.configMapsOf(region, namespace)).map((c) => [
        c.Name,
        {
          id: Number(c.ConfigMapId),
          description: c.Description ?? '',
          data: Object.fromEntries(
            Object.entries(c.Data ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
          ),
          users: (c.RelateApps ?? []).map((a) => a.AppName),
        },
      ]),
    );
  const out: PlannedConfigMap[] = [];
  for (const { source, configMap: cm } of items) {
    const p = planConfigMap(source.file, cm, (await listing(cm.region, cm.namespace)).get(cm.name), set);
    if (source.environment) p.environment = source.environment;
    out.push(p);
  }
  if (o.prune) {
    const defined = new Set(items.map(({ configMap: c }) => identityKey(c)));
    const places = new Map(
      [...items.map(({ configMap: c }) => ({ region: c.region, namespace: c.namespace })), ...(o.namespaces ?? [])].map(
        (x) => [placeKey(x), x],
      ),
    );
    for (const { region, namespace } of places.values()) {
      for (const [name, live] of await listing(region, namespace)) {
        if (
          ownerOfConfigMap(live.description) !== set ||
          defined.has(identityKey({ region, namespace, name })) ||
          o.named?.has(identityKey({ region, namespace, name }))
        )
          continue;
        out.push(plannedConfigMapDelete(name, namespace, region, live));
      }
    }
  }
  return out;
}

/** Create or update each changed ConfigMap; a failure is that ConfigMap's, not the others'. */
export async function applyConfigMaps(
  session: Session,
  planned: readonly PlannedConfigMap[],
  o: { set?: string; adopt?: boolean } = {},
): Promise<ApplyResult[]> {
  const results: ApplyResult[] = [];
  for (const p of planned) {
    const r: ApplyResult = {
      kind: 'ConfigMap',
      ...locationOf(p),
      name: `ConfigMap ${p.name}`,
      action: p.action,
      outcome: 'unchanged',
      steps: [],
    };
    results.push(r);
    if (p.action === 'unchanged') continue;
    if (p.ownership?.state === 'other') {
      Object.assign(r, {
        outcome: 'refused',
        error: `owned by the set ${p.ownership.set} (its description's mark), not this one: saejob leaves it alone`,
      });
      continue;
    }
    if (p.ownership?.state === 'unowned' && !o.adopt) {
      Object.assign(r, {
        outcome: 'refused',
        error:
          'not managed by saejob (no [saejob-set: …] mark in its description: made in the console?): apply --adopt takes it over',
      });
      continue;
    }
    const client = session.client(p.region);
    const data = JSON.stringify(p.configMap.data);
    const description = markedDescription(p.configMap.description, o.set ?? 'default');
    try {
      if (p.action === 'delete') {
        // SAE refuses to delete a ConfigMap a job uses; saying so first names the jobs.
        if (p.users?.length)
          throw new Error(`still used by ${p.users.join(', ')}: saejob does not delete it (SAE would refuse)`);
        await client.call('DeleteConfigMap', { ConfigMapId: p.id });
        session.forgetConfigMaps(p.region, p.namespace);
        r.steps.push(`DeleteConfigMap sent: ConfigMapId ${p.id} (no manifest defines it: --prune)`);
        r.outcome = 'deleted';
      } else if (p.action === 'create') {
        // The request compile shows, with the set's mark in the description and the secret values.
        const d = await client.send<{ ConfigMapId: number }>(configMapRequest({ ...p.configMap, description }, true));
        p.id = Number(d.ConfigMapId);
        session.forgetConfigMaps(p.region, p.namespace);
        r.steps.push(`CreateConfigMap sent: ConfigMapId ${p.id}`);
        r.outcome = 'created';
      } else {
        await client.call('UpdateConfigMap', { ConfigMapId: p.id, Description: description, Data: data });
        session.forgetConfigMaps(p.region, p.namespace);
        r.steps.push(
          `UpdateConfigMap sent (${p.changes.map((c) => c.key).join(', ')}): jobs see the new values from their next run`,
        );
        r.outcome = 'updated';
      }
    } catch (e) {
      if (e instanceof SaeError || !(e instanceof Error)) {
        r.outcome = 'failed';
        r.error = toSaeError(e).describe();
      } else Object.assign(r, { outcome: 'refused', error: e.message });
    }
  }
  return results;
}
