// The emulated account: jobs, change orders and runs, and the job operations
// on them. Time comes from `now()` so tests can drive it.
import { randomUUID } from 'node:crypto';
import { ApiError, notEmpty, obviously } from './errors.js';
import { checkJobParams } from './checks.js';
import {
  CHANGE_ORDER_FAILED,
  CHANGE_ORDER_RUNNING,
  CHANGE_ORDER_SUCCEEDED,
  suspendParam,
  type SuspendPolarity,
  CREATE_ONLY_PARAMS,
  CLEARING_VALUES,
  JOB_PARAMS,
  describedShape,
  LAST_CHANGE_ORDER_STATE,
  MAX_PAGE_SIZE,
  SUB_STATUS_BATCH_FAILED,
  RESERVED_TAG_PREFIXES,
  TAG_RESOURCE_TYPE,
  MAX_TAGGED_RESOURCES,
} from '../contract/api.js';

type Params = Record<string, string>;

/** `batch-failed`: a batch fails and the order stays in progress (SubStatus 1) until someone rolls it back. */
export type ChangeOrderOutcome = 'succeed' | 'fail' | 'batch-failed' | 'approval' | 'confirm';

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
  /** DeleteJob was called at this time; the job is gone `deleteMs` later. */
  deletedAt?: number;
  /** Tags set with TagResources (SAE's own `acs:` tag is added when they are listed). */
  tags?: Record<string, string>;
  /** A SuspendJob not yet in effect (suspendAfterReads): the state, and the reads left until then. */
  pendingSuspend?: { to: boolean; reads: number };
}

export interface ConfigMapRecord {
  ConfigMapId: number;
  Name: string;
  NamespaceId: string;
  Description?: string;
  Data?: Record<string, string>;
}

export interface SecretRecord {
  SecretId: number;
  SecretName: string;
  NamespaceId: string;
  SecretType?: string;
}

export interface StoreSnapshot {
  jobs: JobRecord[];
  changeOrders: ChangeOrderRecord[];
  runs: RunRecord[];
  /** ConfigMaps as they are now (created, changed, deleted through the API). */
  configMaps?: ConfigMapRecord[];
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
  /** Job names whose ExecJob answers `Success: "false"`. */
  refuseRuns: string[];
  /** How long a deleted job stays visible (DeleteJob's timing is not documented). */
  deleteMs: number;
  /** What `Suspend=true` does here; the real meaning is contested (see SuspendPolarity). */
  suspendPolarity: SuspendPolarity;
  // Each unknown of SAE's behaviour, played both ways (docs/sae-compatibility.md, Verified against).
  /** Where a business error code travels: `Code`, or `ErrorCode` with `Code` the HTTP status. */
  errorCodeField: 'Code' | 'ErrorCode';
  /** DescribeJob fills in SAE's documented defaults for what a job was created without. */
  fillDefaults: boolean;
  /** UpdateJob parameters accepted and silently not applied. */
  ignoreOnUpdate: string[];
  /** SuspendJob takes effect only after this many DescribeJob reads of the job (a slow SAE). */
  suspendAfterReads: number;
  /** With AutoConfig=true the job lands in the region's default namespace (the SDK text). */
  autoConfigIgnoresNamespace: boolean;
  /** ListChangeOrders lists oldest first, whatever OrderBy and Reverse ask. */
  changeOrdersOldestFirst: boolean;
  /** A request whose query string is longer is refused by the gateway (an HTML 414); 0: no limit. */
  maxQueryBytes: number;
  /** CreateJob takes a name its namespace already has (whether SAE refuses it is not documented). */
  allowDuplicateNames: boolean;
}

export interface StoreOptions {
  regionId: string;
  /** When set, other namespaces do not exist (InvalidNamespaceId.NotFound). */
  namespaces?: string[] | undefined;
  configMaps?: ConfigMapRecord[] | undefined;
  /** Image-pull Secrets (ListSecrets). */
  secrets?: SecretRecord[] | undefined;
  now?: () => number;
  behaviour: BehaviourConfig;
}

/** Ended, well or badly (what LastChangeorderState and FinishTime report). */
const finished = (status: number) => status === CHANGE_ORDER_SUCCEEDED || status in CHANGE_ORDER_FAILED;
/** DeleteJob's `Data`, as the contract and the Corrections give it. */
export const DELETE_JOB_DATA = '{"msg":"","code":200,"success":true}';

/** Run times are Unix seconds. */
const unixSeconds = (ms: number) => Math.floor(ms / 1000);
/** DescribeChangeOrder's CreateTime: `2020-12-17 21:06:45`. */
const changeOrderTime = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, '');
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

export class Store {
  jobs = new Map<string, JobRecord>();
  changeOrders = new Map<string, ChangeOrderRecord>();
  runs: RunRecord[] = [];
  readonly now: () => number;

  constructor(readonly options: StoreOptions) {
    this.now = options.now ?? Date.now;
  }

  snapshot(): StoreSnapshot {
    this.purgeDeleted();
    return {
      jobs: [...this.jobs.values()],
      changeOrders: [...this.changeOrders.values()],
      runs: this.runs,
      configMaps: this.options.configMaps ?? [],
    };
  }

  restore(s: StoreSnapshot): void {
    this.jobs = new Map(s.jobs.map((j) => [j.AppId, j]));
    this.changeOrders = new Map(s.changeOrders.map((c) => [c.ChangeOrderId, c]));
    this.runs = s.runs;
    if (s.configMaps) this.options.configMaps = s.configMaps;
  }

  /** Jobs whose deletion has finished are gone. */
  private purgeDeleted(): void {
    for (const [id, j] of this.jobs)
      if (j.deletedAt !== undefined && this.now() - j.deletedAt >= this.options.behaviour.deleteMs)
        this.jobs.delete(id);
  }

  private visibleJobs(): JobRecord[] {
    this.purgeDeleted();
    return [...this.jobs.values()];
  }

  private job(appId: string | undefined): JobRecord {
    if (!appId) throw notEmpty('AppId');
    this.purgeDeleted();
    const job = this.jobs.get(appId);
    if (!job) throw new ApiError(404, 'InvalidAppId.NotFound', `The specified AppId does not exist: ${appId}.`);
    return job;
  }

  /** A job that is not being deleted: writes to one being deleted are refused. */
  private liveJob(appId: string | undefined): JobRecord {
    const job = this.job(appId);
    if (job.deletedAt !== undefined)
      throw new ApiError(400, 'Application.InvalidStatus', 'The application is being deleted.');
    return job;
  }

  changeOrderStatus(co: ChangeOrderRecord): { Status: number; SubStatus: number; ErrorMessage: string } {
    const elapsed = this.now() - co.createdAt;
    const done = elapsed >= co.durationMs;
    if (co.outcome === 'approval') return { Status: 11, SubStatus: 0, ErrorMessage: '' };
    if (!done) return { Status: elapsed < co.durationMs / 5 ? 0 : 1, SubStatus: 0, ErrorMessage: '' };
    if (co.outcome === 'fail')
      return {
        Status: 3,
        SubStatus: 0,
        ErrorMessage: 'Deployment failed: instance health check failed (emulated failure).',
      };
    if (co.outcome === 'batch-failed')
      return {
        Status: 1,
        SubStatus: SUB_STATUS_BATCH_FAILED,
        ErrorMessage:
          'Batch 1 failed: instance health check failed (emulated failure). Roll back or retry in the SAE console.',
      };
    if (co.outcome === 'confirm') return { Status: 8, SubStatus: 0, ErrorMessage: '' };
    return { Status: 2, SubStatus: 0, ErrorMessage: '' };
  }

  private assertNoRunningChange(appId: string): void {
    for (const co of this.changeOrders.values()) {
      if (co.AppId === appId && CHANGE_ORDER_RUNNING.has(this.changeOrderStatus(co).Status)) {
        throw new ApiError(
          400,
          'Application.ChangerOrderRunning',
          'An application change process is in progress. Please try again later.',
        );
      }
    }
  }

  private newChangeOrder(appId: string, type: string): string {
    const co: ChangeOrderRecord = {
      ChangeOrderId: randomUUID(),
      AppId: appId,
      CoType: type,
      createdAt: this.now(),
      durationMs: this.options.behaviour.changeOrderMs,
      outcome: this.options.behaviour.changeOrderOutcome,
    };
    this.changeOrders.set(co.ChangeOrderId, co);
    return co.ChangeOrderId;
  }

  private namespaceOf(p: Params): string {
    const ns = p.NamespaceId || this.options.regionId;
    if (/[A-Z]/.test(ns))
      throw new ApiError(
        400,
        'InvalidNamespace.WithUppercase',
        'This namespace does not support creating SAE apps because it contains uppercase letters.',
      );
    if (!/^[a-z][a-z0-9-]*(:[a-z0-9][a-z0-9-]*)?$/.test(ns)) throw obviously('NamespaceId');
    if (this.options.namespaces && !this.options.namespaces.includes(ns) && ns !== this.options.regionId) {
      throw new ApiError(404, 'InvalidNamespaceId.NotFound', 'The specified NamespaceId does not exist.');
    }
    return ns;
  }

  /** The ConfigMap IDs a job's parameters reference, with the key (undefined: all keys). */
  private configMapRefs(p: Params): { id: number; key?: string }[] {
    const refs: { id: number; key?: string }[] = [];
    for (const name of ['Envs', 'ConfigMapMountDesc']) {
      for (const e of JSON.parse(p[name] || '[]') as { configMapId?: number; key?: string; valueFrom?: string }[]) {
        if (e.configMapId !== undefined)
          refs.push({ id: Number(e.configMapId), key: e.key === 'sae-sys-configmap-all' ? undefined : e.key });
      }
    }
    return refs;
  }

  private checkConfigMaps(p: Params): void {
    const known = this.options.configMaps;
    if (!known) return;
    for (const r of this.configMapRefs(p)) {
      const cm = known.find((c) => c.ConfigMapId === r.id);
      if (!cm) throw new ApiError(400, 'NotFound.ConfigMap', `The ConfigMap object (ID: ${r.id}) does not exist.`);
      if (r.key !== undefined && cm.Data && !(r.key in cm.Data))
        throw new ApiError(
          400,
          'NotFound.ConfigMapKey',
          `The key ${r.key} of ConfigMap object (ID: ${r.id}) does not exist.`,
        );
    }
  }

  /**
   * A job the account already had (--seed): made as CreateJob makes it, but
   * long ago, so its change order is over (succeeded) and a first plan does
   * not find it "still changing".
   */
  seedJob(p: Params, tags?: Record<string, string>): string {
    const { AppId, ChangeOrderId } = this.createJob(p);
    const co = this.changeOrders.get(ChangeOrderId)!;
    co.durationMs = 0;
    co.outcome = 'succeed';
    if (tags) this.jobs.get(AppId)!.tags = { ...tags };
    return AppId;
  }

  createJob(p: Params): { AppId: string; ChangeOrderId: string } {
    for (const name of ['AppName', 'PackageType', 'Replicas', 'Workload']) if (!p[name]) throw notEmpty(name);
    if (p.Workload !== 'job') throw obviously('Workload', 'it must be job');
    if (!/^[A-Za-z][A-Za-z0-9-]{0,35}$/.test(p.AppName!))
      throw obviously('AppName', 'letters, digits and hyphens, starting with a letter, at most 36 characters');
    if ((p.AppDescription ?? '').length > 1024) throw obviously('AppDescription', 'at most 1024 characters');
    const ns = this.namespaceOf(p);
    checkJobParams(p);
    this.checkConfigMaps(p);
    for (const j of this.options.behaviour.allowDuplicateNames ? [] : this.visibleJobs()) {
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
      NamespaceId:
        p.AutoConfig === 'true' && this.options.behaviour.autoConfigIgnoresNamespace ? this.options.regionId : ns,
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
      createdAt: this.now(),
    };
    this.jobs.set(job.AppId, job);
    return { AppId: job.AppId, ChangeOrderId: this.newChangeOrder(job.AppId, CO_TYPES.CreateJob!) };
  }

  updateJob(p: Params): { AppId: string; ChangeOrderId: string } {
    const job = this.liveJob(p.AppId);
    for (const name of CREATE_ONLY_PARAMS)
      if (p[name] !== undefined) throw obviously(name, 'UpdateJob cannot change it');
    this.assertNoRunningChange(job.AppId);
    const next: Params = { ...job.params };
    for (const [k, v] of Object.entries(p)) {
      if (k === 'AppId' || this.options.behaviour.ignoreOnUpdate.includes(k)) continue;
      if (k in CLEARING_VALUES && (v === '' || v === '[]' || v === '{}')) delete next[k];
      else next[k] = v;
    }
    checkJobParams(next);
    this.checkConfigMaps(next);
    job.params = next;
    return { AppId: job.AppId, ChangeOrderId: this.newChangeOrder(job.AppId, CO_TYPES.UpdateJob!) };
  }

  /** TagResources: ResourceIds and Tags are JSON lists; jobs are ResourceType application. */
  tagResources(p: Params): boolean {
    const jobs = this.taggedJobs(p);
    const tags = parseTags(p.Tags ?? '', 'Tags');
    if (!tags.length) throw notEmpty('Tags');
    for (const t of tags) {
      if (!t.key || t.key.length > 128 || RESERVED_TAG_PREFIXES.some((x) => t.key.startsWith(x)))
        throw new ApiError(
          400,
          'InvalidParameter',
          `The tag key ${JSON.stringify(t.key)} is not valid: 1-128 characters, not starting with aliyun or acs:.`,
        );
      if (t.value.length > 128)
        throw new ApiError(400, 'InvalidParameter', `The value of tag ${t.key} is longer than 128 characters.`);
    }
    for (const j of jobs) {
      j.tags ??= {};
      for (const t of tags) j.tags[t.key] = t.value;
      if (Object.keys(j.tags).length > 20)
        throw new ApiError(400, 'InvalidParameter', 'A resource has at most 20 tags.');
    }
    return true;
  }

  /** UntagResources: TagKeys (a JSON list) or DeleteAll. */
  untagResources(p: Params): boolean {
    const jobs = this.taggedJobs(p);
    const keys = p.DeleteAll === 'true' ? undefined : (parseJsonList(p.TagKeys ?? '', 'TagKeys') as string[]);
    if (keys === undefined && p.DeleteAll !== 'true') throw notEmpty('TagKeys');
    for (const j of jobs) {
      if (!j.tags) continue;
      for (const k of keys ?? Object.keys(j.tags)) delete j.tags[k];
    }
    return true;
  }

  private taggedJobs(p: Params): JobRecord[] {
    if (p.ResourceType !== TAG_RESOURCE_TYPE)
      throw new ApiError(400, 'InvalidParameter', `ResourceType must be ${TAG_RESOURCE_TYPE}.`);
    const ids = parseJsonList(p.ResourceIds ?? '', 'ResourceIds') as string[];
    if (!ids.length) throw notEmpty('ResourceIds');
    if (ids.length > MAX_TAGGED_RESOURCES)
      throw new ApiError(400, 'InvalidParameter', `At most ${MAX_TAGGED_RESOURCES} ResourceIds a call.`);
    return ids.map((id) => this.liveJob(String(id)));
  }

  /** DeleteJob: no change order; the job disappears `deleteMs` later. */
  deleteJob(p: Params): string {
    const job = this.job(p.AppId);
    if (job.deletedAt === undefined) {
      this.assertNoRunningChange(job.AppId);
      job.deletedAt = this.now();
      this.purgeDeleted();
    }
    return DELETE_JOB_DATA;
  }

  suspendJob(p: Params): string {
    const job = this.liveJob(p.AppId);
    if (p.Suspend !== 'true' && p.Suspend !== 'false') throw notEmpty('Suspend');
    const flag = p.Suspend === 'true';
    const to = suspendParam(true, this.options.behaviour.suspendPolarity) === flag;
    if (this.options.behaviour.suspendAfterReads > 0)
      job.pendingSuspend = { to, reads: this.options.behaviour.suspendAfterReads };
    else job.Suspend = to;
    return 'success';
  }

  describeJob(p: Params): Record<string, unknown> {
    const job = this.job(p.AppId);
    if (job.pendingSuspend && --job.pendingSuspend.reads <= 0) {
      job.Suspend = job.pendingSuspend.to;
      delete job.pendingSuspend;
    }
    const params = this.options.behaviour.fillDefaults
      ? withServerDefaults(job.params, this.options.regionId)
      : job.params;
    const data: Record<string, unknown> = { AppId: job.AppId, RegionId: job.RegionId };
    // What DescribeJob returns is what the contract's DescribeJob lists: request-only
    // parameters (EnableImageAccl, AutoConfig, Workload) are not among them.
    for (const [k, v] of Object.entries(params)) if (describedShape(k) !== undefined) data[k] = described(k, v);
    if (Array.isArray(data.ConfigMapMountDesc)) {
      for (const c of data.ConfigMapMountDesc as Record<string, unknown>[])
        c.ConfigMapName =
          this.options.configMaps?.find((m) => m.ConfigMapId === Number(c.ConfigMapId))?.Name ??
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

  private lastRun(appId: string): RunRecord | undefined {
    return this.runs.filter((r) => r.AppId === appId).at(-1);
  }

  runStatus(run: RunRecord): Record<string, unknown> {
    const done = this.now() - run.startedAt >= run.durationMs;
    const state = !done ? '3' : run.outcome === 'succeed' ? '1' : '2';
    const status: Record<string, unknown> = {
      JobId: run.JobId,
      State: state,
      Active: done ? 0 : run.replicas,
      Succeeded: state === '1' ? run.replicas : 0,
      Failed: state === '2' ? run.replicas : 0,
      StartTime: unixSeconds(run.startedAt),
      Message:
        state === '2'
          ? 'BackoffLimitExceeded: the job reached its retry limit (emulated failure)'
          : state === '1'
            ? 'Succeeded'
            : 'Running',
    };
    if (done) status.CompletionTime = unixSeconds(run.startedAt + run.durationMs);
    return status;
  }

  private lastChangeOrder(appId: string): ChangeOrderRecord | undefined {
    return [...this.changeOrders.values()].filter((c) => c.AppId === appId).at(-1);
  }

  listJobs(p: Params): Record<string, unknown> {
    const page = p.CurrentPage ? Number(p.CurrentPage) : 1;
    const size = p.PageSize ? Number(p.PageSize) : 10;
    if (!Number.isInteger(page) || page < 1) throw obviously('CurrentPage');
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
      throw obviously('PageSize', `at most ${MAX_PAGE_SIZE}`);
    if (p.Workload && p.Workload !== 'job') throw obviously('Workload');
    let jobs = this.visibleJobs().sort((a, b) => a.createdAt - b.createdAt || (a.AppId < b.AppId ? -1 : 1));
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
        const last = this.lastRun(j.AppId);
        const st = last ? this.runStatus(last) : undefined;
        const co = this.lastChangeOrder(j.AppId);
        const coStatus = co && this.changeOrderStatus(co);
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

  execJob(p: Params): Record<string, string> {
    const job = this.liveJob(p.AppId);
    if (p.EventId) {
      const previous = this.runs.find((r) => r.AppId === job.AppId && r.EventId === p.EventId);
      if (previous) return { Code: '200', Data: previous.JobId, Msg: 'success', Success: 'true' };
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
    // ExecJob reports some refusals inside a successful response.
    if (b.refuseRuns.includes(job.params.AppName!))
      return { Code: '500', Data: '', Msg: 'the job cannot be started now (emulated refusal)', Success: 'false' };
    const run: RunRecord = {
      JobId: `manual-${randomUUID().slice(0, 8)}`,
      AppId: job.AppId,
      startedAt: this.now(),
      durationMs: b.runMs,
      outcome: b.failRuns.includes(job.params.AppName!) ? 'fail' : 'succeed',
      replicas: Number(p.Replicas ?? job.params.Replicas ?? 1),
    };
    if (p.EventId) run.EventId = p.EventId;
    this.runs.push(run);
    return { Code: '200', Data: run.JobId, Msg: 'success', Success: 'true' };
  }

  describeJobStatus(p: Params): Record<string, unknown> {
    const job = this.job(p.AppId);
    if (!p.JobId) throw notEmpty('JobId');
    const run = this.runs.find((r) => r.AppId === job.AppId && r.JobId === p.JobId);
    // No code for an unknown JobId is documented; this one is the emulator's.
    if (!run) throw new ApiError(404, 'InvalidJobId.NotFound', `The specified JobId does not exist: ${p.JobId}.`);
    return this.runStatus(run);
  }

  describeJobHistory(p: Params): Record<string, unknown> {
    const job = this.job(p.AppId);
    const page = Number(p.CurrentPage ?? 1);
    const size = Number(p.PageSize ?? 10);
    let runs = this.runs
      .filter((r) => r.AppId === job.AppId)
      .map((r) => this.runStatus(r))
      .reverse();
    if (p.State) runs = runs.filter((r) => r.State === p.State);
    return {
      Jobs: runs.slice((page - 1) * size, page * size),
      CurrentPage: page,
      PageSize: size,
      TotalSize: runs.length,
    };
  }

  private changeOrderSummary(co: ChangeOrderRecord) {
    const st = this.changeOrderStatus(co);
    return {
      st,
      common: {
        AppId: co.AppId,
        BatchCount: 1,
        BatchType: 'auto',
        ChangeOrderId: co.ChangeOrderId,
        CoType: co.CoType,
        CoTypeCode: co.CoType,
        CreateTime: changeOrderTime(co.createdAt),
        Description: '',
        Status: st.Status,
      },
    };
  }

  describeChangeOrder(p: Params): Record<string, unknown> {
    if (!p.ChangeOrderId) throw notEmpty('ChangeOrderId');
    const co = this.changeOrders.get(p.ChangeOrderId);
    if (!co)
      throw new ApiError(
        400,
        'InvalidChangeOrder.NotFound',
        `The specified change order does not exist: ${p.ChangeOrderId}.`,
      );
    const { st, common } = this.changeOrderSummary(co);
    const pipeline = `${co.ChangeOrderId}-1`;
    return {
      ...common,
      AppName: this.jobs.get(co.AppId)?.params.AppName ?? '',
      ApprovalId: '',
      Auto: true,
      BatchWaitTime: 0,
      CurrentPipelineId: pipeline,
      ErrorMessage: st.ErrorMessage,
      Pipelines: [
        {
          BatchType: 0,
          ParallelCount: 1,
          PipelineId: pipeline,
          PipelineName: 'Batch 1',
          StartTime: co.createdAt,
          Status: st.Status,
          UpdateTime: this.now(),
        },
      ],
      SubStatus: st.SubStatus,
      SupportRollback: false,
    };
  }

  listChangeOrders(p: Params): Record<string, unknown> {
    if (!p.AppId) throw notEmpty('AppId');
    const page = Number(p.CurrentPage ?? 1);
    const size = Number(p.PageSize ?? 10);
    let orders = [...this.changeOrders.values()].filter((c) => c.AppId === p.AppId);
    if (p.CoType) orders = orders.filter((c) => c.CoType === p.CoType);
    if (p.CoStatus) orders = orders.filter((c) => String(this.changeOrderStatus(c).Status) === p.CoStatus);
    // Newest first unless asked otherwise (OrderBy createTime, Reverse false: oldest first); or, played
    // the other way, oldest first whatever was asked (no default order is documented).
    const oldestFirst = this.options.behaviour.changeOrdersOldestFirst || p.Reverse === 'false';
    if (!oldestFirst) orders.reverse();
    return {
      ChangeOrderList: orders.slice((page - 1) * size, page * size).map((co) => {
        const { st, common } = this.changeOrderSummary(co);
        return {
          ...common,
          CreateUserId: 'emulator',
          FinishTime: finished(st.Status) ? changeOrderTime(co.createdAt + co.durationMs) : '',
          GroupId: '',
          Source: 'pop',
          UserId: 'emulator',
        };
      }),
      CurrentPage: page,
      PageSize: size,
      TotalSize: orders.length,
    };
  }

  listNamespacedConfigMaps(p: Params): Record<string, unknown> {
    const ns = p.NamespaceId;
    if (!ns) throw notEmpty('NamespaceId');
    return {
      ConfigMaps: (this.options.configMaps ?? []).filter((c) => c.NamespaceId === ns).map((c) => this.configMapView(c)),
    };
  }

  private configMapView(c: ConfigMapRecord): Record<string, unknown> {
    const users = this.visibleJobs().filter((j) => this.configMapRefs(j.params).some((r) => r.id === c.ConfigMapId));
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

  private configMap(id: string | undefined): ConfigMapRecord {
    if (!id) throw notEmpty('ConfigMapId');
    const c = (this.options.configMaps ?? []).find((m) => m.ConfigMapId === Number(id));
    if (!c) throw new ApiError(404, 'NotFound.ConfigMap', `The ConfigMap ${id} does not exist.`);
    return c;
  }

  /** Data: a JSON string holding an object of string values (the body is JSON). */
  private configMapData(text: string | undefined): Record<string, string> {
    if (!text) throw notEmpty('Data');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new ApiError(400, 'InvalidParameter', 'Data must be a JSON object of strings.');
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
      throw new ApiError(400, 'InvalidParameter', 'Data must be a JSON object of strings.');
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  }

  createConfigMap(p: Params): { ConfigMapId: number } {
    if (!p.Name) throw notEmpty('Name');
    if (!p.NamespaceId) throw notEmpty('NamespaceId');
    if (!/^[a-z0-9]([a-z0-9.-]{0,61}[a-z0-9])?$/.test(p.Name))
      throw new ApiError(
        400,
        'InvalidParameter',
        `The ConfigMap name ${p.Name} is not valid: lower-case letters, digits, - and ., at most 63.`,
      );
    this.options.configMaps ??= [];
    if (this.options.configMaps.some((c) => c.NamespaceId === p.NamespaceId && c.Name === p.Name))
      throw new ApiError(
        400,
        'ConfigMap.Name.Exist',
        `A ConfigMap named ${p.Name} exists already in ${p.NamespaceId}.`,
      );
    const id = Math.max(0, ...this.options.configMaps.map((c) => c.ConfigMapId)) + 1;
    this.options.configMaps.push({
      ConfigMapId: id,
      Name: p.Name,
      NamespaceId: p.NamespaceId,
      Description: p.Description ?? '',
      Data: this.configMapData(p.Data),
    });
    return { ConfigMapId: id };
  }

  updateConfigMap(p: Params): { ConfigMapId: string } {
    const c = this.configMap(p.ConfigMapId);
    c.Data = this.configMapData(p.Data);
    if (p.Description !== undefined) c.Description = p.Description;
    return { ConfigMapId: String(c.ConfigMapId) };
  }

  /** Refused while a job uses it, as SAE refuses. */
  deleteConfigMap(p: Params): { ConfigMapId: number } {
    const c = this.configMap(p.ConfigMapId);
    const users = this.configMapView(c).RelateApps as { AppName: string }[];
    if (users.length)
      throw new ApiError(
        400,
        'ConfigMap.InUse',
        `The ConfigMap ${c.Name} is used by ${users.map((u) => u.AppName).join(', ')}.`,
      );
    this.options.configMaps = this.options.configMaps!.filter((m) => m !== c);
    return { ConfigMapId: c.ConfigMapId };
  }

  describeConfigMap(p: Params): Record<string, unknown> {
    return this.configMapView(this.configMap(p.ConfigMapId));
  }

  listSecrets(p: Params): Record<string, unknown> {
    if (!p.NamespaceId) throw notEmpty('NamespaceId');
    return {
      Secrets: (this.options.secrets ?? [])
        .filter((x) => x.NamespaceId === p.NamespaceId)
        .map((x) => ({
          SecretId: x.SecretId,
          SecretName: x.SecretName,
          SecretType: x.SecretType ?? 'kubernetes.io/dockerconfigjson',
          NamespaceId: x.NamespaceId,
          CreateTime: 0,
          UpdateTime: 0,
          RelateApps: [],
        })),
    };
  }
}

/** A job's tags as DescribeJob and ListJobs give them, with one SAE adds itself (as SAE may). */
function tagList(job: JobRecord): { Key: string; Value: string }[] {
  return [
    { Key: 'acs:sae:workload', Value: 'job' },
    ...Object.entries(job.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
  ];
}

function parseJsonList(text: string, name: string): unknown[] {
  try {
    const v = JSON.parse(text) as unknown;
    if (Array.isArray(v)) return v;
  } catch {
    /* below */
  }
  throw new ApiError(400, 'InvalidParameter', `${name} must be a JSON list.`);
}

function parseTags(text: string, name: string): { key: string; value: string }[] {
  return parseJsonList(text, name).map((t) => {
    const o = t as { key?: unknown; value?: unknown };
    if (typeof o?.key !== 'string')
      throw new ApiError(400, 'InvalidParameter', `${name}: each tag is {"key":…,"value":…}.`);
    return { key: o.key, value: o.value === undefined || o.value === null ? '' : String(o.value) };
  });
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
