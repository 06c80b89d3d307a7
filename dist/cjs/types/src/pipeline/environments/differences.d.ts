export interface FieldDifference {
    /** The manifest path, list items by their key: `spec.template.env[LOG_LEVEL].value`. */
    field: string;
    a: unknown;
    b: unknown;
}
/** How two final manifests of a job differ, field by field, list items matched by their key. */
export declare function manifestDifferences(a: unknown, b: unknown, path?: string[], label?: string): FieldDifference[];
/**
 * The patch that turns `base` into `target` when merged as an environment's
 * patches are: changed keys, `null` for a removed key, keyed lists item by
 * item (`$patch: delete` for a removed item; when the order differs, every
 * item deleted and added again in the target's order).
 */
export declare function patchBetween(base: unknown, target: unknown, listPath?: string[]): unknown;
export interface ExportedEnvironment {
    name: string;
    namespace: string;
    /** The job manifests exported from its namespace, by job name. */
    jobs: Map<string, Record<string, unknown>>;
}
export interface Layout {
    /** Base manifests (the first environment's jobs), by job name. */
    base: Map<string, Record<string, unknown>>;
    /** Each environment's document. */
    environments: Map<string, Record<string, unknown>>;
    /** Jobs not in every environment: left out of the layout, with why. */
    skipped: string[];
}
/**
 * A base and one Environment document per environment that reproduce each
 * environment's exported jobs exactly: the first environment's jobs are the
 * base; the others' differences are patches.
 */
export declare function layoutFromExports(envs: readonly ExportedEnvironment[]): Layout;
