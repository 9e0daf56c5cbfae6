/** Groups phrase entries by their first word, so a parser looks only at entries that can start at a token. */
export function byFirstWord<T>(entries: readonly T[], words: (e: T) => readonly string[]): ReadonlyMap<string, readonly T[]> {
  const map = new Map<string, T[]>();
  for (const e of entries) {
    const first = words(e)[0];
    if (first === undefined) continue;
    const list = map.get(first);
    if (list === undefined) map.set(first, [e]);
    else list.push(e);
  }
  return map;
}
