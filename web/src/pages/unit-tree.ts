import { foldVi } from '../../../src/core/vi-text.js';
import { compareVi } from '../format.js';
import type { Unit } from '../types.js';

/** The organisation tree of GET /units (province → departments, agencies, communes, wards → divisions). */
export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

// Departments before agencies before wards and communes, as the province lists them.
const KIND_ORDER = ['province', 'department', 'agency', 'division', 'ward', 'commune'];
const kindRank = (kind: string) => {
  const rank = KIND_ORDER.indexOf(kind);
  return rank === -1 ? KIND_ORDER.length : rank;
};

/** Builds the tree; a unit whose parent is unknown is a root, so nothing is hidden. */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.code, { unit, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentCode ? nodes.get(node.unit.parentCode) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => kindRank(a.unit.kind) - kindRank(b.unit.kind) || compareVi(a.unit.name, b.unit.name));
    for (const node of list) sort(node.children);
    return list;
  };
  return sort(roots);
}

/**
 * Keeps the units whose name (or code) contains the query, tolerant of diacritics and of the
 * look-alike 'Ð' ("muong bu", "Mường Bú" and "MUONG BU" all find Xã Mường Bú), with their
 * ancestors; `matches` are the units found, `expanded` the keys to open so that they show.
 */
export function filterUnitTree(
  roots: readonly UnitNode[],
  query: string,
): { roots: UnitNode[]; matches: string[]; expanded: string[] } {
  const needle = foldVi(query);
  if (needle === '') return { roots: [...roots], matches: [], expanded: roots.map((r) => r.unit.code) };
  const matches: string[] = [];
  const expanded = new Set<string>();
  const visit = (node: UnitNode, ancestors: string[]): UnitNode | null => {
    const hit = foldVi(node.unit.name).includes(needle) || foldVi(node.unit.code).includes(needle);
    const children = node.children.flatMap((child) => visit(child, [...ancestors, node.unit.code]) ?? []);
    if (hit) {
      matches.push(node.unit.code);
      for (const code of ancestors) expanded.add(code);
    }
    if (!hit && children.length === 0) return null;
    return { unit: node.unit, children: hit ? node.children : children };
  };
  const kept = roots.flatMap((root) => visit(root, []) ?? []);
  return { roots: kept, matches, expanded: [...expanded] };
}

export function countUnits(roots: readonly UnitNode[]): number {
  return roots.reduce((sum, node) => sum + 1 + countUnits(node.children), 0);
}
