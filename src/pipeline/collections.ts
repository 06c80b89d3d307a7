// Small helpers over plain values that every stage uses.

// Appending a list that may be long: `push(...items)` passes every item as an
// argument and overflows the stack past ~100,000 of them.
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** A mapping: an object that is not an array (YAML's mappings, JSON's objects). */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value at a field path of a plain value (objects and arrays); undefined where the path leaves it. */
export function valueAt(value: unknown, path: ReadonlyArray<string | number>): unknown {
  let cur = value;
  for (const seg of path)
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[seg] : undefined;
  return cur;
}
