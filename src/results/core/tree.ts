import {
  addMeasures,
  emptyMeasures,
  type Fact,
  type HistoryFact,
  type Measures,
  type UnitNode,
} from './types.js';

/** The organisation tree as the results need it: parents, and one stable display order. */
export interface UnitTree {
  /** Pre-order: each unit before its children; roots and siblings by code. */
  order: readonly string[];
  /** Position of a unit in `order`. */
  rank: ReadonlyMap<string, number>;
  /** The unit itself and then every unit above it, nearest first. */
  ancestorsOf(code: string): readonly string[];
}

/**
 * Builds the tree from the units table. Codes met only in facts (a procedure's managing unit that
 * is not a known unit) become roots of their own, so their records are shown and never lost.
 */
export function buildTree(units: readonly UnitNode[], extraCodes: Iterable<string> = []): UnitTree {
  const parent = new Map<string, string | null>();
  for (const u of units) parent.set(u.code, u.parentCode);
  for (const code of extraCodes) if (!parent.has(code)) parent.set(code, null);
  // a parent that is not a unit makes its child a root
  for (const [code, p] of parent) if (p !== null && !parent.has(p)) parent.set(code, null);

  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const [code, p] of parent) {
    if (p === null) roots.push(code);
    else {
      const list = children.get(p) ?? [];
      list.push(code);
      children.set(p, list);
    }
  }
  const byCode = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (code: string) => {
    if (seen.has(code)) return;
    seen.add(code);
    order.push(code);
    for (const child of (children.get(code) ?? []).sort(byCode)) visit(child);
  };
  for (const root of roots.sort(byCode)) visit(root);
  // units caught in a parent cycle are unreachable from any root: show them after the rest
  for (const code of [...parent.keys()].sort(byCode)) visit(code);

  const rank = new Map(order.map((code, i) => [code, i]));
  const ancestorsCache = new Map<string, string[]>();
  const ancestorsOf = (code: string): string[] => {
    const cached = ancestorsCache.get(code);
    if (cached) return cached;
    const chain: string[] = [];
    const visited = new Set<string>();
    let current: string | null | undefined = code;
    while (current !== null && current !== undefined && !visited.has(current)) {
      visited.add(current);
      chain.push(current);
      current = parent.get(current);
    }
    ancestorsCache.set(code, chain);
    return chain;
  };
  return { order, rank, ancestorsOf };
}

/** bucket → unit → source → measures summed over the unit and every unit below it. */
export type Rolled = Map<string, Map<string, Map<string, Measures>>>;

/**
 * Rolls facts up the tree: every unit's measures cover its own records and those of every unit
 * below it (contract "Roll-up through the tree"). Each fact is added once to each of its ancestors,
 * so a procedure, held by exactly one managing unit, is counted once at every level.
 */
export function rollUp(
  tree: UnitTree,
  items: Iterable<{ bucket: string; unit: string; source: string; measures: Partial<Measures> }>,
): Rolled {
  const rolled: Rolled = new Map();
  const child = <K, V>(map: Map<K, V>, key: K, make: () => V): V => {
    let value = map.get(key);
    if (value === undefined) {
      value = make();
      map.set(key, value);
    }
    return value;
  };
  for (const item of items) {
    const byUnit = child(rolled, item.bucket, () => new Map<string, Map<string, Measures>>());
    for (const unit of tree.ancestorsOf(item.unit)) {
      const bySource = child(byUnit, unit, () => new Map<string, Measures>());
      addMeasures(child(bySource, item.source, emptyMeasures), item.measures);
    }
  }
  return rolled;
}

export const factBucket = (f: Fact) => `${f.indicator}|${f.scope}`;
export const historyBucket = (h: HistoryFact) => `${h.indicator}|m${h.month}`;
