import { describe, expect, it } from 'vitest';
import { withGroupRows } from './grouping.js';

describe('withGroupRows', () => {
  it('puts a heading row wherever the heading path changes, at each changed level', () => {
    const items = [
      { code: '1', group: ['A', 'I'] },
      { code: '2', group: ['A', 'I'] },
      { code: '3', group: ['A', 'II'] },
      { code: '4', group: ['B', 'II'] },
      { code: '5', group: [] },
    ];
    const rows = withGroupRows(
      items,
      (i) => i.group,
      (i) => i.code,
    );
    expect(rows.map((r) => (r.type === 'group' ? `${'  '.repeat(r.depth)}# ${r.label}` : r.key))).toEqual([
      '# A',
      '  # I',
      '1',
      '2',
      '  # II',
      '3',
      '# B',
      '  # II',
      '4',
      '5',
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('adds nothing when there are no headings', () => {
    expect(
      withGroupRows(
        [{ code: 'x' }],
        () => [],
        (i) => i.code,
      ),
    ).toEqual([{ type: 'item', key: 'x', item: { code: 'x' } }]);
  });
});
