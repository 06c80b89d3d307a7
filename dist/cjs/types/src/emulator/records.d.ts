import { type SuspendPolarity } from '../contract/api.js';
export type Params = Record<string, string>;
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
/** Ended, well or badly (what LastChangeorderState and FinishTime report). */
export declare const finished: (status: number) => boolean;
/** Run times are Unix seconds. */
export declare const unixSeconds: (ms: number) => number;
/** DeleteJob's `Data`, as the contract and the Corrections give it. */
export declare const DELETE_JOB_DATA = "{\"msg\":\"\",\"code\":200,\"success\":true}";
/** What the emulator does where SAE's behaviour is unknown, unless told otherwise (the documented or likeliest reading). */
export declare const DEFAULT_BEHAVIOUR: BehaviourConfig;
