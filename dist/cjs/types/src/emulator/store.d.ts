import { type SuspendPolarity } from '../contract/api.js';
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
    pendingSuspend?: {
        to: boolean;
        reads: number;
    };
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
/** DeleteJob's `Data`, as the contract and the Corrections give it. */
export declare const DELETE_JOB_DATA = "{\"msg\":\"\",\"code\":200,\"success\":true}";
export declare class Store {
    readonly options: StoreOptions;
    jobs: Map<string, JobRecord>;
    changeOrders: Map<string, ChangeOrderRecord>;
    runs: RunRecord[];
    readonly now: () => number;
    constructor(options: StoreOptions);
    snapshot(): StoreSnapshot;
    restore(s: StoreSnapshot): void;
    /** Jobs whose deletion has finished are gone. */
    private purgeDeleted;
    private visibleJobs;
    private job;
    /** A job that is not being deleted: writes to one being deleted are refused. */
    private liveJob;
    changeOrderStatus(co: ChangeOrderRecord): {
        Status: number;
        SubStatus: number;
        ErrorMessage: string;
    };
    private assertNoRunningChange;
    private newChangeOrder;
    private namespaceOf;
    /** The ConfigMap IDs a job's parameters reference, with the key (undefined: all keys). */
    private configMapRefs;
    private checkConfigMaps;
    /**
     * A job the account already had (--seed): made as CreateJob makes it, but
     * long ago, so its change order is over (succeeded) and a first plan does
     * not find it "still changing".
     */
    seedJob(p: Params, tags?: Record<string, string>): string;
    createJob(p: Params): {
        AppId: string;
        ChangeOrderId: string;
    };
    updateJob(p: Params): {
        AppId: string;
        ChangeOrderId: string;
    };
    /** TagResources: ResourceIds and Tags are JSON lists; jobs are ResourceType application. */
    tagResources(p: Params): boolean;
    /** UntagResources: TagKeys (a JSON list) or DeleteAll. */
    untagResources(p: Params): boolean;
    private taggedJobs;
    /** DeleteJob: no change order; the job disappears `deleteMs` later. */
    deleteJob(p: Params): string;
    suspendJob(p: Params): string;
    describeJob(p: Params): Record<string, unknown>;
    private lastRun;
    runStatus(run: RunRecord): Record<string, unknown>;
    private lastChangeOrder;
    listJobs(p: Params): Record<string, unknown>;
    execJob(p: Params): Record<string, string>;
    describeJobStatus(p: Params): Record<string, unknown>;
    describeJobHistory(p: Params): Record<string, unknown>;
    private changeOrderSummary;
    describeChangeOrder(p: Params): Record<string, unknown>;
    listChangeOrders(p: Params): Record<string, unknown>;
    listNamespacedConfigMaps(p: Params): Record<string, unknown>;
    private configMapView;
    private configMap;
    /** Data: a JSON string holding an object of string values (the body is JSON). */
    private configMapData;
    createConfigMap(p: Params): {
        ConfigMapId: number;
    };
    updateConfigMap(p: Params): {
        ConfigMapId: string;
    };
    /** Refused while a job uses it, as SAE refuses. */
    deleteConfigMap(p: Params): {
        ConfigMapId: number;
    };
    describeConfigMap(p: Params): Record<string, unknown>;
    listSecrets(p: Params): Record<string, unknown>;
}
export {};
