// Appending a list that may be long: `push(...items)` passes every item as an
// argument and overflows the stack past ~100,000 of them.
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
