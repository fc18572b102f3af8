import { describe, expect, it } from 'vitest';
import type { Unit } from '../types.js';
import { buildUnitTree, countUnits, filterUnitTree, type UnitNode } from './unit-tree.js';

const units: Unit[] = [
  { code: 'XA-MUONG-BU', name: 'Xã Mường Bú', kind: 'commune', parentCode: 'SONLA' },
  { code: 'VPUBND-NC', name: 'Phòng Nội chính', kind: 'division', parentCode: 'VPUBND' },
  { code: 'SONLA', name: 'UBND tỉnh Sơn La', kind: 'province', parentCode: null },
  { code: 'CAT', name: 'Công an tỉnh', kind: 'agency', parentCode: 'SONLA' },
  { code: 'VPUBND', name: 'Văn phòng UBND tỉnh', kind: 'department', parentCode: 'SONLA' },
  { code: 'SNV', name: 'Sở Nội vụ', kind: 'department', parentCode: 'SONLA' },
  { code: 'XA-DOAN-KET', name: 'Xã Đoàn Kết', kind: 'commune', parentCode: 'SONLA' },
  { code: 'P-TO-HIEU', name: 'Phường Tô Hiệu', kind: 'ward', parentCode: 'SONLA' },
];

const outline = (nodes: UnitNode[], depth = 0): string[] =>
  nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.unit.code}`, ...outline(n.children, depth + 1)]);

describe('unit tree', () => {
  it('nests units under their parents: departments, agencies, wards, communes, each in Vietnamese order', () => {
    const tree = buildUnitTree(units);
    expect(outline(tree)).toEqual([
      'SONLA',
      '  SNV',
      '  VPUBND',
      '    VPUBND-NC',
      '  CAT',
      '  P-TO-HIEU',
      '  XA-DOAN-KET',
      '  XA-MUONG-BU',
    ]);
    expect(countUnits(tree)).toBe(8);
  });

  it('finds a unit with or without diacritics and opens its ancestors', () => {
    const tree = buildUnitTree(units);
    for (const query of ['Mường Bú', 'muong bu', 'MUONG BÚ']) {
      const found = filterUnitTree(tree, query);
      expect(outline(found.roots)).toEqual(['SONLA', '  XA-MUONG-BU']);
      expect(found.matches).toEqual(['XA-MUONG-BU']);
      expect(found.expanded).toEqual(['SONLA']);
    }
    expect(filterUnitTree(tree, 'doan ket').matches).toEqual(['XA-DOAN-KET']);
    expect(filterUnitTree(tree, 'Ðoàn Kết').matches).toEqual(['XA-DOAN-KET']); // look-alike Ð (U+00D0)
    expect(filterUnitTree(tree, 'nội chính').expanded.sort()).toEqual(['SONLA', 'VPUBND']);
    expect(filterUnitTree(tree, 'không có').roots).toEqual([]);
  });

  it('shows the whole tree, root open, when the query is empty', () => {
    const tree = buildUnitTree(units);
    const found = filterUnitTree(tree, '  ');
    expect(countUnits(found.roots)).toBe(8);
    expect(found.expanded).toEqual(['SONLA']);
  });
});
