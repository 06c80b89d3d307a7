// Jobs: CreateJob, UpdateJob, DeleteJob, SuspendJob, DescribeJob, ListJobs,
// and --seed's jobs made long ago.

import { randomUUID } from 'node:crypto';
import { ApiError, notEmpty, obviously } from '../errors.js';
import { checkJobParams } from '../checks.js';
import {
  CHANGE_ORDER_SUCCEEDED,
  suspendParam,
  CREATE_ONLY_PARAMS,
  CLEARING_VALUES,
  JOB_PARAMS,
  describedShape,
  LAST_CHANGE_ORDER_STATE,
  MAX_PAGE_SIZE,
} from '../../contract/api.js';
import { DELETE_JOB_DATA, finished, type JobRecord, type Params } from '../records.js';
import type { Store } from '../store.js';

import { parseTags, tagList } from './tags.js';

const CO_TYPES: Record<string, string> = { CreateJob: 'CoCreateApp', UpdateJob: 'CoDeploy' };

/** A stored (string) parameter as DescribeJob types it. */
function described(name: string, value: string): unknown {
  const shape = describedShape(name);
  if (shape === 'number') return Number(value);
  if (shape === 'boolean') return value === 'true';
  const param = JOB_PARAMS.get(name);
  if (Array.isArray(shape) && param?.described) {
    const keys = Object.entries(param.described);
    return (JSON.parse(value) as Record<string, unknown>[]).map((item) =>
      Object.fromEntries(keys.map(([req, res]) => [res, item[req]])),
    );
  }
  return value;
}

/**
 * What DescribeJob shows of a job when SAE fills in its documented defaults
 * (the fillDefaults behaviour): the table's serverDefaults, resets and
 * read-back spellings, and the namespace's network.
 */
function withServerDefaults(params: Params, regionId: string): Params {
  const out: Params = { ...params };
  for (const p of JOB_PARAMS.values()) {
    const r = p.removal;
    if (r && 'reset' in r && out[p.name] === undefined) out[p.name] = String(r.reset);
    if (p.readsBackAs && out[p.name] === p.readsBackAs.sent) out[p.name] = p.readsBackAs.read;
    if (p.serverDefaults && out[p.name])
      out[p.name] = JSON.stringify({ ...p.serverDefaults.values, ...(JSON.parse(out[p.name]!) as object) });
  }
  const ns = (out.NamespaceId ?? regionId).replace(/[^a-z0-9]/g, '');
  out.VpcId ??= `vpc-${ns}`.slice(0, 24);
  out.VSwitchId ??= `vsw-${ns}`.slice(0, 24);
  out.SecurityGroupId ??= `sg-${ns}`.slice(0, 24);
  if (!out.ProgrammingLanguage) out.ProgrammingLanguage = 'other';
  return out;
}

/**
 * A job the account already had (--seed): made as CreateJob makes it, but
 * long ago, so its change order is over (succeeded) and a first plan does
 * not find it "still changing".
 */
export function seedJob(s: Store, p: Params, tags?: Record<string, string>): string {
  const { AppId, ChangeOrderId } = createJob(s, p);
  const co = s.changeOrders.get(ChangeOrderId)!;
  co.durationMs = 0;
  co.outcome = 'succeed';
  if (tags) s.jobs.get(AppId)!.tags = { ...tags };
  return AppId;
}

export function createJob(s: Store, p: Params): { AppId: string; ChangeOrderId: string } {
  for (const name of ['AppName', 'PackageType', 'Replicas', 'Workload']) if (!p[name]) throw notEmpty(name);
  if (p.Workload !== 'job') throw obviously('Workload', 'it must be job');
  if (!/^[A-Za-z][A-Za-z0-9-]{0,35}$/.test(p.AppName!))
    throw obviously('AppName', 'letters, digits and hyphens, starting with a letter, at most 36 characters');
  if ((p.AppDescription ?? '').length > 1024) throw obviously('AppDescription', 'at most 1024 characters');
  const ns = s.namespaceOf(p);
  checkJobParams(p);
  s.checkConfigMaps(p);
  for (const j of s.options.behaviour.allowDuplicateNames ? [] : s.visibleJobs()) {
    if (j.params.NamespaceId === ns && j.params.AppName === p.AppName) {
      // No duplicate-name code is documented; saejob must not depend on this one.
      throw new ApiError(
        400,
        'Application.AlreadyExist',
        `An application named ${p.AppName} already exists in namespace ${ns}.`,
      );
    }
  }
  // The SDK text: with AutoConfig SAE ignores NamespaceId; the job lands in the region's default namespace.
  const params: Params = {
    ...p,
    NamespaceId: p.AutoConfig === 'true' && s.options.behaviour.autoConfigIgnoresNamespace ? s.options.regionId : ns,
  };
  if (params.AutoConfig === 'true') {
    // SAE picks the network itself; DescribeJob then shows what it picked.
    params.VpcId = 'vpc-auto0000000000000000';
    params.VSwitchId = 'vsw-auto0000000000000000';
    params.SecurityGroupId = 'sg-auto00000000000000000';
  }
  const job: JobRecord = {
    AppId: randomUUID(),
    RegionId: ns.split(':')[0]!,
    params,
    Suspend: false,
    createdAt: s.now(),
  };
  s.jobs.set(job.AppId, job);
  return { AppId: job.AppId, ChangeOrderId: s.newChangeOrder(job.AppId, CO_TYPES.CreateJob!) };
}

export function updateJob(s: Store, p: Params): { AppId: string; ChangeOrderId: string } {
  const job = s.liveJob(p.AppId);
  for (const name of CREATE_ONLY_PARAMS) if (p[name] !== undefined) throw obviously(name, 'UpdateJob cannot change it');
  s.assertNoRunningChange(job.AppId);
  const next: Params = { ...job.params };
  for (const [k, v] of Object.entries(p)) {
    if (k === 'AppId' || s.options.behaviour.ignoreOnUpdate.includes(k)) continue;
    if (k in CLEARING_VALUES && (v === '' || v === '[]' || v === '{}')) delete next[k];
    else next[k] = v;
  }
  checkJobParams(next);
  s.checkConfigMaps(next);
  job.params = next;
  return { AppId: job.AppId, ChangeOrderId: s.newChangeOrder(job.AppId, CO_TYPES.UpdateJob!) };
}

/** DeleteJob: no change order; the job disappears `deleteMs` later. */
export function deleteJob(s: Store, p: Params): string {
  const job = s.job(p.AppId);
  if (job.deletedAt === undefined) {
    s.assertNoRunningChange(job.AppId);
    job.deletedAt = s.now();
    s.purgeDeleted();
  }
  return DELETE_JOB_DATA;
}

export function suspendJob(s: Store, p: Params): string {
  const job = s.liveJob(p.AppId);
  if (p.Suspend !== 'true' && p.Suspend !== 'false') throw notEmpty('Suspend');
  const flag = p.Suspend === 'true';
  const to = suspendParam(true, s.options.behaviour.suspendPolarity) === flag;
  if (s.options.behaviour.suspendAfterReads > 0)
    job.pendingSuspend = { to, reads: s.options.behaviour.suspendAfterReads };
  else job.Suspend = to;
  return 'success';
}

export function describeJob(s: Store, p: Params): Record<string, unknown> {
  const job = s.job(p.AppId);
  if (job.pendingSuspend && --job.pendingSuspend.reads <= 0) {
    job.Suspend = job.pendingSuspend.to;
    delete job.pendingSuspend;
  }
  const params = s.options.behaviour.fillDefaults ? withServerDefaults(job.params, s.options.regionId) : job.params;
  const data: Record<string, unknown> = { AppId: job.AppId, RegionId: job.RegionId };
  // What DescribeJob returns is what the contract's DescribeJob lists: request-only
  // parameters (EnableImageAccl, AutoConfig, Workload) are not among them.
  for (const [k, v] of Object.entries(params)) if (describedShape(k) !== undefined) data[k] = described(k, v);
  if (Array.isArray(data.ConfigMapMountDesc)) {
    for (const c of data.ConfigMapMountDesc as Record<string, unknown>[])
      c.ConfigMapName =
        s.options.configMaps?.find((m) => m.ConfigMapId === Number(c.ConfigMapId))?.Name ??
        `configmap-${String(c.ConfigMapId)}`;
  }
  // The older NAS parameters are also reported in the newer form.
  if (params.MountDesc && !params.NasConfigs) {
    const mounts = JSON.parse(params.MountDesc) as { mountPath: string; nasPath: string }[];
    data.NasConfigs = JSON.stringify(
      mounts.map((m) => ({
        mountPath: m.mountPath,
        readOnly: false,
        nasId: params.NasId,
        mountDomain: params.MountHost,
        nasPath: m.nasPath,
      })),
    );
  }
  // Like the API page's example, log configs come back with an empty logtailName.
  if (params.SlsConfigs)
    data.SlsConfigs = JSON.stringify(
      (JSON.parse(params.SlsConfigs) as Record<string, unknown>[]).map((s) => ({ logtailName: '', ...s })),
    );
  data.Suspend = job.Suspend;
  data.Tags = tagList(job);
  data.RefedAppIds = [];
  if (params.TriggerConfig && (JSON.parse(params.TriggerConfig) as { type?: string }).type === 'http') {
    data.PublicWebHookUrls = [`https://${job.AppId}.${job.RegionId}.sae-job.aliyuncs.com/trigger`];
    data.VpcWebHookUrls = [`https://${job.AppId}.${job.RegionId}-vpc.sae-job.aliyuncs.com/trigger`];
  }
  return data;
}

export function listJobs(s: Store, p: Params): Record<string, unknown> {
  const page = p.CurrentPage ? Number(p.CurrentPage) : 1;
  const size = p.PageSize ? Number(p.PageSize) : 10;
  if (!Number.isInteger(page) || page < 1) throw obviously('CurrentPage');
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw obviously('PageSize', `at most ${MAX_PAGE_SIZE}`);
  if (p.Workload && p.Workload !== 'job') throw obviously('Workload');
  let jobs = s.visibleJobs().sort((a, b) => a.createdAt - b.createdAt || (a.AppId < b.AppId ? -1 : 1));
  if (p.NamespaceId) jobs = jobs.filter((j) => j.params.NamespaceId === p.NamespaceId);
  // Like the console's search box, the name filter is a substring match:
  // callers must check the exact name themselves.
  const nameFilter = p.AppName ?? (p.FieldType === 'appName' ? p.FieldValue : undefined);
  if (nameFilter) jobs = jobs.filter((j) => j.params.AppName!.includes(nameFilter));
  if (p.FieldType === 'appIds' && p.FieldValue) jobs = jobs.filter((j) => p.FieldValue!.split(',').includes(j.AppId));
  // Tags: [{"key":"k","value":"v"}], every one must match.
  if (p.Tags) {
    const wanted = parseTags(p.Tags, 'Tags');
    jobs = jobs.filter((j) => wanted.every((t) => j.tags?.[t.key] === t.value));
  }
  const slice = jobs.slice((page - 1) * size, page * size);
  return {
    Applications: slice.map((j) => {
      const last = s.lastRun(j.AppId);
      const st = last ? s.runStatus(last) : undefined;
      const co = s.lastChangeOrder(j.AppId);
      const coStatus = co && s.changeOrderStatus(co);
      const item: Record<string, unknown> = {
        AppId: j.AppId,
        AppName: j.params.AppName,
        AppDescription: j.params.AppDescription ?? '',
        NamespaceId: j.params.NamespaceId,
        RegionId: j.RegionId,
        ImageUrl: j.params.ImageUrl ?? '',
        Cpu: Number(j.params.Cpu ?? 0),
        Mem: Number(j.params.Memory ?? 0),
        Active: st?.Active ?? 0,
        Succeeded: st?.Succeeded ?? 0,
        Failed: st?.Failed ?? 0,
        LastJobState: st?.State ?? '0',
        Message: st?.Message ?? '',
        Suspend: j.Suspend,
        Tags: tagList(j),
        TriggerConfig: j.params.TriggerConfig ?? '',
      };
      if (st) item.LastStartTime = st.StartTime;
      if (st?.CompletionTime !== undefined) item.CompletionTime = st.CompletionTime;
      // "1" the last change order succeeded, "0" it failed; nothing while it runs.
      if (coStatus && finished(coStatus.Status))
        item.LastChangeorderState =
          coStatus.Status === CHANGE_ORDER_SUCCEEDED
            ? LAST_CHANGE_ORDER_STATE.succeeded
            : LAST_CHANGE_ORDER_STATE.failed;
      return item;
    }),
    CurrentPage: page,
    PageSize: size,
    TotalSize: jobs.length,
  };
}
