// One run against SAE: a client per region (or one --endpoint for all), one
// listing per namespace, one DescribeJob per existing job.
import { identityKey } from '../pipeline/identity.js';
import { SaeClient, regionEndpoint, type Operation } from './client.js';
import type { CredentialsSource } from './credentials.js';
import type { RetryPolicy } from './retry.js';
import { SaeError, toSaeError } from './errors.js';
import { describeLiveJob, lastChangeOrder, listNamespaceJobs, listTaggedJobs, type ListedJob } from './live.js';
import { planJob, type PlannedJob, type PlanOptions } from '../pipeline/plan/plan.js';
import { isProtected, OWNER_TAG } from '../pipeline/plan/ownership.js';
import { namespaceRegion } from '../pipeline/region.js';
import { environmentAt, inScope, type RunScope } from '../pipeline/plan/scope.js';
import { createRequest, type CompiledJob } from '../pipeline/compile/compile.js';
import type { CompiledManifest } from '../pipeline/compile/compile-files.js';
import { mapLimit, Semaphore } from './concurrency.js';
import { CallPace } from './pace.js';
import { StopSignal } from './stop.js';
import { ChangeOrderWatcher, type WatcherOptions } from './watch.js';
import { TagBatcher } from './tag-batch.js';
import { DOCUMENTED_SUSPEND_POLARITY, type SuspendPolarity } from '../contract/api.js';
import { placeKey, type PlaceKey } from '../pipeline/identity.js';

export interface SessionOptions {
  credentials: CredentialsSource;
  /** Overrides every region's endpoint (a VPC endpoint, the emulator). */
  endpoint?: string | undefined;
  retry?: RetryPolicy;
  timeoutMs?: number;
  concurrency?: number;
  /** `about`: the job's name when the call was for a job this run knows, else what the call names (a namespace, an AppId). */
  onRetry?: (
    region: string,
    operation: Operation,
    e: SaeError,
    attempt: number,
    delayMs: number,
    about: string | undefined,
  ) => void;
  /** Calls a minute once SAE throttles (default 60, SAE's documented limit). */
  callsPerMinute?: number;
  /** The run's --timeout as a time (epoch ms): no call is sent, and no wait lasts, past it. */
  deadline?: number;
  /** How change orders are waited for (one listing a namespace a poll; see watch.ts). */
  watcher?: WatcherOptions;
  /** Told once, when SAE first throttles the run and every call is paced from then on. */
  onPaced?: (callsPerMinute: number) => void;
}

export class Session {
  private clients = new Map<string, SaeClient>();
  readonly pace: CallPace;
  /** Set by SIGINT/SIGTERM: no new request, no more waiting. */
  readonly stop = new StopSignal();
  /** What SuspendJob's parameter means, as far as this run has seen (see suspendParam). */
  suspendPolarity: SuspendPolarity = DOCUMENTED_SUSPEND_POLARITY;
  /** A read-back has shown what SuspendJob's parameter means; until then SuspendJobs go one at a time. */
  suspendPolarityKnown = false;
  readonly suspendLearning = new Semaphore(1);
  /** Change orders of this run, waited for together (watch.ts). */
  readonly watcher: ChangeOrderWatcher;
  /** New jobs' tags, sent in batches (tag-batch.ts). */
  readonly tags = new TagBatcher();
  /** --concurrency: requests in flight at once, across every client of the run. */
  readonly slots: Semaphore;
  constructor(readonly options: SessionOptions) {
    this.pace = new CallPace(options.callsPerMinute, undefined, options.onPaced);
    this.watcher = new ChangeOrderWatcher(options.watcher);
    this.slots = new Semaphore(options.concurrency ?? 4);
  }

  /** Job names by AppId, as listed: what a retry line names. */
  private readonly names = new Map<string, string>();
  /** A namespace's ConfigMaps and Secrets, listed once a run (until a write changes them). */
  private readonly listings = new Map<string, Promise<unknown[]>>();

  private listOnce<T>(kind: 'ConfigMaps' | 'Secrets', region: string, namespace: string): Promise<T[]> {
    const key = `${kind}\0${region}\0${namespace}`;
    let l = this.listings.get(key);
    if (!l) {
      l =
        kind === 'ConfigMaps'
          ? this.client(region)
              .call<{ ConfigMaps?: unknown[] }>('ListNamespacedConfigMaps', { NamespaceId: namespace })
              .then((d) => d?.ConfigMaps ?? [])
          : this.client(region)
              .call<{ Secrets?: unknown[] }>('ListSecrets', { NamespaceId: namespace })
              .then((d) => d?.Secrets ?? []);
      // A failed listing is not remembered: the next caller asks again.
      l.catch(() => this.listings.delete(key));
      this.listings.set(key, l);
    }
    return l as Promise<T[]>;
  }

  /** ListNamespacedConfigMaps, once for everyone who asks in this run. */
  configMapsOf(region: string, namespace: string): Promise<ListedConfigMap[]> {
    return this.listOnce('ConfigMaps', region, namespace);
  }

  /** ListSecrets, once for everyone who asks in this run. */
  secretsOf(region: string, namespace: string): Promise<{ SecretId: number; SecretName: string }[]> {
    return this.listOnce('Secrets', region, namespace);
  }

  /** After a ConfigMap write: the next ask lists the namespace again. */
  forgetConfigMaps(region: string, namespace: string): void {
    this.listings.delete(`ConfigMaps\0${region}\0${namespace}`);
  }

  client(region: string): SaeClient {
    const endpoint = this.options.endpoint ?? regionEndpoint(region);
    // One client a region even when --endpoint sends every region to one place: each says its own region.
    const key = `${endpoint}\u0000${region}`;
    let c = this.clients.get(key);
    if (!c) {
      const opts: ConstructorParameters<typeof SaeClient>[0] = {
        endpoint,
        credentials: this.options.credentials,
        pace: this.pace,
        onRetry: (op, e, a, d, about) =>
          this.options.onRetry?.(region, op, e, a, d, about && (this.names.get(about) ?? about)),
      };
      if (this.options.retry) opts.retry = this.options.retry;
      if (this.options.timeoutMs) opts.timeoutMs = this.options.timeoutMs;
      if (this.options.deadline !== undefined) opts.deadline = this.options.deadline;
      opts.stop = this.stop;
      opts.slots = this.slots;
      c = new SaeClient(opts);
      this.clients.set(key, c);
    }
    return c;
  }

  /** What is left of the run's --timeout (ms); `fallback` when there is no deadline. */
  remainingMs(fallback: number): number {
    return this.options.deadline === undefined
      ? fallback
      : Math.max(0, Math.min(fallback, this.options.deadline - Date.now()));
  }

  /** Calls made, by operation, across every client. */
  calls(): Partial<Record<Operation, number>> {
    const out: Partial<Record<Operation, number>> = {};
    for (const c of this.clients.values())
      for (const [k, v] of Object.entries(c.calls)) out[k as Operation] = (out[k as Operation] ?? 0) + (v ?? 0);
    return out;
  }

  /**
   * Find the live job of each item: one paged ListJobs per (region,
   * namespace), whatever the number of items. A failed listing is the
   * answer for every item of its namespace, not for the others.
   */
  async lookup<T>(
    items: readonly T[],
    ref: (item: T) => { region: string; namespace: string; name: string },
  ): Promise<Map<T, ListedJob | SaeError | undefined>> {
    const groups = new Map<PlaceKey, T[]>();
    for (const item of items) {
      const key = placeKey(ref(item));
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    const found = new Map<T, ListedJob | SaeError | undefined>();
    // No credentials is the run's failure, said once, not every job's.
    if (items.length) await this.options.credentials.getCredentials();
    await mapLimit([...groups.values()], this.options.concurrency ?? 4, async (group) => {
      const { region, namespace } = ref(group[0]!);
      try {
        const jobs = await listNamespaceJobs(this.client(region), namespace);
        for (const j of jobs) this.names.set(j.AppId, j.AppName);
        for (const item of group)
          found.set(
            item,
            jobs.find((j) => j.AppName === ref(item).name),
          );
      } catch (e) {
        for (const item of group) found.set(item, toSaeError(e));
      }
    });
    return found;
  }

  /**
   * The jobs of this set that prune would delete: inside the run's scope
   * (its namespaces), owned by its set, named by no manifest of the paths.
   * One tag-filtered ListJobs per region (paged), then one DescribeJob per
   * candidate (a saved plan fingerprints what it deletes). A job is keyed by
   * its own region (its namespace says it), not the region asked: one
   * --endpoint may answer for several. Any region that cannot be listed
   * makes the whole answer an error: prune never acts on a partial view.
   */
  async pruneCandidates(scope: RunScope): Promise<PlannedJob[] | SaeError> {
    const out: PlannedJob[] = [];
    try {
      for (const region of [...new Set(scope.places.map((p) => p.region))].sort()) {
        const client = this.client(region);
        for (const j of await listTaggedJobs(client, OWNER_TAG, scope.set)) {
          const own = { region: namespaceRegion(j.NamespaceId) ?? region, namespace: j.NamespaceId, name: j.AppName };
          if (own.region !== region || !inScope(scope, own) || scope.named.has(identityKey(own))) continue;
          const live = await describeLiveJob(client, j.AppId).catch((e: unknown) => {
            const err = toSaeError(e);
            if (err.notFound) return undefined; // deleted since it was listed: nothing to prune
            throw err;
          });
          if (!live) continue;
          const job: CompiledJob = {
            name: j.AppName,
            namespace: j.NamespaceId,
            region,
            create: createRequest({}),
            params: {},
            secrets: [],
            secretEnvNames: [],
          };
          const environment = environmentAt(scope, own);
          const p: PlannedJob = {
            file: '(no manifest)',
            name: j.AppName,
            namespace: j.NamespaceId,
            region,
            ...(environment ? { environment } : {}),
            action: 'delete',
            appId: j.AppId,
            changes: [],
            replaceReasons: [],
            job,
            live,
          };
          if (isProtected(live.tags)) p.protected = true;
          out.push(p);
        }
      }
    } catch (e) {
      return toSaeError(e);
    }
    return out;
  }

  /** Plan every manifest; a manifest whose lookup fails is reported, not fatal to the others. */
  async plan(manifests: readonly CompiledManifest[], o: PlanOptions = {}): Promise<PlanResult[]> {
    const found = await this.lookup(manifests, (m) => m.job);
    return mapLimit(manifests, this.options.concurrency ?? 4, async (m): Promise<PlanResult> => {
      const listed = found.get(m);
      if (listed instanceof SaeError) return { manifest: m, error: listed };
      try {
        const client = this.client(m.job.region);
        // A job deleted between the listing and this read is simply absent.
        const live = listed
          ? await describeLiveJob(client, listed.AppId).catch((e: unknown) => {
              const err = toSaeError(e);
              if (err.notFound) return undefined;
              throw err;
            })
          : undefined;
        if (live && listed) {
          // (listed is still the one read: its last change order says how the live job stands)
          const last = await lastChangeOrder(client, listed);
          if (last) live.lastChangeOrder = last;
        }
        return { manifest: m, planned: planJob(m.source.file, m.job, live, o) };
      } catch (e) {
        return { manifest: m, error: toSaeError(e) };
      }
    });
  }
}

/** A ListNamespacedConfigMaps item, as the contract has it. */
export interface ListedConfigMap {
  ConfigMapId: number;
  Name: string;
  Description?: string;
  Data?: Record<string, unknown>;
  RelateApps?: { AppId: string; AppName: string }[];
}

export interface PlanResult {
  manifest: CompiledManifest;
  planned?: PlannedJob;
  error?: SaeError;
}
