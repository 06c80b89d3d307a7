export declare const MASK = "******";
/**
 * Secrets shorter than this are masked only where they stand whole: masking
 * "1" inside other text would garble it and show where the 1s are.
 */
export declare const MIN_EMBEDDED_SECRET = 4;
export declare function redactText(text: string, secrets: readonly string[]): string;
/**
 * Every string in a value, redacted as text. A short secret is not masked
 * here even where a string equals it ("1" is also a replica count): it is
 * masked by where it stands (redactParams, the plan's env views).
 */
export declare function redactDeep<T>(value: T, secrets: readonly string[]): T;
/**
 * Which env entries the manifest decided about: secret (by a secret value or
 * `secret: true`) and shown (`secret: false` on a name that only looks secret).
 */
export interface EnvSecrecy {
    readonly secretEnvNames?: readonly string[];
    readonly shownEnvNames?: readonly string[];
}
/**
 * An env entry's value is secret because the manifest made it so, or by its
 * name unless the manifest said `secret: false`. Entries only on the live job
 * are judged by name: their values are not the manifest's to show.
 */
export declare const isSecretEnvEntry: (name: unknown, names: EnvSecrecy) => boolean;
/** A list of env entries (Envs, parsed) with secret values masked by entry. */
export declare function maskEnvEntries(entries: unknown, names: EnvSecrecy): unknown;
/**
 * Request parameters as they may be shown: secret parameters masked whole,
 * Envs with secret entries masked by entry, then any secret still inside
 * other text masked in place.
 */
export declare function redactParams<T extends Record<string, unknown>>(params: T, secrets: readonly string[], names: EnvSecrecy): T;
/** A request (or anything with query and body) with its parameters redacted; see redactParams. */
export declare function redactRequest<R extends {
    query: Record<string, unknown>;
    body: Record<string, unknown>;
}>(req: R, job: {
    secrets: readonly string[];
} & EnvSecrecy): R;
