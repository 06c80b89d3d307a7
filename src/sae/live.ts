// The live side: find jobs by (namespace, name) with one paged listing per
// namespace, read a job (DescribeJob) and how its last change order ended.
// Making what DescribeJob returns comparable is pure: pipeline/live-job.ts.
import type { CallOptions, SaeClient } from './client.js';
import {
  CHANGE_ORDER_FAILED,
  CHANGE_ORDER_SUCCEEDED,
  LAST_CHANGE_ORDER_STATE,
  MAX_PAGE_SIZE,
} from '../contract/api.js';
import { describedParams, liveTags, type LastChangeOrder, type LiveJob } from '../pipeline/plan/live-job.js';

export type { LastChangeOrder, LiveJob };
import { pushAll } from '../pipeline/collections.js';
import type { WebhookUrl } from '../pipeline/plan/apply-result.js';

export interface ListedJob {
  AppId: string;
  AppName: string;
  NamespaceId: string;
  LastChangeorderState?: string;
  Suspend?: boolean;
  /** A JSON string: `{"type":"time",…}` or `{"type":"http",…}`. */
  TriggerConfig?: string;
  Tags?: { Key: string; Value: string }[];
  ImageUrl?: string;
  /** Unix seconds. */
  LastStartTime?: number;
  /** "0" not run, "1" succeeded, "2" failed, "3" running. */
  LastJobState?: string;
  RegionId?: string;
}

/** Every job of a region that carries a tag (all pages, every namespace): what prune looks at. */
export async function listTaggedJobs(client: SaeClient, key: string, value: string): Promise<ListedJob[]> {
  const out: ListedJob[] = [];
  for (let page = 1; ; page++) {
    const data = await client.call<{ Applications?: ListedJob[]; TotalSize?: number }>('ListJobs', {
      Workload: 'job',
      Tags: JSON.stringify([{ key, value }]),
      CurrentPage: page,
      PageSize: MAX_PAGE_SIZE,
    });
    const apps = data.Applications ?? [];
    pushAll(out, apps);
    if (apps.length < MAX_PAGE_SIZE || out.length >= (data.TotalSize ?? 0)) break;
  }
  // Whether SAE's tag filter is exact is not documented: check the tag here.
  return out.filter((j) => (j.Tags ?? []).some((t) => t.Key === key && t.Value === value));
}

/** Every job of a region, every namespace (all pages): what `saejob list --region` shows. */
export async function listRegionJobs(client: SaeClient): Promise<ListedJob[]> {
  const out: ListedJob[] = [];
  for (let page = 1; ; page++) {
    const data = await client.call<{ Applications?: ListedJob[]; TotalSize?: number }>('ListJobs', {
      Workload: 'job',
      CurrentPage: page,
      PageSize: MAX_PAGE_SIZE,
    });
    const apps = data.Applications ?? [];
    pushAll(out, apps);
    if (apps.length < MAX_PAGE_SIZE || out.length >= (data.TotalSize ?? 0)) break;
  }
  return out;
}

/** Every job of a namespace (all pages). */
export async function listNamespaceJobs(
  client: SaeClient,
  namespace: string,
  appName?: string,
  opts: CallOptions = {},
): Promise<ListedJob[]> {
  const out: ListedJob[] = [];
  for (let page = 1; ; page++) {
    const data = await client.call<{ Applications?: ListedJob[]; TotalSize?: number }>(
      'ListJobs',
      { Workload: 'job', NamespaceId: namespace, AppName: appName, CurrentPage: page, PageSize: MAX_PAGE_SIZE },
      opts,
    );
    const apps = data.Applications ?? [];
    pushAll(out, apps);
    if (apps.length < MAX_PAGE_SIZE || out.length >= (data.TotalSize ?? 0)) break;
  }
  // SAE's name filter is not an exact match: check the name and namespace here.
  return out.filter((j) => j.NamespaceId === namespace && (appName === undefined || j.AppName === appName));
}

/**
 * The newest change order of a job: how a change order whose ID was lost
 * with a CreateJob response is found again, and how plan learns whether one
 * still runs. Undefined when SAE lists none. ListChangeOrders documents
 * OrderBy and Reverse but no default order, so the newest is asked for
 * first (createTime, Reverse=true), the page sorted by CreateTime here, and
 * when the page is oldest-first and there are more (SAE ignored the order)
 * the last page is read too: at most two calls.
 */
export async function newestChangeOrder(
  client: SaeClient,
  appId: string,
): Promise<{ ChangeOrderId: string; Status: number } | undefined> {
  type Order = { ChangeOrderId: string; Status: number; CreateTime?: string };
  const page = (n: number) =>
    client.call<{ ChangeOrderList?: Order[]; TotalSize?: number }>('ListChangeOrders', {
      AppId: appId,
      CurrentPage: n,
      PageSize: CHANGE_ORDER_PAGE,
      OrderBy: 'createTime',
      Reverse: true,
    });
  const newestOf = (list: readonly Order[]) =>
    [...list].sort((a, b) => String(b.CreateTime ?? '').localeCompare(String(a.CreateTime ?? '')))[0];
  const first = await page(1);
  const list = first?.ChangeOrderList ?? [];
  const total = first?.TotalSize ?? list.length;
  const ascending = list.length > 1 && String(list[0]!.CreateTime ?? '') < String(list.at(-1)!.CreateTime ?? '');
  if (!ascending || total <= list.length) return newestOf(list);
  const last = await page(Math.ceil(total / CHANGE_ORDER_PAGE));
  return newestOf([...list, ...(last?.ChangeOrderList ?? [])]);
}

/** Change orders a ListChangeOrders page asks for. */
const CHANGE_ORDER_PAGE = 10;

/**
 * How the job's last change order ended, from its listing: `LastChangeorderState`
 * "1" (succeeded: nothing more to ask, the common case) or "0" (failed);
 * anything else — none yet, or one still running — costs one ListChangeOrders.
 */
export async function lastChangeOrder(client: SaeClient, listed: ListedJob): Promise<LastChangeOrder | undefined> {
  if (listed.LastChangeorderState === LAST_CHANGE_ORDER_STATE.succeeded) return undefined;
  if (listed.LastChangeorderState === LAST_CHANGE_ORDER_STATE.failed) return { state: 'failed' };
  const newest = await newestChangeOrder(client, listed.AppId);
  if (!newest || Number(newest.Status) === CHANGE_ORDER_SUCCEEDED) return undefined;
  return {
    state: Number(newest.Status) in CHANGE_ORDER_FAILED ? 'failed' : 'running',
    changeOrderId: newest.ChangeOrderId,
  };
}

export async function describeLiveJob(client: SaeClient, appId: string, opts: CallOptions = {}): Promise<LiveJob> {
  const d = await client.call<Record<string, unknown>>('DescribeJob', { AppId: appId }, opts);
  return {
    appId,
    params: describedParams(d),
    suspend: d.Suspend === true || d.Suspend === 'true',
    tags: liveTags(d.Tags),
  };
}

/** Whether a job's TriggerConfig makes it HTTP-triggered (DescribeJob then names its URLs). */
export const isHttpTriggered = (triggerConfig: unknown) =>
  typeof triggerConfig === 'string' && /"type"\s*:\s*"http"/.test(triggerConfig);

/** DescribeJob's PublicWebHookUrls and VpcWebHookUrls. */
export function webhookUrls(described: unknown): WebhookUrl[] {
  const d = (described ?? {}) as { PublicWebHookUrls?: unknown; VpcWebHookUrls?: unknown };
  const list = (v: unknown) =>
    Array.isArray(v) ? v.filter((u): u is string => typeof u === 'string' && u !== '') : [];
  return [
    ...list(d.PublicWebHookUrls).map((url) => ({ url, network: 'public' as const })),
    ...list(d.VpcWebHookUrls).map((url) => ({ url, network: 'VPC' as const })),
  ];
}
