export type ParamType = 'string' | 'number' | 'boolean';
export interface ContractParam {
    type: ParamType;
    in: 'query' | 'body';
    required?: boolean | 'conditional';
}
export interface ContractOperation {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    path: string;
    /** How `in: body` parameters travel: a form (`formData`) or one JSON object (`json`). */
    reqBodyType: 'formData' | 'json';
    params: Record<string, ContractParam>;
    /** The response's shape: field → type name, nested object, or one-element array of the item shape. */
    response: Shape;
}
export type Shape = string | Shape[] | {
    [field: string]: Shape;
};
export declare const CONTRACT: {
    source: string;
    operations: Record<string, ContractOperation>;
};
/** The operations saejob sends or the emulator answers. */
export declare const OPERATION_NAMES: readonly ['CreateJob', 'UpdateJob', 'DeleteJob', 'DescribeJob', 'ListJobs', 'ExecJob', 'SuspendJob', 'DescribeJobStatus', 'DescribeJobHistory', 'DescribeChangeOrder', 'ListChangeOrders', 'ListNamespacedConfigMaps', 'CreateConfigMap', 'UpdateConfigMap', 'DeleteConfigMap', 'DescribeConfigMap', 'ListSecrets', 'TagResources', 'UntagResources'];
export type Operation = (typeof OPERATION_NAMES)[number];
export declare function operation(name: Operation): ContractOperation;
/** What the contract cannot say about a CreateJob / UpdateJob parameter. */
export interface JobParamNotes {
    /** The manifest field it is compiled from. */
    field?: string;
    /** Why no manifest field sets it. */
    unsupported?: string;
    /** Its value is a JSON string holding a list or an object. */
    json?: 'list' | 'object';
    /** What UpdateJob sends to remove the setting (sent only when the live job has it). */
    clear?: string;
    /**
     * DescribeJob returns it as a list of objects, not a JSON string: the
     * request's keys, each with the key DescribeJob spells it with.
     */
    described?: Record<string, string>;
    /** Never shown: masked in every output, whatever its value. */
    secret?: true;
    /**
     * A list whose items have an identity: the item properties that name one
     * (the first non-empty wins), so a diff matches items by it, not by place.
     */
    key?: readonly string[];
    /** The manifest path a diff shows, where `field` is not one path. */
    label?: string;
    /**
     * How the setting is undone when a manifest no longer sets it, where
     * `clear` does not say: `reset` sends SAE's documented default;
     * `server` means SAE fills it when unset (nothing to undo, not compared
     * when the manifest leaves it out); `follows` means it has no effect
     * without the named parameter. Any other manifest parameter without
     * `clear` cannot be removed by UpdateJob: plan shows a replacement.
     */
    removal?: {
        reset: string | number | boolean;
        source: string;
    } | {
        server: string;
    } | {
        follows: string;
    };
    /**
     * Values SAE fills in or rewrites on read that mean the same as what the
     * manifest says (or leaves out): the SDK's TomcatConfig defaults, `shell`
     * read back as `other`. Keys of an object parameter equal to these, and
     * absent from the manifest, are not differences.
     */
    serverDefaults?: {
        values: Readonly<Record<string, unknown>>;
        source: string;
    };
    /** A value SAE reads back differently (`shell` → `other`): the live value that stands for the sent one. */
    readsBackAs?: {
        sent: string;
        read: string;
        source: string;
    };
}
export declare const JOB_PARAM_NOTES: Readonly<Record<string, JobParamNotes>>;
export interface JobParam extends JobParamNotes {
    name: string;
    in: 'query' | 'body';
    /** The type CreateJob declares (UpdateJob's, for a parameter only UpdateJob has). */
    type: ParamType;
    /** The type UpdateJob declares; undefined when UpdateJob has no such parameter. */
    updateType?: ParamType;
    /** CreateJob takes it, UpdateJob does not. */
    createOnly: boolean;
    /** DescribeJob does not return it: the live value cannot be compared. */
    requestOnly: boolean;
}
/** Every CreateJob and UpdateJob parameter, by name. */
export declare const JOB_PARAMS: ReadonlyMap<string, JobParam>;
/** Parameters CreateJob and UpdateJob take in the form body rather than the query. */
export declare const BODY_PARAMS: ReadonlySet<string>;
/** CreateJob parameters UpdateJob has no parameter for. */
export declare const CREATE_ONLY_PARAMS: ReadonlySet<string>;
/** Parameters whose value is a JSON string. */
export declare const JSON_PARAMS: ReadonlySet<string>;
export declare const NUMBER_PARAMS: ReadonlySet<string>;
export declare const BOOLEAN_PARAMS: ReadonlySet<string>;
/** Sent but never returned by DescribeJob: not compared, not exported. */
export declare const REQUEST_ONLY_PARAMS: ReadonlySet<string>;
/** Masked in every output by name, whatever the value. */
export declare const SECRET_PARAMS: ReadonlySet<string>;
/** What UpdateJob sends to clear a parameter the manifest no longer sets. */
export declare const CLEARING_VALUES: Readonly<Record<string, string>>;
/**
 * How plan undoes a parameter a manifest no longer sets (a test walks every
 * manifest parameter): `clear` sends the clearing value, `reset` SAE's
 * documented default, `server` and `follows` leave it alone (SAE fills it, or
 * it means nothing without another), `replace` — UpdateJob cannot express
 * the removal — makes the job a replacement. Identity and request-only
 * parameters are `none`: never compared.
 */
export type Removal = {
    kind: 'clear';
    value: string;
} | {
    kind: 'reset';
    value: string | number | boolean;
} | {
    kind: 'server';
} | {
    kind: 'follows';
    param: string;
} | {
    kind: 'replace';
} | {
    kind: 'none';
};
export declare function removalOf(param: string): Removal;
/** The manifest path a parameter's diff is shown under (`spec.template.env`, not `Envs`). */
export declare function manifestLabel(param: string): string;
/** The type of a DescribeJob `Data` field, from the contract. */
export declare function describedShape(field: string): Shape | undefined;
/** ListJobs' largest PageSize. */
export declare const MAX_PAGE_SIZE = 200;
/**
 * Two ways to describe NAS mounts: NasConfigs (several file systems) and the
 * older NasId + MountHost + MountDesc. SAE may report one as the other, so a
 * manifest that uses one form is compared on that form only.
 */
export declare const NAS_FORMS: readonly (readonly string[])[];
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
