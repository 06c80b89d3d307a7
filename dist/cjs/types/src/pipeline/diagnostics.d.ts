export type Severity = 'error' | 'warning';
/** A field path inside one manifest, e.g. ['spec', 'template', 'env', 2, 'name']. */
export type FieldPath = ReadonlyArray<string | number>;
export interface Diagnostic {
    severity: Severity;
    /** The file as the user named it, or `<stdin>`. */
    file: string;
    /** 1-based; 0 when the problem has no place in a file (e.g. a missing file). */
    line: number;
    col: number;
    endLine?: number;
    endCol?: number;
    /** Dotted field path, e.g. `spec.template.env[2].name`; empty for the document itself. */
    field: string;
    message: string;
    /** The saejob rule that found it, e.g. `schema/enum`, `cpu-memory`, `yaml/DUPLICATE_KEY`. */
    rule: string;
    /** The SAE error code the rule prevents, when SAE has one. */
    saeCode?: string;
    /** The environment whose final manifest has the problem (the file may be its base). */
    environment?: string;
}
export declare function formatFieldPath(path: FieldPath): string;
export declare function hasErrors(diagnostics: readonly Diagnostic[]): boolean;
/** Within one file: by line, then column. */
export declare const byPosition: (a: Diagnostic, b: Diagnostic) => number;
/** Files in the order they were given, each file's diagnostics by position. */
export declare function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[];
/** A value echoed in a message: quoted, and cut short (a value can be megabytes long). */
export declare function quoteValue(v: unknown, max?: number): string;
