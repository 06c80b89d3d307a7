export declare function pushAll<T>(target: T[], items: Iterable<T>): T[];
/** The value at a field path of a plain value (objects and arrays); undefined where the path leaves it. */
export declare function valueAt(value: unknown, path: ReadonlyArray<string | number>): unknown;
