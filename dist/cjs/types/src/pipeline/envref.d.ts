export interface EnvExpansion {
    value: string;
    /** Variables referenced that are not set. */
    missing: string[];
    /** Variables that were substituted with their values (not with a default). */
    used: string[];
}
export declare function expandEnvRefs(text: string, env: Readonly<Record<string, string | undefined>>): EnvExpansion;
/** Whether the whole string is one `${env:NAME}` reference (with or without a default). */
export declare function isWholeEnvRef(text: string): boolean;
/** Where a `${var:` reference starts (the name in group 1). */
export declare const VARIABLE_REF: RegExp;
/** Every whole `${var:NAME}` / `${var:NAME:-default}` reference of a text (name, default). */
export declare const VAR_REF: RegExp;
/** A value that is one reference and nothing else: it keeps the variable's type. */
export declare const WHOLE_VAR_REF: RegExp;
/** The names of the variables a text refers to. */
export declare const variableNames: (text: string) => string[];
/** Variable names whose values are treated as secrets (redacted, never exported). */
export declare const SECRET_NAME: RegExp;
/** Whether an env entry's value is secret by the entry itself: its `secret:` flag, else its name. */
export declare const isSecretEntry: (name: string, secret: unknown) => boolean;
/** Every `${` that is neither `${env:NAME}` nor the escape `$${`, with what is wrong with it. */
export declare function badEnvRefs(text: string): string[];
