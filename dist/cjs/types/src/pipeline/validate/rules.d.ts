import { type FieldPath, type Severity } from '../diagnostics.js';
export interface RuleFinding {
    /** Where the problem is in the source. */
    path: FieldPath;
    /** The field it concerns, when that is not `path` (a missing field lives at its parent). */
    field?: FieldPath;
    message: string;
    rule: string;
    saeCode?: string;
    /** Point at the key rather than the value. */
    target?: 'key' | 'value';
    severity?: Severity;
}
export interface RuleInfo {
    id: string;
    /** The SAE error code it prevents. */
    saeCode?: string;
    /** What it checks, for the rules table in docs/manifest.md (Markdown). */
    summary: string;
    /** What it prevents, when that is not (only) `saeCode`. */
    prevents?: string;
    /** Its findings are warnings. */
    severity?: 'warning';
}
type Obj = Record<string, unknown>;
interface Mount {
    path: FieldPath;
    mountPath: string;
}
/** What a rule reads: the manifest's sections (each `{}` when absent or of the wrong type) and the run's options. */
export declare class RuleContext {
    readonly manifest: Obj;
    readonly options: {
        region?: string | undefined;
        envRegion?: string | undefined;
        mayHoldReferences?: boolean | undefined;
    };
    readonly metadata: Obj;
    readonly spec: Obj;
    readonly template: Obj;
    private mountList;
    constructor(manifest: Obj, options: {
        region?: string | undefined;
        envRegion?: string | undefined;
        mayHoldReferences?: boolean | undefined;
    });
    /** The log entries (`logs.sls[]`), each with its path, for the SLS rules. */
    get sls(): {
        entry: Obj;
        at: FieldPath;
        i: number;
    }[];
    /** Every volume's mountPath, normalised (for mount-conflict and log-path-in-volume). */
    get mounts(): Mount[];
}
/** A finding as a rule reports it: the rule's id is added, its SAE code unless the finding names another. */
type Report = (finding: Omit<RuleFinding, 'rule'>) => void;
/**
 * A rule the schema cannot say: what it checks, the SAE error it prevents,
 * and the check. A rule without a check looks across manifests
 * (unique-identity): the validator runs it.
 */
export interface Rule extends RuleInfo {
    check?: (ctx: RuleContext, report: Report) => void;
}
/** Every rule: docs/manifest.md's table and the broken-manifest corpus are checked against this list. */
export declare const RULES: readonly Rule[];
/**
 * Every per-manifest rule on one manifest. `mayHoldReferences: false` (no
 * `${` in the file) skips looking for malformed references; `region` and
 * `envRegion` are `--region` and ALIBABA_CLOUD_REGION_ID.
 */
export declare function checkManifestRules(manifest: unknown, options?: RuleContext['options']): RuleFinding[];
/** What makes a job one job: (region, namespace, name). */
export interface Identity {
    id: string;
    name: string;
    namespace: string;
    region: string;
}
export declare function identityOf(manifest: unknown, options: {
    region?: string | undefined;
    envRegion?: string | undefined;
}): Identity | undefined;
/** `first` says where the job was defined first, e.g. `manifests/a.yaml:4:9`. */
export declare function duplicateIdentityFinding(identity: Identity, first: string): RuleFinding;
export declare function isIpAddress(ip: string): boolean;
export declare function isTimeZone(tz: string): boolean;
export {};
