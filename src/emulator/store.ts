// The emulated account's state: jobs, change orders and runs, and the
// lookups and rules every resource shares (a job by AppId, a namespace, a
// change order's status). The operations are in resources/, one module a
// resource; the server calls them. Time comes from `now()` so tests can drive it.
import { randomUUID } from 'node:crypto';
import * as jobs from './resources/jobs.js';
import * as configMaps from './resources/configmaps.js';
import {
  unixSeconds,
  type ChangeOrderRecord,
  type ConfigMapRecord,
  type JobRecord,
  type Params,
  type RunRecord,
  type StoreOptions,
  type StoreSnapshot,
} from './records.js';
export * from './records.js';
import { ApiError, notEmpty, obviously } from './errors.js';
import { CHANGE_ORDER_RUNNING, SUB_STATUS_BATCH_FAILED } from '../contract/api.js';

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
  purgeDeleted(): void {
    for (const [id, j] of this.jobs)
      if (j.deletedAt !== undefined && this.now() - j.deletedAt >= this.options.behaviour.deleteMs)
        this.jobs.delete(id);
  }

  visibleJobs(): JobRecord[] {
    this.purgeDeleted();
    return [...this.jobs.values()];
  }

  job(appId: string | undefined): JobRecord {
    if (!appId) throw notEmpty('AppId');
    this.purgeDeleted();
    const job = this.jobs.get(appId);
    if (!job) throw new ApiError(404, 'InvalidAppId.NotFound', `The specified AppId does not exist: ${appId}.`);
    return job;
  }

  /** A job that is not being deleted: writes to one being deleted are refused. */
  liveJob(appId: string | undefined): JobRecord {
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

  assertNoRunningChange(appId: string): void {
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

  newChangeOrder(appId: string, type: string): string {
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

  namespaceOf(p: Params): string {
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
  configMapRefs(p: Params): { id: number; key?: string }[] {
    const refs: { id: number; key?: string }[] = [];
    for (const name of ['Envs', 'ConfigMapMountDesc']) {
      for (const e of JSON.parse(p[name] || '[]') as { configMapId?: number; key?: string; valueFrom?: string }[]) {
        if (e.configMapId !== undefined)
          refs.push({ id: Number(e.configMapId), key: e.key === 'sae-sys-configmap-all' ? undefined : e.key });
      }
    }
    return refs;
  }

  checkConfigMaps(p: Params): void {
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

  lastRun(appId: string): RunRecord | undefined {
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

  lastChangeOrder(appId: string): ChangeOrderRecord | undefined {
    return [...this.changeOrders.values()].filter((c) => c.AppId === appId).at(-1);
  }

  configMap(id: string | undefined): ConfigMapRecord {
    if (!id) throw notEmpty('ConfigMapId');
    const c = (this.options.configMaps ?? []).find((m) => m.ConfigMapId === Number(id));
    if (!c) throw new ApiError(404, 'NotFound.ConfigMap', `The ConfigMap ${id} does not exist.`);
    return c;
  }

  /** Data: a JSON string holding an object of string values (the body is JSON). */
  configMapData(text: string | undefined): Record<string, string> {
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

  // The operations tests and --seed drive directly (the server calls the resources' own functions).
  seedJob(p: Params, tags?: Record<string, string>): string {
    return jobs.seedJob(this, p, tags);
  }
  createJob(p: Params): { AppId: string; ChangeOrderId: string } {
    return jobs.createJob(this, p);
  }
  updateJob(p: Params): { AppId: string; ChangeOrderId: string } {
    return jobs.updateJob(this, p);
  }
  deleteJob(p: Params): string {
    return jobs.deleteJob(this, p);
  }
  deleteConfigMap(p: Params): { ConfigMapId: number } {
    return configMaps.deleteConfigMap(this, p);
  }
}
