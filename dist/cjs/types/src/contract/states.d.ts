/** ListJobs' largest PageSize. */
export declare const MAX_PAGE_SIZE = 200;
/** DescribeChangeOrder `Status`. */
export declare const CHANGE_ORDER_STATUS: Record<number, string>;
/** How each status ends (or does not) — the one classification the waits, the planner and the emulator share. */
export declare const CHANGE_ORDER_SUCCEEDED = 2;
/** Ended badly, with what to say of it. */
export declare const CHANGE_ORDER_FAILED: Readonly<Record<number, string>>;
/** Waiting for a person: it goes on only when someone acts in SAE. */
export declare const CHANGE_ORDER_PAUSED: Readonly<Record<number, string>>;
/** Still running by itself. */
export declare const CHANGE_ORDER_RUNNING: ReadonlySet<number>;
/** DescribeChangeOrder `SubStatus` 1: a batch failed; the order stays "in progress" until someone rolls it back. */
export declare const SUB_STATUS_BATCH_FAILED = 1;
/** ListJobs `LastChangeorderState`: the last change order's outcome (not a change-order status). */
export declare const LAST_CHANGE_ORDER_STATE: {
    readonly succeeded: '1';
    readonly failed: '0';
};
/** DescribeJobStatus / DescribeJobHistory `State`, ListJobs `LastJobState`. */
export declare const RUN_STATES: Record<string, string>;
/** ExecJob's `Data.Success` is a string. */
export declare const EXEC_SUCCESS = "true";
/** Tags resource type of jobs (jobs are applications with Workload=job). */
export declare const TAG_RESOURCE_TYPE = "application";
/** Resource IDs a TagResources / UntagResources call takes at most. */
export declare const MAX_TAGGED_RESOURCES = 50;
/** Tag keys SAE (and Alibaba Cloud) keep for their own tags: never set, never diffed. */
export declare const RESERVED_TAG_PREFIXES: readonly ['aliyun', 'acs:'];
export declare const isSystemTag: (key: string) => boolean;
/** envFrom's whole-ConfigMap entries in Envs are named with this prefix. */
export declare const CONFIGMAP_ALL_PREFIX = "sae-sys-configmap-all-";
/**
 * What SuspendJob's boolean `Suspend` does. The SDK models and the Chinese
 * API page describe `true` as *start* and `false` as *suspend*; the
 * parameter's name, and DescribeJob's and ListJobs' `Suspend` ("is paused"),
 * say the opposite. Nobody here can test it on a real account, so saejob
 * starts from the documented meaning, reads the job back after every
 * SuspendJob, and corrects itself (for the rest of the run) if SAE did the
 * opposite. This is the one place `spec.suspend` becomes the parameter.
 */
export type SuspendPolarity = 'true-starts' | 'true-suspends';
export declare const DOCUMENTED_SUSPEND_POLARITY: SuspendPolarity;
export declare function suspendParam(paused: boolean, polarity: SuspendPolarity): boolean;
