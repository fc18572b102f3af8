import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.js';
import type { Database } from '../../db/connection.js';
import type { TypedValue } from '../read/typing.js';
import { BinaryRowWriter } from './copy-binary.js';
import { type StoreColumn, storeLayout } from './layout.js';

const COLUMNS: StoreColumn[] = [
  { field: 'id', column: 'id', sqlType: 'text' },
  { field: 'at', column: 'at', sqlType: 'timestamptz' },
  { field: 'again', column: 'again', sqlType: 'timestamptz', fallback: 'at' },
  { field: 'yes', column: 'yes', sqlType: 'boolean' },
  { field: 'n', column: 'n', sqlType: 'integer' },
];

/** Instants around the edges of the µs arithmetic: before 2000, negative epoch, beyond 2^53 µs, year 9999. */
const INSTANTS = [
  Date.UTC(2026, 2, 5, 1, 30, 0, 123),
  Date.UTC(2000, 0, 1),
  Date.UTC(1999, 11, 31, 23, 59, 59, 999),
  Date.UTC(1969, 6, 20, 20, 17, 40, 1),
  Date.UTC(1900, 0, 1),
  Date.UTC(2300, 5, 15, 12, 0, 0, 5),
  Date.UTC(9999, 11, 31, 23, 59, 59, 999),
  Date.UTC(1, 0, 1) + 1,
];

describe('BinaryRowWriter', () => {
  it('writes the signature, one field count and length per field, and the trailer', () => {
    const writer = new BinaryRowWriter([{ field: 'a', column: 'a', sqlType: 'text' }], { line: true }, 8);
    writer.row(7, ['Hà']);
    writer.row(8, [null]);
    const bytes = writer.payload();
    expect(bytes.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
    expect([...bytes.subarray(11, 19)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    // row 1: 2 fields; line int4 7; text of 3 UTF-8 bytes
    expect([...bytes.subarray(19, 36)]).toEqual([0, 2, 0, 0, 0, 4, 0, 0, 0, 7, 0, 0, 0, 3, 0x48, 0xc3, 0xa0]);
    // row 2: line 8, NULL = length −1; then the trailer
    expect([...bytes.subarray(36)]).toEqual([0, 2, 0, 0, 0, 4, 0, 0, 0, 8, 255, 255, 255, 255, 255, 255]);
    expect(writer.rows).toBe(2);
    writer.reset();
    expect(writer.rows).toBe(0);
    expect(writer.byteLength).toBe(19);
  });

  it('refuses a value of the wrong type rather than writing a wrong field', () => {
    const writer = new BinaryRowWriter(COLUMNS, { line: false });
    expect(() => writer.row(1, ['a', 'not a date', null, true, 1])).toThrow(TypeError);
    expect(() => writer.row(1, ['a', 1, null, true, 2 ** 31])).toThrow(TypeError);
    expect(() => writer.row(1, ['a', 1.5, null, true, 1])).toThrow(TypeError);
  });
});

describeEachEngine('binary COPY', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
    await database.raw.query(
      'CREATE TABLE copy_probe (line integer, src text, imp bigint, id text, at timestamptz, again timestamptz, yes boolean, n integer)',
    );
  });
  afterAll(async () => database?.close());

  it('round-trips every value the store writes, on this engine', async () => {
    const rows: TypedValue[][] = INSTANTS.map((at, i) => [
      i % 2 === 0 ? `HS-${i}` : `Hồ sơ "${i}", tiếng Việt\nhai dòng 🙂`,
      at,
      i === 3 ? null : at + 1,
      i % 3 === 0,
      i === 1 ? null : i === 2 ? -2_147_483_648 : 2_147_483_647 - i,
    ]);
    const writer = new BinaryRowWriter(
      COLUMNS,
      {
        line: true,
        constants: [
          { sqlType: 'text', value: 'tthc-tỉnh' },
          { sqlType: 'bigint', value: 2 ** 40 + 3 },
        ],
      },
      16, // small: the buffer grows as rows come
    );
    for (const [i, values] of rows.entries()) writer.row(100 + i, values);
    await database.raw.copyFrom(
      'copy_probe',
      ['line', 'src', 'imp', 'id', 'at', 'again', 'yes', 'n'],
      [writer.payload()],
      { format: 'binary' },
    );
    const back = await database.raw.query<{
      line: number;
      src: string;
      imp: string;
      id: string;
      at_ms: string;
      again_ms: string;
      yes: boolean;
      n: number | null;
    }>(
      `SELECT line, src, imp::text AS imp, id,
              (extract(epoch FROM at) * 1000)::bigint::text AS at_ms,
              (extract(epoch FROM again) * 1000)::bigint::text AS again_ms, yes, n
       FROM copy_probe ORDER BY line`,
    );
    expect(back).toEqual(
      rows.map((values, i) => ({
        line: 100 + i,
        src: 'tthc-tỉnh',
        imp: String(2 ** 40 + 3),
        id: values[0],
        at_ms: String(values[1]),
        again_ms: String(values[2] ?? values[1]), // the fallback stands in for an empty value
        yes: values[3],
        n: values[4],
      })),
    );
  });

  it('is the layout the store stages: every record set of the contract', async () => {
    for (const set of ['dossiers', 'documents', 'units', 'staff', 'signatures'] as const) {
      const { columns } = storeLayout(set);
      const table = `probe_${set}`;
      await database.raw.query(
        `CREATE TEMP TABLE ${table} (line integer, ${columns.map((c) => `${c.field} ${c.sqlType}`).join(', ')})`,
      );
      const writer = new BinaryRowWriter(columns, { line: true });
      writer.row(
        2,
        columns.map(() => null),
      );
      await database.raw.copyFrom(table, ['line', ...columns.map((c) => c.field)], [writer.payload()], {
        format: 'binary',
      });
      const [row] = await database.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(row?.n).toBe(1);
    }
  });
});
