export declare function pushAll<T>(target: T[], items: Iterable<T>): T[];
/** A mapping: an object that is not an array (YAML's mappings, JSON's objects). */
export declare const isRecord: (v: unknown) => v is Record<string, unknown>;
/** The value at a field path of a plain value (objects and arrays); undefined where the path leaves it. */
export declare function valueAt(value: unknown, path: ReadonlyArray<string | number>): unknown;
