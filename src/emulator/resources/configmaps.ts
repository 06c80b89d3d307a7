// ConfigMaps of a namespace: list, create, update, delete (refused while a
// job uses one), describe.
import { ApiError, notEmpty } from '../errors.js';
import type { ConfigMapRecord, Params } from '../records.js';
import type { Store } from '../store.js';

export function listNamespacedConfigMaps(s: Store, p: Params): Record<string, unknown> {
  const ns = p.NamespaceId;
  if (!ns) throw notEmpty('NamespaceId');
  return {
    ConfigMaps: (s.options.configMaps ?? []).filter((c) => c.NamespaceId === ns).map((c) => configMapView(s, c)),
  };
}

function configMapView(s: Store, c: ConfigMapRecord): Record<string, unknown> {
  const users = s.visibleJobs().filter((j) => s.configMapRefs(j.params).some((r) => r.id === c.ConfigMapId));
  return {
    ConfigMapId: c.ConfigMapId,
    Name: c.Name,
    NamespaceId: c.NamespaceId,
    Description: c.Description ?? '',
    Data: c.Data ?? {},
    CreateTime: 0,
    UpdateTime: 0,
    RelateApps: users.map((j) => ({ AppId: j.AppId, AppName: j.params.AppName })),
  };
}

export function createConfigMap(s: Store, p: Params): { ConfigMapId: number } {
  if (!p.Name) throw notEmpty('Name');
  if (!p.NamespaceId) throw notEmpty('NamespaceId');
  if (!/^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$/.test(p.Name))
    throw new ApiError(
      400,
      'InvalidParameter',
      `The ConfigMap name ${p.Name} is not valid: lower-case letters, digits, - and ., at most 63.`,
    );
  s.options.configMaps ??= [];
  if (s.options.configMaps.some((c) => c.NamespaceId === p.NamespaceId && c.Name === p.Name))
    throw new ApiError(400, 'ConfigMap.Name.Exist', `A ConfigMap named ${p.Name} exists already in ${p.NamespaceId}.`);
  const id = Math.max(0, ...s.options.configMaps.map((c) => c.ConfigMapId)) + 1;
  s.options.configMaps.push({
    ConfigMapId: id,
    Name: p.Name,
    NamespaceId: p.NamespaceId,
    Description: p.Description ?? '',
    Data: s.configMapData(p.Data),
  });
  return { ConfigMapId: id };
}

export function updateConfigMap(s: Store, p: Params): { ConfigMapId: string } {
  const c = s.configMap(p.ConfigMapId);
  c.Data = s.configMapData(p.Data);
  if (p.Description !== undefined) c.Description = p.Description;
  return { ConfigMapId: String(c.ConfigMapId) };
}

/** Refused while a job uses it, as SAE refuses. */
export function deleteConfigMap(s: Store, p: Params): { ConfigMapId: number } {
  const c = s.configMap(p.ConfigMapId);
  const users = configMapView(s, c).RelateApps as { AppName: string }[];
  if (users.length)
    throw new ApiError(
      400,
      'ConfigMap.InUse',
      `The ConfigMap ${c.Name} is used by ${users.map((u) => u.AppName).join(', ')}.`,
    );
  s.options.configMaps = s.options.configMaps!.filter((m) => m !== c);
  return { ConfigMapId: c.ConfigMapId };
}

export function describeConfigMap(s: Store, p: Params): Record<string, unknown> {
  return configMapView(s, s.configMap(p.ConfigMapId));
}
