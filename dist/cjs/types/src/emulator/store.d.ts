import { type ChangeOrderRecord, type ConfigMapRecord, type JobRecord, type Params, type RunRecord, type StoreOptions, type StoreSnapshot } from './records.js';
export * from './records.js';
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
    purgeDeleted(): void;
    visibleJobs(): JobRecord[];
    job(appId: string | undefined): JobRecord;
    /** A job that is not being deleted: writes to one being deleted are refused. */
    liveJob(appId: string | undefined): JobRecord;
    changeOrderStatus(co: ChangeOrderRecord): {
        Status: number;
        SubStatus: number;
        ErrorMessage: string;
    };
    assertNoRunningChange(appId: string): void;
    newChangeOrder(appId: string, type: string): string;
    namespaceOf(p: Params): string;
    /** The ConfigMap IDs a job's parameters reference, with the key (undefined: all keys). */
    configMapRefs(p: Params): {
        id: number;
        key?: string;
    }[];
    checkConfigMaps(p: Params): void;
    lastRun(appId: string): RunRecord | undefined;
    runStatus(run: RunRecord): Record<string, unknown>;
    lastChangeOrder(appId: string): ChangeOrderRecord | undefined;
    configMap(id: string | undefined): ConfigMapRecord;
    /** Data: a JSON string holding an object of string values (the body is JSON). */
    configMapData(text: string | undefined): Record<string, string>;
    seedJob(p: Params, tags?: Record<string, string>): string;
    createJob(p: Params): {
        AppId: string;
        ChangeOrderId: string;
    };
    updateJob(p: Params): {
        AppId: string;
        ChangeOrderId: string;
    };
    deleteJob(p: Params): string;
    deleteConfigMap(p: Params): {
        ConfigMapId: number;
    };
}
