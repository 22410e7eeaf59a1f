/**
 * Items grouped into lists by key, each list in the items' order, keys in first-seen order. (Map.groupBy would do,
 * but it needs Node 21.)
 */
export function groupBy<T, K, V = T>(
  items: Iterable<T>,
  keyOf: (item: T) => K,
  pick: (item: T) => V = (item) => item as unknown as V,
): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(pick(item));
    else groups.set(key, [pick(item)]);
  }
  return groups;
}
