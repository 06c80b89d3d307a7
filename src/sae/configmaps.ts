// ConfigMap manifests against the account: one ListNamespacedConfigMaps per
// namespace to plan them, CreateConfigMap / UpdateConfigMap (JSON bodies) to
// apply them, before the jobs that use them.
import type { CompiledConfigMap, LiveConfigMap, PlannedConfigMap } from '../pipeline/configmaps.js';
import { planConfigMap } from '../pipeline/configmaps.js';
import type { ManifestSource } from '../pipeline/load.js';
import type { ApplyResult } from './apply.js';
import { toSaeError } from './errors.js';
import type { Session } from './session.js';

export async function planConfigMaps(session: Session, items: readonly { source: ManifestSource; configMap: CompiledConfigMap }[]): Promise<PlannedConfigMap[]> {
  const listings = new Map<string, Promise<Map<string, LiveConfigMap>>>();
  const listing = (region: string, namespace: string) => {
    const key = `${region}\0${namespace}`;
    let l = listings.get(key);
    if (!l) {
      l = session
        .client(region)
        .call<{ ConfigMaps?: { ConfigMapId: number; Name: string; Description?: string; Data?: Record<string, unknown>; RelateApps?: { AppName: string }[] }[] }>('ListNamespacedConfigMaps', { NamespaceId: namespace })
        .then((d) => new Map((d?.ConfigMaps ?? []).map((c) => [c.Name, { id: Number(c.ConfigMapId), description: c.Description ?? '', data: Object.fromEntries(Object.entries(c.Data ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])), users: (c.RelateApps ?? []).map((a) => a.AppName) }])));
      listings.set(key, l);
    }
    return l;
  };
  const out: PlannedConfigMap[] = [];
  for (const { source, configMap: cm } of items) {
    const p = planConfigMap(source.file, cm, (await listing(cm.region, cm.namespace)).get(cm.name));
    if (source.environment) p.environment = source.environment;
    out.push(p);
  }
  return out;
}

/** Create or update each changed ConfigMap; a failure is that ConfigMap's, not the others'. */
export async function applyConfigMaps(session: Session, planned: readonly PlannedConfigMap[]): Promise<ApplyResult[]> {
  const results: ApplyResult[] = [];
  for (const p of planned) {
    const r: ApplyResult = { file: p.file, name: `ConfigMap ${p.name}`, namespace: p.namespace, region: p.region, ...(p.environment ? { environment: p.environment } : {}), action: p.action, outcome: 'unchanged', steps: [] };
    results.push(r);
    if (p.action === 'unchanged') continue;
    const client = session.client(p.region);
    const data = JSON.stringify(p.configMap.data);
    try {
      if (p.action === 'create') {
        const d = await client.call<{ ConfigMapId: number }>('CreateConfigMap', { Name: p.name, NamespaceId: p.namespace, Description: p.configMap.description }, { Data: data });
        p.id = Number(d.ConfigMapId);
        r.steps.push(`CreateConfigMap sent: ConfigMapId ${p.id}`);
        r.outcome = 'created';
      } else {
        await client.call('UpdateConfigMap', { ConfigMapId: p.id, Description: p.configMap.description ?? '' }, { Data: data });
        r.steps.push(`UpdateConfigMap sent (${p.changes.map((c) => c.key).join(', ')}): jobs see the new values from their next run`);
        r.outcome = 'updated';
      }
    } catch (e) {
      r.outcome = 'failed';
      r.error = toSaeError(e).describe();
    }
  }
  return results;
}
