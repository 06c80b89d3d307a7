// The emulated account: jobs, change orders and runs, and the job operations
// on them. Time comes from `now()` so tests can drive it.
import { randomUUID } from 'node:crypto';
import { ApiError, notEmpty, obviously } from './errors.js';
import { checkJobParams } from './checks.js';

type Params = Record<string, string>;

export type ChangeOrderOutcome = 'succeed' | 'fail' | 'approval' | 'confirm';

export interface ChangeOrderRecord {
  ChangeOrderId: string;
  AppId: string;
  CoType: string;
  createdAt: number;
  durationMs: number;
  outcome: ChangeOrderOutcome;
}

export interface RunRecord {
  JobId: string;
  AppId: string;
  EventId?: string;
  startedAt: number;
  durationMs: number;
  outcome: 'succeed' | 'fail';
  replicas: number;
}

export interface JobRecord {
  AppId: string;
  RegionId: string;
  params: Params;
  Suspend: boolean;
  createdAt: number;
}

export interface ConfigMapRecord {
  ConfigMapId: number;
  Name: string;
  NamespaceId: string;
  Data?: Record<string, string>;
}

export interface StoreSnapshot {
  jobs: JobRecord[];
  changeOrders: ChangeOrderRecord[];
  runs: RunRecord[];
}

export interface BehaviourConfig {
  /** How long a change order takes from 0 to its end. */
  changeOrderMs: number;
  /** What change orders end in. */
  changeOrderOutcome: ChangeOrderOutcome;
  /** How long a run takes. */
  runMs: number;
  /** Job names whose runs fail. */
  failRuns: string[];
}

export interface StoreOptions {
  regionId: string;
  /** When set, other namespaces do not exist (InvalidNamespaceId.NotFound). */
  namespaces?: string[] | undefined;
  configMaps?: ConfigMapRecord[] | undefined;
  now?: () => number;
  behaviour: BehaviourConfig;
}

/** UpdateJob cannot change these (sae-job-api.md). */
export const IMMUTABLE_ON_UPDATE = ['AppName', 'NamespaceId', 'VpcId', 'VSwitchId', 'SecurityGroupId', 'AutoConfig', 'PackageType', 'Cpu', 'Memory', 'Workload', 'AppDescription'];
const CLEARABLE = new Set(['SlsConfigs', 'NasId', 'MountHost', 'MountDesc', 'TomcatConfig', 'PostStart', 'PreStop', 'Envs', 'CustomHostAlias', 'ConfigMapMountDesc', 'OssMountDescs', 'CommandArgs']);
const RUNNING_STATUSES = new Set([0, 1, 9, 12]);
const NUMBER_FIELDS = ['Cpu', 'Memory', 'Replicas', 'Timeout', 'BackoffLimit', 'TerminationGracePeriodSeconds'];
const BOOLEAN_FIELDS = ['Slice', 'EnableImageAccl'];

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export class Store {
  jobs = new Map<string, JobRecord>();
  changeOrders = new Map<string, ChangeOrderRecord>();
  runs: RunRecord[] = [];
  readonly now: () => number;

  constructor(readonly options: StoreOptions) {
    this.now = options.now ?? Date.now;
  }

  snapshot(): StoreSnapshot {
    return { jobs: [...this.jobs.values()], changeOrders: [...this.changeOrders.values()], runs: this.runs };
  }

  restore(s: StoreSnapshot): void {
    this.jobs = new Map(s.jobs.map((j) => [j.AppId, j]));
    this.changeOrders = new Map(s.changeOrders.map((c) => [c.ChangeOrderId, c]));
    this.runs = s.runs;
  }

  private job(appId: string | undefined): JobRecord {
    if (!appId) throw notEmpty('AppId');
    const job = this.jobs.get(appId);
    if (!job) throw new ApiError(404, 'InvalidAppId.NotFound', `The specified AppId does not exist: ${appId}.`);
    return job;
  }

  changeOrderStatus(co: ChangeOrderRecord): { Status: number; SubStatus: number; ErrorMessage: string } {
    const elapsed = this.now() - co.createdAt;
    const done = elapsed >= co.durationMs;
    if (co.outcome === 'approval') return { Status: 11, SubStatus: 0, ErrorMessage: '' };
    if (!done) return { Status: elapsed < co.durationMs / 5 ? 0 : 1, SubStatus: 0, ErrorMessage: '' };
    if (co.outcome === 'fail') return { Status: 3, SubStatus: 1, ErrorMessage: 'Batch 1 failed: instance health check failed (emulated failure).' };
    if (co.outcome === 'confirm') return { Status: 8, SubStatus: 0, ErrorMessage: '' };
    return { Status: 2, SubStatus: 0, ErrorMessage: '' };
  }

  private assertNoRunningChange(appId: string): void {
    for (const co of this.changeOrders.values()) {
      if (co.AppId === appId && RUNNING_STATUSES.has(this.changeOrderStatus(co).Status)) {
        throw new ApiError(400, 'Application.ChangerOrderRunning', 'An application change process is in progress. Please try again later.');
      }
    }
  }

  private newChangeOrder(appId: string, type: string, instant = false): string {
    const co: ChangeOrderRecord = {
      ChangeOrderId: randomUUID(),
      AppId: appId,
      CoType: type,
      createdAt: this.now(),
      durationMs: instant ? 0 : this.options.behaviour.changeOrderMs,
      outcome: instant ? 'succeed' : this.options.behaviour.changeOrderOutcome,
    };
    this.changeOrders.set(co.ChangeOrderId, co);
    return co.ChangeOrderId;
  }

  private namespaceOf(p: Params): string {
    const ns = p.NamespaceId || this.options.regionId;
    if (/[A-Z]/.test(ns)) throw new ApiError(400, 'InvalidNamespace.WithUppercase', 'This namespace does not support creating SAE apps because it contains uppercase letters.');
    if (!/^[a-z][a-z0-9-]*(:[a-z0-9][a-z0-9-]*)?$/.test(ns)) throw obviously('NamespaceId');
    if (this.options.namespaces && !this.options.namespaces.includes(ns) && ns !== this.options.regionId) {
      throw new ApiError(404, 'InvalidNamespaceId.NotFound', 'The specified NamespaceId does not exist.');
    }
    return ns;
  }

  private checkConfigMaps(p: Params): void {
    const known = this.options.configMaps;
    if (!known) return;
    const refs: { id: number; key?: string }[] = [];
    for (const name of ['Envs', 'ConfigMapMountDesc']) {
      for (const e of JSON.parse(p[name] || '[]') as { configMapId?: number; key?: string; valueFrom?: string }[]) {
        if (e.configMapId !== undefined) refs.push({ id: Number(e.configMapId), key: e.key === 'sae-sys-configmap-all' ? undefined : e.key });
      }
    }
    for (const r of refs) {
      const cm = known.find((c) => c.ConfigMapId === r.id);
      if (!cm) throw new ApiError(400, 'NotFound.ConfigMap', `The ConfigMap object (ID: ${r.id}) does not exist.`);
      if (r.key !== undefined && cm.Data && !(r.key in cm.Data)) throw new ApiError(400, 'NotFound.ConfigMapKey', `The key ${r.key} of ConfigMap object (ID: ${r.id}) does not exist.`);
    }
  }

  createJob(p: Params): { AppId: string; ChangeOrderId: string } {
    for (const name of ['AppName', 'PackageType', 'Replicas', 'Workload']) if (!p[name]) throw notEmpty(name);
    if (p.Workload !== 'job') throw obviously('Workload', 'it must be job');
    if (!/^[A-Za-z][A-Za-z0-9-]{0,35}$/.test(p.AppName!)) throw obviously('AppName', 'letters, digits and hyphens, starting with a letter, at most 36 characters');
    if ((p.AppDescription ?? '').length > 1024) throw obviously('AppDescription', 'at most 1024 characters');
    const ns = this.namespaceOf(p);
    checkJobParams(p);
    this.checkConfigMaps(p);
    for (const j of this.jobs.values()) {
      if (j.params.NamespaceId === ns && j.params.AppName === p.AppName) {
        throw new ApiError(400, 'Application.AlreadyExist', `An application named ${p.AppName} already exists in namespace ${ns}.`);
      }
    }
    const params: Params = { ...p, NamespaceId: ns };
    if (params.AutoConfig === 'true') {
      // SAE picks the network itself; DescribeJob then shows what it picked.
      params.VpcId = 'vpc-auto0000000000000000';
      params.VSwitchId = 'vsw-auto0000000000000000';
      params.SecurityGroupId = 'sg-auto00000000000000000';
    }
    const job: JobRecord = { AppId: randomUUID(), RegionId: ns.split(':')[0]!, params, Suspend: false, createdAt: this.now() };
    this.jobs.set(job.AppId, job);
    return { AppId: job.AppId, ChangeOrderId: this.newChangeOrder(job.AppId, 'CreateJob') };
  }

  updateJob(p: Params): { AppId: string; ChangeOrderId: string } {
    const job = this.job(p.AppId);
    for (const name of IMMUTABLE_ON_UPDATE) if (p[name] !== undefined) throw obviously(name, 'UpdateJob cannot change it');
    this.assertNoRunningChange(job.AppId);
    const next: Params = { ...job.params };
    for (const [k, v] of Object.entries(p)) {
      if (k === 'AppId') continue;
      if (CLEARABLE.has(k) && (v === '' || v === '[]' || v === '{}')) delete next[k];
      else next[k] = v;
    }
    checkJobParams(next);
    this.checkConfigMaps(next);
    job.params = next;
    return { AppId: job.AppId, ChangeOrderId: this.newChangeOrder(job.AppId, 'UpdateJob') };
  }

  deleteJob(p: Params): string {
    const job = this.job(p.AppId);
    this.assertNoRunningChange(job.AppId);
    this.jobs.delete(job.AppId);
    return this.newChangeOrder(job.AppId, 'DeleteJob', true);
  }

  suspendJob(p: Params): string {
    const job = this.job(p.AppId);
    if (p.Suspend !== 'true' && p.Suspend !== 'false') throw notEmpty('Suspend');
    job.Suspend = p.Suspend === 'true';
    return 'success';
  }

  describeJob(p: Params): Record<string, unknown> {
    const job = this.job(p.AppId);
    const params = job.params;
    const data: Record<string, unknown> = { AppId: job.AppId, RegionId: job.RegionId };
    for (const [k, v] of Object.entries(params)) {
      if (['Workload', 'OssAkSecret', 'AutoConfig', 'ConfigMapMountDesc', 'MountDesc'].includes(k)) continue;
      data[k] = NUMBER_FIELDS.includes(k) ? Number(v) : BOOLEAN_FIELDS.includes(k) ? v === 'true' : v;
    }
    // DescribeJob's quirks: these two come back as arrays with PascalCase keys,
    // OSS mounts as an array keeping camelCase, NAS also as NasConfigs.
    if (params.ConfigMapMountDesc) {
      data.ConfigMapMountDesc = (JSON.parse(params.ConfigMapMountDesc) as { configMapId: number; key: string; mountPath: string }[]).map((c) => ({
        ConfigMapId: c.configMapId,
        ConfigMapName: this.options.configMaps?.find((m) => m.ConfigMapId === Number(c.configMapId))?.Name ?? `configmap-${c.configMapId}`,
        Key: c.key,
        MountPath: c.mountPath,
      }));
    }
    if (params.MountDesc) {
      const mounts = JSON.parse(params.MountDesc) as { mountPath: string; nasPath: string }[];
      data.MountDesc = mounts.map((m) => ({ MountPath: m.mountPath, NasPath: m.nasPath }));
      data.NasConfigs = JSON.stringify(mounts.map((m) => ({ nasId: params.NasId, mountDomain: params.MountHost, mountPath: m.mountPath, nasPath: m.nasPath, readOnly: false })));
    }
    if (params.OssMountDescs) data.OssMountDescs = JSON.parse(params.OssMountDescs);
    // Like the API page's example, log configs come back with an empty logtailName.
    if (params.SlsConfigs) data.SlsConfigs = JSON.stringify((JSON.parse(params.SlsConfigs) as Record<string, unknown>[]).map((s) => ({ logtailName: '', ...s })));
    data.Suspend = job.Suspend;
    data.Tags = [];
    data.RefedAppIds = [];
    if (params.TriggerConfig && (JSON.parse(params.TriggerConfig) as { type?: string }).type === 'http') {
      data.PublicWebHookUrls = [`https://${job.AppId}.${job.RegionId}.sae-job.aliyuncs.com/trigger`];
      data.VpcWebHookUrls = [`https://${job.AppId}.${job.RegionId}-vpc.sae-job.aliyuncs.com/trigger`];
    }
    return data;
  }

  private lastRun(appId: string): RunRecord | undefined {
    return this.runs.filter((r) => r.AppId === appId).at(-1);
  }

  runStatus(run: RunRecord): Record<string, unknown> {
    const done = this.now() - run.startedAt >= run.durationMs;
    const state = !done ? '3' : run.outcome === 'succeed' ? '1' : '2';
    return {
      JobId: run.JobId,
      State: state,
      Active: done ? 0 : run.replicas,
      Succeeded: state === '1' ? run.replicas : 0,
      Failed: state === '2' ? run.replicas : 0,
      StartTime: iso(run.startedAt),
      CompletionTime: done ? iso(run.startedAt + run.durationMs) : '',
      Message: state === '2' ? 'BackoffLimitExceeded: the job reached its retry limit (emulated failure)' : state === '1' ? 'Succeeded' : 'Running',
    };
  }

  listJobs(p: Params): Record<string, unknown> {
    const page = p.CurrentPage ? Number(p.CurrentPage) : 1;
    const size = p.PageSize ? Number(p.PageSize) : 10;
    if (!Number.isInteger(page) || page < 1) throw obviously('CurrentPage');
    if (!Number.isInteger(size) || size < 1 || size > 200) throw obviously('PageSize', 'at most 200');
    if (p.Workload && p.Workload !== 'job') throw obviously('Workload');
    let jobs = [...this.jobs.values()].sort((a, b) => a.createdAt - b.createdAt || (a.AppId < b.AppId ? -1 : 1));
    if (p.NamespaceId) jobs = jobs.filter((j) => j.params.NamespaceId === p.NamespaceId);
    // Like the console's search box, the name filter is a substring match:
    // callers must check the exact name themselves.
    const nameFilter = p.AppName ?? (p.FieldType === 'appName' ? p.FieldValue : undefined);
    if (nameFilter) jobs = jobs.filter((j) => j.params.AppName!.includes(nameFilter));
    if (p.FieldType === 'appIds' && p.FieldValue) jobs = jobs.filter((j) => p.FieldValue!.split(',').includes(j.AppId));
    const slice = jobs.slice((page - 1) * size, page * size);
    return {
      Applications: slice.map((j) => {
        const last = this.lastRun(j.AppId);
        const st = last ? this.runStatus(last) : undefined;
        const co = [...this.changeOrders.values()].filter((c) => c.AppId === j.AppId).at(-1);
        return {
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
          CompletionTime: st?.CompletionTime ?? '',
          LastStartTime: st?.StartTime ?? '',
          LastJobState: st?.State ?? '0',
          LastChangeorderState: co ? String(this.changeOrderStatus(co).Status) : '',
          Message: st?.Message ?? '',
          Suspend: j.Suspend,
          Tags: [],
          TriggerConfig: j.params.TriggerConfig ?? '',
        };
      }),
      CurrentPage: page,
      PageSize: size,
      TotalSize: jobs.length,
    };
  }

  execJob(p: Params): string {
    const job = this.job(p.AppId);
    if (p.EventId) {
      const previous = this.runs.find((r) => r.AppId === job.AppId && r.EventId === p.EventId);
      if (previous) return previous.JobId;
    }
    if (p.Replicas !== undefined && !/^[1-9][0-9]*$/.test(p.Replicas)) throw obviously('Replicas');
    for (const name of ['Envs', 'CommandArgs']) {
      if (p[name]) {
        try {
          if (!Array.isArray(JSON.parse(p[name]!))) throw new Error();
        } catch {
          throw obviously(name, 'it must be a JSON list');
        }
      }
    }
    const b = this.options.behaviour;
    const run: RunRecord = {
      JobId: `${job.params.AppName}-${Math.floor(this.now() / 1000)}-${randomUUID().slice(0, 5)}`,
      AppId: job.AppId,
      startedAt: this.now(),
      durationMs: b.runMs,
      outcome: b.failRuns.includes(job.params.AppName!) ? 'fail' : 'succeed',
      replicas: Number(p.Replicas ?? job.params.Replicas ?? 1),
    };
    if (p.EventId) run.EventId = p.EventId;
    this.runs.push(run);
    return run.JobId;
  }

  describeJobStatus(p: Params): Record<string, unknown> {
    const job = this.job(p.AppId);
    if (!p.JobId) throw notEmpty('JobId');
    const run = this.runs.find((r) => r.AppId === job.AppId && r.JobId === p.JobId);
    if (!run) throw new ApiError(404, 'InvalidJobId.NotFound', `The specified JobId does not exist: ${p.JobId}.`);
    return this.runStatus(run);
  }

  describeJobHistory(p: Params): Record<string, unknown> {
    const job = this.job(p.AppId);
    const page = Number(p.CurrentPage ?? 1);
    const size = Number(p.PageSize ?? 10);
    let runs = this.runs.filter((r) => r.AppId === job.AppId).map((r) => this.runStatus(r)).reverse();
    if (p.State) runs = runs.filter((r) => r.State === p.State);
    return { Jobs: runs.slice((page - 1) * size, page * size), CurrentPage: page, PageSize: size, TotalSize: runs.length };
  }

  describeChangeOrder(p: Params): Record<string, unknown> {
    if (!p.ChangeOrderId) throw notEmpty('ChangeOrderId');
    const co = this.changeOrders.get(p.ChangeOrderId);
    if (!co) throw new ApiError(404, 'InvalidChangeOrder.NotFound', `The specified change order does not exist: ${p.ChangeOrderId}.`);
    const st = this.changeOrderStatus(co);
    return {
      ChangeOrderId: co.ChangeOrderId,
      AppId: co.AppId,
      CoType: co.CoType,
      ...st,
      CreateTime: iso(co.createdAt),
      FinishTime: [2, 3, 6, 10].includes(st.Status) ? iso(co.createdAt + co.durationMs) : '',
      BatchCount: 1,
      CurrentPipelineId: `${co.ChangeOrderId}-1`,
      Pipelines: [{ PipelineId: `${co.ChangeOrderId}-1`, PipelineName: 'Batch 1', Status: st.Status, BatchType: 0 }],
    };
  }

  listNamespacedConfigMaps(p: Params): Record<string, unknown> {
    const ns = p.NamespaceId;
    if (!ns) throw notEmpty('NamespaceId');
    return { ConfigMaps: (this.options.configMaps ?? []).filter((c) => c.NamespaceId === ns).map((c) => ({ ConfigMapId: c.ConfigMapId, Name: c.Name, NamespaceId: c.NamespaceId, Data: JSON.stringify(c.Data ?? {}) })) };
  }
}
