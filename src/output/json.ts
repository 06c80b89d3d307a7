// -o json: one JSON document on stdout.

/**
 * The version of every JSON object a command prints: it changes when a field
 * is renamed or removed, not when one is added. compile's array and
 * export's manifest have the shapes cli.md and the schema give.
 */
export const JSON_FORMAT_VERSION = 1;

/** A command's JSON object, versioned. */
export const jsonDocument = (fields: Record<string, unknown>): string =>
  `${JSON.stringify({ formatVersion: JSON_FORMAT_VERSION, ...fields }, null, 2)}\n`;

/** A JSON value whose shape is given elsewhere (compile's array, an exported manifest). */
export const jsonValue = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
