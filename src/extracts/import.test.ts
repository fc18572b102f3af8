import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/db.js';
import type { Database } from '../db/connection.js';
import { type ImportContext, type ImportInput, importExtract, type ReadExtractFn } from './import.js';
import { RECORD_SETS, type TypedRecord } from './recordsets.js';
import { listImports } from './store/imports.js';

/**
 * A stand-in reader: the body is JSON Lines of `{ "line": n, "record": {…} }` or `{ "line": n, "error": "…" }`,
 * so the store is tested on exact typed records while the real readers are tested on their own.
 */
const fakeReader: ReadExtractFn = async (source, options, sink) => {
  let text = '';
  for await (const chunk of source) text += Buffer.from(chunk).toString('utf8');
  const batch: { line: number; record: TypedRecord }[] = [];
  const errors: { line: number; vi: string; en: string }[] = [];
  for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
    const item = JSON.parse(line) as { line: number; record?: TypedRecord; error?: string };
    if (item.error) errors.push({ line: item.line, vi: item.error, en: item.error });
    else if (item.record) {
      const unit = item.record.unit_code;
      if (options.recordSet !== 'units' && typeof unit === 'string' && !options.knownUnits.has(unit)) {
        errors.push({ line: item.line, vi: `unknown unit ${unit}`, en: `unknown unit ${unit}` });
      } else batch.push({ line: item.line, record: item.record });
    }
  }
  const fields = RECORD_SETS[options.recordSet].fields;
  for (const { line, record } of batch)
    sink.row(
      line,
      fields.map((f) => record[f.name] ?? null),
    );
  await sink.drain();
  return {
    rowsRead: batch.length + errors.length,
    errors,
    warnings: [],
    encoding: 'utf-8' as const,
    encodingDetected: true,
    encodingBasis: 'utf-8' as const,
    format: 'jsonl' as const,
  };
};

const body = (rows: object[]): AsyncIterable<Uint8Array> => ({
  async *[Symbol.asyncIterator]() {
    yield new TextEncoder().encode(rows.map((r) => JSON.stringify(r)).join('\n'));
  },
});

const ms = (iso: string) => Date.parse(iso);
const UNITS = [
  { line: 2, record: { unit_code: 'TINH', name: 'Tỉnh Sơn La', kind: 'province', parent_code: null } },
  {
    line: 3,
    record: { unit_code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', kind: 'department', parent_code: 'TINH' },
  },
  { line: 4, record: { unit_code: 'XMB', name: 'Xã Mường Bú', kind: 'commune', parent_code: 'TINH' } },
];

const dossier = (id: string, overrides: Partial<TypedRecord> = {}): TypedRecord => ({
  dossier_id: id,
  unit_code: 'SKHCN',
  procedure_code: 'P1',
  channel: 'online',
  full_online: true,
  received_at: ms('2026-03-05T01:30:00Z'),
  entered_at: null,
  due_at: ms('2026-03-10T10:00:00Z'),
  finished_at: null,
  status: 'processing',
  result_electronic: false,
  digitized: false,
  fee_required: false,
  paid_online: false,
  submit_seconds: 120,
  components_total: 3,
  components_reused: 1,
  ...overrides,
});

describeEachEngine('importExtract', (engine) => {
  let database: Database;
  let filesDir: string;
  let ctx: ImportContext;
  const dirs: string[] = [];

  beforeEach(async () => {
    database = await engine.open();
    filesDir = mkdtempSync(join(tmpdir(), 'tiendo-files-'));
    dirs.push(filesDir);
    ctx = { database, filesDir, actor: { kind: 'cli' }, now: () => new Date('2026-04-01T03:00:00Z') };
  });
  afterEach(async () => {
    await database.close();
  });
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  const run = (input: Partial<ImportInput> & { rows: object[] }) =>
    importExtract(
      ctx,
      {
        recordSet: 'dossiers',
        source: 'tthc-tinh',
        fileName: 'x.jsonl',
        via: 'cli',
        ...input,
        body: body(input.rows),
      },
      fakeReader,
    );

  const count = async (sql: string) => Number((await database.raw.query<{ n: string }>(sql))[0]?.n);

  it('imports units with parents from the same file, then updates a re-imported code', async () => {
    const first = await run({ recordSet: 'units', source: undefined, rows: UNITS });
    expect(first).toMatchObject({
      status: 'accepted',
      rowsRead: 3,
      imported: 3,
      replaced: 0,
      unchanged: 0,
      source: null,
    });
    const second = await run({
      recordSet: 'units',
      rows: [
        { line: 2, record: { unit_code: 'XMB', name: 'Xã Mường Bú', kind: 'commune', parent_code: 'SKHCN' } },
        { line: 3, record: { unit_code: 'TINH', name: 'Tỉnh Sơn La', kind: 'province', parent_code: null } },
        { line: 4, record: { unit_code: 'TINH2', name: 'Tỉnh khác', kind: 'province', parent_code: null } },
      ],
    });
    expect(second).toMatchObject({ status: 'accepted', imported: 1, replaced: 1, unchanged: 1 });
    const rows = await database.raw.query<{ code: string; parent_code: string | null }>(
      'SELECT code, parent_code FROM units ORDER BY code',
    );
    expect(rows).toEqual([
      { code: 'SKHCN', parent_code: 'TINH' },
      { code: 'TINH', parent_code: null },
      { code: 'TINH2', parent_code: null },
      { code: 'XMB', parent_code: 'SKHCN' },
    ]);
  });

  it('rejects a units file that closes a loop or names a parent that exists nowhere', async () => {
    await run({ recordSet: 'units', rows: UNITS });
    const summary = await run({
      recordSet: 'units',
      rows: [
        { line: 2, record: { unit_code: 'TINH', name: 'Tỉnh Sơn La', kind: 'province', parent_code: 'XMB' } },
        { line: 3, record: { unit_code: 'P1', name: 'Phòng 1', kind: 'division', parent_code: 'NOWHERE' } },
      ],
    });
    expect(summary.status).toBe('rejected');
    expect(summary.rejected.map((r) => r.line)).toEqual([2, 3]);
    expect(summary.rejected[1]?.en).toContain('"NOWHERE"');
    expect(await count(`SELECT count(*) AS n FROM units WHERE parent_code IS NULL`)).toBe(1);
    expect(await count('SELECT count(*) AS n FROM imports')).toBe(1);
  });

  it('accepts dossiers, keeps the original by SHA-256 and records the import with an audit entry', async () => {
    await run({ recordSet: 'units', rows: UNITS });
    const summary = await run({
      rows: [
        { line: 2, record: dossier('D1') },
        { line: 3, record: dossier('D2') },
      ],
    });
    expect(summary).toMatchObject({
      status: 'accepted',
      rowsRead: 2,
      imported: 2,
      replaced: 0,
      unchanged: 0,
      source: 'tthc-tinh',
    });
    expect(summary.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(filesDir, summary.sha256 as string))).toBe(true);
    const [row] = await database.raw.query<{ entered_at: Date; received_at: Date; import_id: string }>(
      "SELECT entered_at, received_at, import_id FROM rec_dossiers WHERE dossier_id = 'D1'",
    );
    // contract: entered_at empty = received_at
    expect(row?.entered_at.toISOString()).toBe('2026-03-05T01:30:00.000Z');
    expect(Number(row?.import_id)).toBe(summary.importId);
    const [history] = await listImports(database.db, { recordSet: 'dossiers' });
    expect(history).toMatchObject({
      status: 'applied',
      rowsRead: 2,
      imported: 2,
      actor: 'cli',
      via: 'cli',
      source: 'tthc-tinh',
    });
    expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'extract.import'")).toBe(2);
  });

  it('rejects a file with bad rows, naming every line, and leaves nothing behind', async () => {
    await run({ recordSet: 'units', rows: UNITS });
    const summary = await run({
      rows: [
        { line: 2, record: dossier('D1') },
        { line: 3, error: 'bad date' },
        { line: 5, record: dossier('D3', { unit_code: 'NOPE' }) },
        { line: 4, error: 'bad flag' },
      ],
    });
    expect(summary.status).toBe('rejected');
    expect(summary.rejected.map((r) => [r.line, r.en])).toEqual([
      [3, 'bad date'],
      [4, 'bad flag'],
      [5, 'unknown unit NOPE'],
    ]);
    expect(summary.importId).toBeNull();
    expect(await count('SELECT count(*) AS n FROM rec_dossiers')).toBe(0);
    expect(await count("SELECT count(*) AS n FROM imports WHERE record_set = 'dossiers'")).toBe(0);
    expect(readdirSync(filesDir).filter((f) => f !== summary.sha256)).toHaveLength(1); // only the units file
  });

  it('recognises a re-import of the same bytes as unchanged and records it as such', async () => {
    await run({ recordSet: 'units', rows: UNITS });
    const rows = [{ line: 2, record: dossier('D1') }];
    const first = await run({ rows });
    const again = await run({ rows });
    expect(again).toMatchObject({
      status: 'unchanged',
      rowsRead: 1,
      imported: 0,
      replaced: 0,
      unchanged: 1,
      sha256: first.sha256,
    });
    const history = await listImports(database.db, { recordSet: 'dossiers' });
    expect(history.map((h) => h.status)).toEqual(['unchanged', 'applied']);
    expect(await count('SELECT count(*) AS n FROM rec_dossiers_history')).toBe(0);
    // the same bytes for another source are a different extract
    const other = await run({ rows, source: 'dvcqg' });
    expect(other).toMatchObject({ status: 'accepted', imported: 1 });
  });

  it('replaces a corrected record, keeps the earlier version in history and leaves identical ones alone', async () => {
    await run({ recordSet: 'units', rows: UNITS });
    const first = await run({
      rows: [
        { line: 2, record: dossier('D1') },
        { line: 3, record: dossier('D2') },
      ],
    });
    const corrected = await run({
      rows: [
        { line: 2, record: dossier('D1', { status: 'finished', finished_at: ms('2026-03-08T02:00:00Z') }) },
        { line: 3, record: dossier('D2') },
        { line: 4, record: dossier('D3') },
      ],
    });
    expect(corrected).toMatchObject({
      status: 'accepted',
      rowsRead: 3,
      imported: 1,
      replaced: 1,
      unchanged: 1,
    });
    const current = await database.raw.query<{ dossier_id: string; status: string; import_id: string }>(
      'SELECT dossier_id, status, import_id FROM rec_dossiers ORDER BY dossier_id',
    );
    expect(current.map((r) => [r.dossier_id, r.status, Number(r.import_id)])).toEqual([
      ['D1', 'finished', corrected.importId],
      ['D2', 'processing', first.importId],
      ['D3', 'processing', corrected.importId],
    ]);
    const history = await database.raw.query<{
      dossier_id: string;
      status: string;
      import_id: string;
      superseded_by_import: string;
    }>('SELECT dossier_id, status, import_id, superseded_by_import FROM rec_dossiers_history');
    expect(
      history.map((r) => [r.dossier_id, r.status, Number(r.import_id), Number(r.superseded_by_import)]),
    ).toEqual([['D1', 'processing', first.importId, corrected.importId]]);
  });

  it('keeps the later row when a file repeats an id, and says so', async () => {
    await run({ recordSet: 'units', rows: UNITS });
    const summary = await run({
      rows: [
        { line: 2, record: dossier('D1', { status: 'received' }) },
        { line: 3, record: dossier('D2') },
        { line: 4, record: dossier('D1', { status: 'returned' }) },
      ],
    });
    expect(summary).toMatchObject({
      status: 'accepted',
      rowsRead: 3,
      imported: 2,
      replaced: 0,
      unchanged: 0,
    });
    expect(summary.warnings.map((w) => w.en)).toEqual([
      '1 rows repeat the id of a later row in the same file; the last one was kept.',
    ]);
    const rows = await database.raw.query<{ status: string }>(
      "SELECT status FROM rec_dossiers WHERE dossier_id = 'D1'",
    );
    expect(rows).toEqual([{ status: 'returned' }]);
  });

  describe("a source's first big extract, straight into its table", () => {
    const copiedInto: string[] = [];
    /** The import's COPYs, by table: which path the rows took. */
    const spying = (db: Database): Database => ({
      ...db,
      engine: db.engine,
      db: db.db,
      raw: db.raw,
      close: () => db.close(),
      transaction: (fn) =>
        db.transaction((tx) =>
          fn({
            db: tx.db,
            raw: {
              query: (text, params) => tx.raw.query(text, params),
              copyFrom: (table, columns, chunks, options) => {
                copiedInto.push(table);
                return tx.raw.copyFrom(table, columns, chunks, options);
              },
            },
          }),
        ),
    });
    /** A local file (only files go straight in: an upload would hold the table's lock while it arrives). */
    const big = (rows: object[]) => {
      copiedInto.length = 0;
      ctx = { ...ctx, database: spying(database), directLoadMinBytes: 1 };
      const dir = mkdtempSync(join(tmpdir(), 'tiendo-extract-'));
      dirs.push(dir);
      const path = join(dir, 'x.jsonl');
      writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n'));
      return importExtract(
        ctx,
        { recordSet: 'dossiers', source: 'tthc-tinh', fileName: 'x.jsonl', via: 'cli', body: path },
        fakeReader,
      );
    };
    const indexes = () =>
      database.raw
        .query<{ name: string }>(
          "SELECT indexrelid::regclass::text AS name FROM pg_index WHERE indrelid = 'rec_dossiers'::regclass ORDER BY 1",
        )
        .then((rows) => rows.map((r) => r.name));
    const ALL_INDEXES = [
      'rec_dossiers_finished_idx',
      'rec_dossiers_received_idx',
      'rec_dossiers_source_dossier_id_pk',
    ];

    it('takes the import id first, copies the rows in, rebuilds the key and indexes, and records it all', async () => {
      await run({ recordSet: 'units', rows: UNITS });
      const summary = await big([
        { line: 2, record: dossier('D1') },
        { line: 3, record: dossier('D2', { entered_at: ms('2026-03-07T01:00:00Z') }) },
      ]);
      expect(copiedInto).toEqual(['rec_dossiers']);
      expect(summary).toMatchObject({
        status: 'accepted',
        rowsRead: 2,
        imported: 2,
        replaced: 0,
        unchanged: 0,
      });
      const rows = await database.raw.query<{
        dossier_id: string;
        source: string;
        entered_at: Date;
        import_id: string;
      }>('SELECT dossier_id, source, entered_at, import_id FROM rec_dossiers ORDER BY dossier_id');
      expect(
        rows.map((r) => [r.dossier_id, r.source, r.entered_at.toISOString(), Number(r.import_id)]),
      ).toEqual([
        ['D1', 'tthc-tinh', '2026-03-05T01:30:00.000Z', summary.importId], // entered_at empty = received_at
        ['D2', 'tthc-tinh', '2026-03-07T01:00:00.000Z', summary.importId],
      ]);
      expect(await indexes()).toEqual(ALL_INDEXES);
      const [history] = await listImports(database.db, { recordSet: 'dossiers' });
      expect(history).toMatchObject({ id: summary.importId, status: 'applied', rowsRead: 2, imported: 2 });
      expect(existsSync(join(filesDir, summary.sha256 as string))).toBe(true);
      expect(await count("SELECT count(*) AS n FROM audit_log WHERE action = 'extract.import'")).toBe(2);
      // the source now has records: the same bytes again are staged and recognised as unchanged
      const again = await big([
        { line: 2, record: dossier('D1') },
        { line: 3, record: dossier('D2', { entered_at: ms('2026-03-07T01:00:00Z') }) },
      ]);
      expect(copiedInto).toEqual(['import_stage']);
      expect(again).toMatchObject({ status: 'unchanged', unchanged: 2 });
    });

    it('stages bytes that arrive over the network (an upload, a push), however big', async () => {
      await run({ recordSet: 'units', rows: UNITS });
      ctx = { ...ctx, database: spying(database), directLoadMinBytes: 1 };
      copiedInto.length = 0;
      const summary = await run({ rows: [{ line: 2, record: dossier('D1') }] });
      expect(copiedInto).toEqual(['import_stage']);
      expect(summary).toMatchObject({ status: 'accepted', imported: 1 });
    });

    it('goes back to the staged merge when the file repeats an id: the later row wins, as always', async () => {
      await run({ recordSet: 'units', rows: UNITS });
      const summary = await big([
        { line: 2, record: dossier('D1', { status: 'received' }) },
        { line: 3, record: dossier('D2') },
        { line: 4, record: dossier('D1', { status: 'returned' }) },
      ]);
      expect(copiedInto).toEqual(['rec_dossiers', 'import_stage']);
      expect(summary).toMatchObject({ status: 'accepted', rowsRead: 3, imported: 2 });
      expect(summary.warnings.map((w) => w.en)).toEqual([
        '1 rows repeat the id of a later row in the same file; the last one was kept.',
      ]);
      const rows = await database.raw.query<{ dossier_id: string; status: string; import_id: string }>(
        'SELECT dossier_id, status, import_id FROM rec_dossiers ORDER BY dossier_id',
      );
      expect(rows.map((r) => [r.dossier_id, r.status, Number(r.import_id)])).toEqual([
        ['D1', 'returned', summary.importId],
        ['D2', 'processing', summary.importId],
      ]);
      expect(await indexes()).toEqual(ALL_INDEXES);
      expect(await count("SELECT count(*) AS n FROM imports WHERE record_set = 'dossiers'")).toBe(1);
    });

    it('rejects a file with a bad row and leaves the table, its key and its indexes as they were', async () => {
      await run({ recordSet: 'units', rows: UNITS });
      const summary = await big([
        { line: 2, record: dossier('D1') },
        { line: 3, error: 'bad date' },
      ]);
      expect(copiedInto).toEqual(['rec_dossiers']);
      expect(summary).toMatchObject({ status: 'rejected', importId: null });
      expect(await count('SELECT count(*) AS n FROM rec_dossiers')).toBe(0);
      expect(await count("SELECT count(*) AS n FROM imports WHERE record_set = 'dossiers'")).toBe(0);
      expect(await indexes()).toEqual(ALL_INDEXES);
    });
  });

  it('keeps the later row of a repeated id also when it replaces an earlier import', async () => {
    await run({ recordSet: 'units', rows: UNITS });
    await run({ rows: [{ line: 2, record: dossier('D1') }] });
    const summary = await run({
      rows: [
        { line: 2, record: dossier('D1', { status: 'returned' }) },
        { line: 3, record: dossier('D1', { status: 'cancelled' }) },
        { line: 4, record: dossier('D2') },
      ],
    });
    expect(summary).toMatchObject({
      status: 'accepted',
      rowsRead: 3,
      imported: 1,
      replaced: 1,
      unchanged: 0,
    });
    const rows = await database.raw.query<{ status: string }>(
      "SELECT status FROM rec_dossiers WHERE dossier_id = 'D1'",
    );
    expect(rows).toEqual([{ status: 'cancelled' }]);
    expect(await count('SELECT count(*) AS n FROM rec_dossiers_history')).toBe(1);
  });

  it('stores each snapshot per (source, period) and keeps the earlier ones', async () => {
    await run({ recordSet: 'units', rows: UNITS });
    const staffRow = (id: string, left: number | null = null) => ({
      staff_id: id,
      unit_code: 'SKHCN',
      category: 'cong_chuc',
      it_specialist: false,
      digital_skills_trained_at: null,
      data_governance_trained_at: null,
      left_at: left,
    });
    const jan = await run({
      recordSet: 'staff',
      source: 'baocao',
      period: '2026-01',
      rows: [
        { line: 2, record: staffRow('S1') },
        { line: 3, record: staffRow('S2') },
      ],
    });
    const feb = await run({
      recordSet: 'staff',
      source: 'baocao',
      period: '2026-02',
      rows: [{ line: 2, record: staffRow('S1') }],
    });
    expect(jan).toMatchObject({ status: 'accepted', imported: 2, period: '2026-01' });
    expect(feb).toMatchObject({ status: 'accepted', imported: 1, period: '2026-02' });
    const rows = await database.raw.query<{ period: string; n: string }>(
      'SELECT period, count(*) AS n FROM rec_staff GROUP BY period ORDER BY period',
    );
    expect(rows.map((r) => [r.period, Number(r.n)])).toEqual([
      ['2026-01', 2],
      ['2026-02', 1],
    ]);
  });

  it('counts signatures as new or already there', async () => {
    await run({ recordSet: 'units', rows: UNITS });
    const sig = (id: string, at: string) => ({ cert_id: id, signed_at: ms(at) });
    await run({
      recordSet: 'signatures',
      source: 'kyso',
      rows: [{ line: 2, record: sig('C1', '2026-03-01T01:00:00Z') }],
    });
    const second = await run({
      recordSet: 'signatures',
      source: 'kyso',
      rows: [
        { line: 2, record: sig('C1', '2026-03-01T01:00:00Z') },
        { line: 3, record: sig('C1', '2026-03-02T01:00:00Z') },
      ],
    });
    expect(second).toMatchObject({ status: 'accepted', imported: 1, replaced: 0, unchanged: 1 });
  });

  it('stores what the real readers type, every kind of value, from XLSX and JSON Lines alike', async () => {
    await run({ recordSet: 'units', rows: UNITS });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Hồ sơ');
    sheet.addRow(['BÁO CÁO HỒ SƠ THÁNG 3/2026']);
    sheet.addRow([
      'Mã hồ sơ',
      'Mã đơn vị',
      'Ngày tiếp nhận',
      'Toàn trình',
      'Số thành phần',
      'Trạng thái',
      'Kênh',
    ]);
    // ExcelJS writes a Date's UTC fields as the cell's wall-clock time (Vietnam time, contract)
    sheet.addRow([
      12345,
      'SKHCN',
      new Date(Date.UTC(2026, 2, 5, 8, 30)),
      'có',
      3,
      'Đã hoàn thành',
      'Trực tuyến',
    ]);
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    const jsonl = new TextEncoder().encode(
      `${JSON.stringify({ dossier_id: 'HS-Ư', unit_code: 'XMB', received_at: '2026-03-06T09:00:00+07:00', full_online: false, components_total: '1.234', status: 'processing', channel: 'direct' })}\n`,
    );
    const bytes = (b: Uint8Array) => ({
      async *[Symbol.asyncIterator]() {
        yield b;
      },
    });
    for (const [fileName, body] of [
      ['hs.xlsx', xlsx],
      ['hs.jsonl', jsonl],
    ] as const) {
      const summary = await importExtract(ctx, {
        recordSet: 'dossiers',
        source: 'tthc-tinh',
        fileName,
        body: bytes(body),
        via: 'cli',
      });
      expect(summary, fileName).toMatchObject({ status: 'accepted', imported: 1, rejected: [] });
    }
    const rows = await database.raw.query<Record<string, unknown>>(
      `SELECT dossier_id, unit_code, received_at, entered_at, full_online, components_total, status, channel, digitized
       FROM rec_dossiers ORDER BY dossier_id`,
    );
    expect(
      rows.map((r) => ({
        ...r,
        received_at: (r.received_at as Date).toISOString(),
        entered_at: (r.entered_at as Date).toISOString(),
      })),
    ).toEqual([
      {
        dossier_id: '12345', // a code typed as a number in Excel is still that code
        unit_code: 'SKHCN',
        received_at: '2026-03-05T01:30:00.000Z',
        entered_at: '2026-03-05T01:30:00.000Z',
        full_online: true,
        components_total: 3,
        status: 'finished',
        channel: 'online',
        digitized: false,
      },
      {
        dossier_id: 'HS-Ư',
        unit_code: 'XMB',
        received_at: '2026-03-06T02:00:00.000Z',
        entered_at: '2026-03-06T02:00:00.000Z',
        full_online: false,
        components_total: 1234,
        status: 'processing',
        channel: 'direct',
        digitized: false,
      },
    ]);
  });

  it('refuses usage errors before reading: unknown set, missing or foreign source, missing period', async () => {
    const codeOf = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (e: { code?: string }) => e.code,
      );
    expect(await codeOf(run({ recordSet: 'nope', rows: [] }))).toBe('usage');
    expect(await codeOf(run({ source: undefined, rows: [] }))).toBe('usage');
    expect(await codeOf(run({ source: 'kyso', rows: [] }))).toBe('usage');
    expect(await codeOf(run({ recordSet: 'staff', source: 'baocao', rows: [] }))).toBe('usage');
    expect(await codeOf(run({ recordSet: 'staff', source: 'baocao', period: '2026-13', rows: [] }))).toBe(
      'usage',
    );
    expect(readdirSync(filesDir)).toEqual([]);
  });

  it('rejects an empty file', async () => {
    const summary = await run({ recordSet: 'units', rows: [] });
    expect(summary).toMatchObject({
      status: 'rejected',
      rejected: [{ line: null, en: 'The file holds no data rows.' }],
    });
    expect(readdirSync(filesDir)).toEqual([]);
  });
});
