// The live side: find jobs by (namespace, name) with one paged listing per
// namespace, and normalise what DescribeJob returns so that an unchanged
// manifest compares equal to it.
import type { SaeClient } from './client.js';
import type { Params, ParamValue } from '../pipeline/compile.js';
import { BOOLEAN_PARAMS, JOB_PARAMS, JSON_PARAMS, LAST_CHANGE_ORDER_STATE, MAX_PAGE_SIZE, NUMBER_PARAMS } from './api.js';
import { pushAll } from '../pipeline/collections.js';

export interface ListedJob {
  AppId: string;
  AppName: string;
  NamespaceId: string;
  LastChangeorderState?: string;
  Suspend?: boolean;
}

export const PAGE_SIZE = MAX_PAGE_SIZE;

/** Every job of a namespace (all pages). */
export async function listNamespaceJobs(client: SaeClient, namespace: string, appName?: string): Promise<ListedJob[]> {
  const out: ListedJob[] = [];
  for (let page = 1; ; page++) {
    const data = await client.call<{ Applications?: ListedJob[]; TotalSize?: number }>('ListJobs', { Workload: 'job', NamespaceId: namespace, AppName: appName, CurrentPage: page, PageSize: PAGE_SIZE });
    const apps = data.Applications ?? [];
    pushAll(out, apps);
    if (apps.length < PAGE_SIZE || out.length >= (data.TotalSize ?? 0)) break;
  }
  // SAE's name filter is not an exact match: check the name and namespace here.
  return out.filter((j) => j.NamespaceId === namespace && (appName === undefined || j.AppName === appName));
}

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
  if (typeof value === 'number' && JOB_PARAMS.get(name)?.type === 'string') return String(value);
  return value;
}

/**
 * DescribeJob's Data as CreateJob parameters: the lists DescribeJob returns
 * in its own spelling mapped back to the request's JSON strings, and
 * everything that is not a job parameter (AppId, Tags, web-hook URLs, ...)
 * left out.
 */
export function describedParams(d: Record<string, unknown>): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(d)) {
    const param = JOB_PARAMS.get(k);
    if (!param || k === 'AppId' || v === undefined || v === null) continue;
    if (param.described && Array.isArray(v)) {
      const keys = Object.entries(param.described);
      out[k] = JSON.stringify(v.map((item: Record<string, unknown>) => Object.fromEntries(keys.map(([req, res]) => [req, item?.[res]]))));
    } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v as ParamValue;
  }
  return out;
}

export interface LiveJob {
  appId: string;
  params: Params;
  suspend: boolean;
  /** The job's last change order, when it failed or has not ended: the job may not be as DescribeJob shows it. */
  lastChangeOrder?: LastChangeOrder;
}

export interface LastChangeOrder {
  state: 'failed' | 'running';
  changeOrderId?: string;
}

const CHANGE_ORDER_ENDED_WELL = 2;
const CHANGE_ORDER_FAILED = new Set([3, 6, 10]);

/**
 * How the job's last change order ended, from its listing: `LastChangeorderState`
 * "1" (succeeded: nothing more to ask, the common case) or "0" (failed);
 * anything else — none yet, or one still running — costs one ListChangeOrders.
 */
export async function lastChangeOrder(client: SaeClient, listed: ListedJob): Promise<LastChangeOrder | undefined> {
  if (listed.LastChangeorderState === LAST_CHANGE_ORDER_STATE.succeeded) return undefined;
  if (listed.LastChangeorderState === LAST_CHANGE_ORDER_STATE.failed) return { state: 'failed' };
  const d = await client.call<{ ChangeOrderList?: { ChangeOrderId: string; Status: number; CreateTime?: string }[] }>('ListChangeOrders', { AppId: listed.AppId, CurrentPage: 1, PageSize: 10 });
  const newest = [...(d?.ChangeOrderList ?? [])].sort((a, b) => String(b.CreateTime ?? '').localeCompare(String(a.CreateTime ?? '')))[0];
  if (!newest || Number(newest.Status) === CHANGE_ORDER_ENDED_WELL) return undefined;
  return { state: CHANGE_ORDER_FAILED.has(Number(newest.Status)) ? 'failed' : 'running', changeOrderId: newest.ChangeOrderId };
}

export async function describeLiveJob(client: SaeClient, appId: string): Promise<LiveJob> {
  const d = await client.call<Record<string, unknown>>('DescribeJob', { AppId: appId });
  return { appId, params: describedParams(d), suspend: d.Suspend === true || d.Suspend === 'true' };
}
