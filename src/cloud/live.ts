// The live side: find jobs by (namespace, name) with one paged listing per
// namespace, and normalise what DescribeJob returns so that an unchanged
// manifest compares equal to it.
import type { SaeClient } from './client.js';
import { JSON_PARAMS, type Params, type ParamValue } from '../compile.js';

export interface ListedJob {
  AppId: string;
  AppName: string;
  NamespaceId: string;
  LastChangeorderState?: string;
  Suspend?: boolean;
}

export const PAGE_SIZE = 200;

/** Every job of a namespace (all pages). */
export async function listNamespaceJobs(client: SaeClient, namespace: string, appName?: string): Promise<ListedJob[]> {
  const out: ListedJob[] = [];
  for (let page = 1; ; page++) {
    const data = await client.call<{ Applications?: ListedJob[]; TotalSize?: number }>('ListJobs', { Workload: 'job', NamespaceId: namespace, AppName: appName, CurrentPage: page, PageSize: PAGE_SIZE });
    const apps = data.Applications ?? [];
    out.push(...apps);
    if (apps.length < PAGE_SIZE || out.length >= (data.TotalSize ?? 0)) break;
  }
  // SAE's name filter is not an exact match: check the name and namespace here.
  return out.filter((j) => j.NamespaceId === namespace && (appName === undefined || j.AppName === appName));
}

const NUMBER_PARAMS = new Set(['Replicas', 'Cpu', 'Memory', 'Timeout', 'BackoffLimit', 'TerminationGracePeriodSeconds']);
const BOOLEAN_PARAMS = new Set(['Slice', 'AutoConfig', 'EnableImageAccl']);

/** A comparable value: JSON strings parsed, empties as undefined, numbers as numbers. */
export function normaliseParam(name: string, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (JSON_PARAMS.has(name) && typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return value;
    }
  }
  if (Array.isArray(value) && value.length === 0) return undefined;
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return undefined;
  if (NUMBER_PARAMS.has(name)) return Number(value);
  if (BOOLEAN_PARAMS.has(name)) return value === true || value === 'true';
  if (typeof value === 'number' && ['ImagePullSecrets', 'PackageVersion'].includes(name)) return String(value);
  return value;
}

/** DescribeJob's Data as CreateJob parameters: PascalCase arrays mapped back, JSON kept as JSON strings. */
export function describedParams(d: Record<string, unknown>): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(d)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v as ParamValue;
  }
  const cm = d.ConfigMapMountDesc as { ConfigMapId: number; Key: string; MountPath: string }[] | undefined;
  if (Array.isArray(cm)) out.ConfigMapMountDesc = JSON.stringify(cm.map((c) => ({ configMapId: Number(c.ConfigMapId), key: c.Key, mountPath: c.MountPath })));
  const nas = d.MountDesc as { MountPath: string; NasPath: string }[] | undefined;
  if (Array.isArray(nas)) out.MountDesc = JSON.stringify(nas.map((n) => ({ mountPath: n.MountPath, nasPath: n.NasPath })));
  const oss = d.OssMountDescs as { bucketName: string; bucketPath: string; mountPath: string; readOnly?: boolean }[] | undefined;
  if (Array.isArray(oss)) out.OssMountDescs = JSON.stringify(oss.map((o) => ({ bucketName: o.bucketName, bucketPath: o.bucketPath, mountPath: o.mountPath, readOnly: o.readOnly ?? false })));
  for (const k of ['AppId', 'RegionId', 'Suspend', 'NasConfigs', 'Tags', 'RefedAppIds', 'PublicWebHookUrls', 'VpcWebHookUrls']) delete out[k];
  return out;
}

export interface LiveJob {
  appId: string;
  params: Params;
  suspend: boolean;
}

export async function describeLiveJob(client: SaeClient, appId: string): Promise<LiveJob> {
  const d = await client.call<Record<string, unknown>>('DescribeJob', { AppId: appId });
  return { appId, params: describedParams(d), suspend: d.Suspend === true || d.Suspend === 'true' };
}
