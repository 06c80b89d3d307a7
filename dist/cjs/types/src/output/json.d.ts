/**
 * The version of every JSON object a command prints: it changes when a field
 * is renamed or removed, not when one is added. compile's array and
 * export's manifest have the shapes cli.md and the schema give.
 */
export declare const JSON_FORMAT_VERSION = 1;
/** A command's JSON object, versioned. */
export declare const jsonDocument: (fields: Record<string, unknown>) => string;
/** A JSON value whose shape is given elsewhere (compile's array, an exported manifest). */
export declare const jsonValue: (value: unknown) => string;
