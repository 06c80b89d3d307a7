import { type ParamType, type Shape } from './operations.js';
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
/**
 * Two ways to describe NAS mounts: NasConfigs (several file systems) and the
 * older NasId + MountHost + MountDesc. SAE may report one as the other, so a
 * manifest that uses one form is compared on that form only.
 */
export declare const NAS_FORMS: readonly (readonly string[])[];
