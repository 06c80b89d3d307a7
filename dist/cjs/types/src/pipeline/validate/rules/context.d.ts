import type { FieldPath, Severity } from '../../diagnostics.js';
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
export type Obj = Record<string, unknown>;
export declare const asObj: (v: unknown) => Obj;
export declare const asArr: (v: unknown) => unknown[];
export declare const str: (v: unknown) => string | undefined;
export declare const SCRIPT_PACKAGES: Set<string>;
export declare const T: readonly ['spec', 'template'];
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
export type Report = (finding: Omit<RuleFinding, 'rule'>) => void;
/**
 * A rule the schema cannot say: what it checks, the SAE error it prevents,
 * and the check. A rule without a check looks across manifests
 * (unique-identity): the validator runs it.
 */
export interface Rule extends RuleInfo {
    check?: (ctx: RuleContext, report: Report) => void;
}
/** Every rule: docs/manifest.md's table and the broken-manifest corpus are checked against this list. */
/** Every string of a value, with its path (bounded by the value's own size). */
export declare function walkStrings(v: unknown, path: FieldPath, visit: (value: string, path: FieldPath) => void): void;
export declare function normalisePath(p: string): string;
export declare function pathText(path: FieldPath): string;
export declare function isIpAddress(ip: string): boolean;
export declare function isTimeZone(tz: string): boolean;
export {};
