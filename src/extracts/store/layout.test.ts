import { describe, expect, it } from 'vitest';
import { storeLayout } from './layout.js';

describe('storeLayout', () => {
  it('names each column of the units table by the contract field', () => {
    const layout = storeLayout('units');
    expect(layout.columns.map((c) => [c.field, c.column])).toEqual([
      ['unit_code', 'code'],
      ['name', 'name'],
      ['kind', 'kind'],
      ['parent_code', 'parent_code'],
    ]);
    expect(layout.keyColumns).toEqual(['code']);
    expect(storeLayout('signatures').historyTable).toBeNull();
    expect(storeLayout('dossiers').historyTable).toBe('rec_dossiers_history');
    expect(storeLayout('staff').kind).toBe('snapshot');
  });

  it('marks the key text of dated sets as byte-ordered, as their tables declare it', () => {
    const byteOrder = (set: Parameters<typeof storeLayout>[0]) =>
      storeLayout(set)
        .columns.filter((c) => c.byteOrder)
        .map((c) => c.column);
    expect(byteOrder('dossiers')).toEqual(['dossier_id']);
    expect(byteOrder('signatures')).toEqual(['cert_id']); // signed_at is a timestamp
    expect(byteOrder('staff')).toEqual([]); // snapshot sets keep the default collation
    expect(byteOrder('units')).toEqual([]);
    expect(storeLayout('dossiers').columns.find((c) => c.field === 'entered_at')?.fallback).toBe(
      'received_at',
    );
  });
});
