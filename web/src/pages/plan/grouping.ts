/**
 * Tables "as printed": the plans' tables put heading rows ("A. CHỈ TIÊU …", "I. PHÁT TRIỂN NGUỒN
 * LỰC") between their items. Given each item's heading path, this interleaves a heading row
 * wherever the path changes, at every level that changed.
 */
export type GroupedRow<T> =
  | { type: 'group'; key: string; label: string; depth: number }
  | { type: 'item'; key: string; item: T };

export function withGroupRows<T>(
  items: readonly T[],
  path: (item: T) => readonly string[],
  key: (item: T) => string,
): GroupedRow<T>[] {
  const rows: GroupedRow<T>[] = [];
  let previous: readonly string[] = [];
  for (const item of items) {
    const current = path(item);
    let same = 0;
    while (same < current.length && same < previous.length && current[same] === previous[same]) same += 1;
    for (let depth = same; depth < current.length; depth += 1) {
      rows.push({
        type: 'group',
        key: `group:${rows.length}:${current.slice(0, depth + 1).join('›')}`,
        label: current[depth] ?? '',
        depth,
      });
    }
    rows.push({ type: 'item', key: key(item), item });
    previous = current;
  }
  return rows;
}
