import { describe, expect, it } from 'vitest';
import { encodeCsvRows, isoInstant } from './csv.js';
import { storeLayout } from './layout.js';

describe('isoInstant', () => {
  it.each([
    0,
    Date.UTC(2026, 2, 5, 1, 30),
    Date.UTC(2026, 1, 28, 23, 59, 59, 999),
    Date.UTC(2024, 1, 29, 12, 0, 0, 7),
    Date.UTC(1969, 11, 31, 23, 59, 59, 1),
    Date.UTC(9999, 11, 31, 23, 59, 59, 999),
  ])('formats %d exactly like Date#toISOString', (ms) => {
    expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
  });

  it('falls back for years past 9999', () => {
    const ms = Date.UTC(10000, 0, 1);
    expect(isoInstant(ms)).toBe('+010000-01-01T00:00:00.000Z');
  });
});

describe('encodeCsvRows', () => {
  it('writes the line, NULL as an empty field, quotes only where needed, and the entered_at fallback', () => {
    const { columns } = storeLayout('documents');
    const text = encodeCsvRows(
      [
        {
          line: 7,
          record: {
            doc_id: 'VB "1", số 2',
            unit_code: 'SKHCN',
            created_at: Date.UTC(2026, 2, 5, 1, 30),
            entered_at: null,
            kind: null,
            fully_electronic: true,
            digitally_signed: false,
            paper_parallel: false,
            state_secret: false,
          },
        },
        { line: 9, record: { doc_id: '', unit_code: 'A\nB', created_at: 0, entered_at: 1000 } },
      ],
      columns,
    );
    expect(text).toBe(
      '7,"VB ""1"", số 2",SKHCN,2026-03-05T01:30:00.000Z,2026-03-05T01:30:00.000Z,,t,f,f,f\n' +
        '9,"","A\nB",1970-01-01T00:00:00.000Z,1970-01-01T00:00:01.000Z,,,,,\n',
    );
  });

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
});
