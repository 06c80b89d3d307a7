import { SaeClient, type Operation } from './client.js';
import type { CredentialsSource } from './credentials.js';
import type { RetryPolicy } from './retry.js';
import { SaeError } from './errors.js';
import { type ListedJob } from './live.js';
import { type PlannedJob, type PlanOptions } from '../pipeline/plan/plan.js';
import { type RunScope } from '../pipeline/plan/scope.js';
import type { CompiledManifest } from '../pipeline/compile/compile-files.js';
import { Semaphore } from './concurrency.js';
import { CallPace } from './pace.js';
import { StopSignal } from './stop.js';
import { ChangeOrderWatcher, type WatcherOptions } from './watch.js';
import { TagBatcher } from './tag-batch.js';
import { type SuspendPolarity } from '../contract/api.js';
export interface SessionOptions {
    credentials: CredentialsSource;
    /** Overrides every region's endpoint (a VPC endpoint, the emulator). */
    endpoint?: string | undefined;
    retry?: RetryPolicy;
    timeoutMs?: number;
    concurrency?: number;
    /** `about`: the job's name when the call was for a job this run knows, else what the call names (a namespace, an AppId). */
    onRetry?: (region: string, operation: Operation, e: SaeError, attempt: number, delayMs: number, about: string | undefined) => void;
    /** Calls a minute once SAE throttles (default 60, SAE's documented limit). */
    callsPerMinute?: number;
    /** The run's --timeout as a time (epoch ms): no call is sent, and no wait lasts, past it. */
    deadline?: number;
    /** How change orders are waited for (one listing a namespace a poll; see watch.ts). */
    watcher?: WatcherOptions;
    /** Told once, when SAE first throttles the run and every call is paced from then on. */
    onPaced?: (callsPerMinute: number) => void;
}
export declare class Session {
    readonly options: SessionOptions;
    private clients;
    readonly pace: CallPace;
    /** Set by SIGINT/SIGTERM: no new request, no more waiting. */
    readonly stop: StopSignal;
    /** What SuspendJob's parameter means, as far as this run has seen (see suspendParam). */
    suspendPolarity: SuspendPolarity;
    /** A read-back has shown what SuspendJob's parameter means; until then SuspendJobs go one at a time. */
    suspendPolarityKnown: boolean;
    readonly suspendLearning: Semaphore;
    /** Change orders of this run, waited for together (watch.ts). */
    readonly watcher: ChangeOrderWatcher;
    /** New jobs' tags, sent in batches (tag-batch.ts). */
    readonly tags: TagBatcher;
    /** --concurrency: requests in flight at once, across every client of the run. */
    readonly slots: Semaphore;
    constructor(options: SessionOptions);
    /** Job names by AppId, as listed: what a retry line names. */
    private readonly names;
    /** A namespace's ConfigMaps and Secrets, listed once a run (until a write changes them). */
    private readonly listings;
    private listOnce;
    /** ListNamespacedConfigMaps, once for everyone who asks in this run. */
    configMapsOf(region: string, namespace: string): Promise<ListedConfigMap[]>;
    /** ListSecrets, once for everyone who asks in this run. */
    secretsOf(region: string, namespace: string): Promise<{
        SecretId: number;
        SecretName: string;
    }[]>;
    /** After a ConfigMap write: the next ask lists the namespace again. */
    forgetConfigMaps(region: string, namespace: string): void;
    client(region: string): SaeClient;
    /** What is left of the run's --timeout (ms); `fallback` when there is no deadline. */
    remainingMs(fallback: number): number;
    /** Calls made, by operation, across every client. */
    calls(): Partial<Record<Operation, number>>;
    /**
     * Find the live job of each item: one paged ListJobs per (region,
     * namespace), whatever the number of items. A failed listing is the
     * answer for every item of its namespace, not for the others.
     */
    lookup<T>(items: readonly T[], ref: (item: T) => {
        region: string;
        namespace: string;
        name: string;
    }): Promise<Map<T, ListedJob | SaeError | undefined>>;
    /**
     * The jobs of this set that prune would delete: inside the run's scope
     * (its namespaces), owned by its set, named by no manifest of the paths.
     * One tag-filtered ListJobs per region (paged), then one DescribeJob per
     * candidate (a saved plan fingerprints what it deletes). A job is keyed by
     * its own region (its namespace says it), not the region asked: one
     * --endpoint may answer for several. Any region that cannot be listed
     * makes the whole answer an error: prune never acts on a partial view.
     */
    pruneCandidates(scope: RunScope): Promise<PlannedJob[] | SaeError>;
    /** Plan every manifest; a manifest whose lookup fails is reported, not fatal to the others. */
    plan(manifests: readonly CompiledManifest[], o?: PlanOptions): Promise<PlanResult[]>;
}
/** A ListNamespacedConfigMaps item, as the contract has it. */
export interface ListedConfigMap {
    ConfigMapId: number;
    Name: string;
    Description?: string;
    Data?: Record<string, unknown>;
    RelateApps?: {
        AppId: string;
        AppName: string;
    }[];
}
export interface PlanResult {
    manifest: CompiledManifest;
    planned?: PlannedJob;
    error?: SaeError;
}
