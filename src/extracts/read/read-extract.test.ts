import { describe, expect, it } from 'vitest';
import type { AppError } from '../../shared/errors.js';
import { encodeLegacy } from '../encoding/index.js';
import type { RecordSetName, TypedRecord } from '../recordsets.js';
import { BATCH_SIZE } from './collector.js';
import { type ReadOptions, type ReadOutcome, readExtract } from './read-extract.js';

const UNITS = new Set(['TINH', 'SKHCN', 'XMB']);
const vn = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h - 7, mi, s);

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function read(
  content: string | Uint8Array,
  options: Partial<ReadOptions> & { recordSet: RecordSetName },
  chunkSize = 1 << 16,
): Promise<{ outcome: ReadOutcome; records: { line: number; record: TypedRecord }[]; batches: number }> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const records: { line: number; record: TypedRecord }[] = [];
  let batches = 0;
  const outcome = await readExtract(
    chunked(bytes, chunkSize),
    { fileName: 'extract.csv', knownUnits: UNITS, ...options },
    async (batch) => {
      batches++;
      records.push(...batch);
    },
  );
  return { outcome, records, batches };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected a rejection');
}

const DOSSIER_HEADER =
  'dossier_id,unit_code,procedure_code,channel,full_online,received_at,status,submit_seconds';

describe('readExtract — CSV', () => {
  it('types every field of a dossier', async () => {
    const csv = `${DOSSIER_HEADER},entered_at,due_at,finished_at,result_electronic,digitized,fee_required,paid_online,components_total,components_reused
HS1,SKHCN,1.001,online,1,05/03/2026 08:30,finished,245,,2026-03-10T17:00:00+07:00,2026-03-09T10:00:00Z,true,có,không,x,1.234,3
`;
    const { outcome, records } = await read(csv, { recordSet: 'dossiers' });
    expect(outcome).toEqual({
      rowsRead: 1,
      errors: [],
      warnings: [],
      encoding: 'utf-8',
      encodingDetected: true,
      encodingBasis: 'utf-8',
      format: 'csv',
    });
    expect(records).toEqual([
      {
        line: 2,
        record: {
          dossier_id: 'HS1',
          unit_code: 'SKHCN',
          procedure_code: '1.001',
          channel: 'online',
          full_online: true,
          received_at: vn(2026, 3, 5, 8, 30),
          entered_at: null,
          due_at: vn(2026, 3, 10, 17),
          finished_at: Date.UTC(2026, 2, 9, 10),
          status: 'finished',
          result_electronic: true,
          digitized: true,
          fee_required: false,
          paid_online: true,
          submit_seconds: 245,
          components_total: 1234,
          components_reused: 3,
        },
      },
    ]);
  });

  it('finds the header below title rows and counts title rows, blank lines and multi-line fields', async () => {
    const csv = [
      'BÁO CÁO HỒ SƠ TTHC,,,',
      'Tháng 3/2026,,,',
      '',
      'Mã hồ sơ,Mã đơn vị,Ngày tiếp nhận,Ghi chú',
      'HS1,SKHCN,01/03/2026,"dòng một',
      'dòng hai"',
      ',,,',
      '',
      'HS2,XMB,02/03/2026 07:00,',
      'HS3,NOPE,02/03/2026,',
    ].join('\r\n');
    const { outcome, records } = await read(csv, { recordSet: 'dossiers' });
    expect(records).toEqual([]);
    expect(outcome.rowsRead).toBe(3);
    expect(outcome.errors).toEqual([
      {
        line: 10,
        vi: 'Cột "unit_code": mã đơn vị "NOPE" không có trong danh sách đơn vị.',
        en: 'Field "unit_code": unit code "NOPE" is not a known unit.',
      },
    ]);
    expect(outcome.warnings).toEqual([
      { vi: 'Các cột không xác định đã bị bỏ qua: "Ghi chú".', en: 'Unknown columns ignored: "Ghi chú".' },
    ]);
  });

  it('sends the good rows with their lines when there is no bad row', async () => {
    const csv =
      'Danh sách\n\nMã hồ sơ,Mã đơn vị,Ngày tiếp nhận,Ghi chú\nHS1,SKHCN,01/03/2026,"a\nb"\n\nHS2,XMB,02/03/2026 07:00,\n';
    const { records } = await read(csv, { recordSet: 'dossiers' });
    expect(records.map((r) => [r.line, r.record.dossier_id, r.record.received_at])).toEqual([
      [4, 'HS1', vn(2026, 3, 1)],
      [7, 'HS2', vn(2026, 3, 2, 7)],
    ]);
  });

  it('reads semicolon files with Vietnamese headers in any case, NFD, Ð look-alike and tone placement', async () => {
    const header = [
      'MÃ HỒ SƠ',
      'mã đơn vị'.normalize('NFD'),
      'Ngày Tiếp Nhận',
      'Kênh',
      'Trạng thái',
      'Số hoá',
      'Ðã số hóa',
    ];
    const csv = `${header.slice(0, 6).join(';')}\nHS1;SKHCN;05/03/2026;Trực tuyến;Đã giải quyết;Có\n`;
    const { outcome, records } = await read(csv, { recordSet: 'dossiers' });
    expect(outcome.errors).toEqual([]);
    expect(records[0]?.record).toMatchObject({
      dossier_id: 'HS1',
      unit_code: 'SKHCN',
      channel: 'online',
      status: 'finished',
      digitized: true,
    });
    // "Số hoá" and "Ðã số hóa" both name `digitized`: a column given twice.
    const twice = `${[header[0], header[1], header[2], header[5], header[6]].join(';')}\nHS1;SKHCN;05/03/2026;1;1\n`;
    const err = await rejection(read(twice, { recordSet: 'dossiers' }));
    expect(err.code).toBe('duplicate_column');
    expect(err.en).toBe(
      'Header (line 1): field "digitized" is given more than once ("Số hoá", "Ðã số hóa").',
    );
  });

  it('rejects a column given twice by its English name', async () => {
    const err = await rejection(
      read('dossier_id,unit_code,received_at,DOSSIER_ID\nA,SKHCN,01/03/2026,B\n', { recordSet: 'dossiers' }),
    );
    expect(err.code).toBe('duplicate_column');
  });

  it('reports every bad row by line with a reason naming field and value', async () => {
    const csv = [
      `${DOSSIER_HEADER},components_total`,
      ',SKHCN,1,online,1,01/03/2026,finished,1,1', // 2 id empty
      'HS2,SKHCN,1,online,1,31/02/2026,finished,1,1', // 3 impossible date
      'HS3,SKHCN,1,fax,1,01/03/2026,finished,1,1', // 4 unknown enum
      'HS4,SKHCN,1,online,maybe,01/03/2026,finished,1,1', // 5 bad flag
      'HS5,SKHCN,1,online,1,01/03/2026,finished,1.5,-2', // 6 non-integers
      'HS6,,1,online,1,,finished,1,1', // 7 unit and date empty
      'HS7,GHOST,1,online,1,01/03/2026,finished,1,1', // 8 unknown unit
      'HS8,SKHCN,1,online,1,01/03/2026,finished,1,1', // 9 good
    ].join('\n');
    const { outcome, records } = await read(csv, { recordSet: 'dossiers' });
    expect(records).toEqual([]);
    expect(outcome.rowsRead).toBe(8);
    expect(outcome.errors.map((e) => [e.line, e.en])).toEqual([
      [2, 'Required field "dossier_id" is empty.'],
      [
        3,
        'Field "received_at": "31/02/2026" is not a valid date/time (dd/mm/yyyy [HH:mm[:ss]] or ISO 8601).',
      ],
      [4, 'Field "channel": "fax" is not one of the allowed values (online, direct, postal).'],
      [5, 'Field "full_online": "maybe" is not a valid yes/no value (1/0, true/false, có/không, x).'],
      [
        6,
        'Field "submit_seconds": "1.5" is not a non-negative whole number. Field "components_total": "-2" is not a non-negative whole number.',
      ],
      [7, 'Required field "unit_code" is empty. Required field "received_at" is empty.'],
      [8, 'Field "unit_code": unit code "GHOST" is not a known unit.'],
    ]);
    expect(outcome.errors[1]?.vi).toBe(
      'Cột "received_at": giá trị "31/02/2026" không phải ngày giờ hợp lệ (dd/mm/yyyy [HH:mm[:ss]] hoặc ISO 8601).',
    );
    expect(outcome.errors[0]?.vi).toBe('Thiếu giá trị bắt buộc ở cột "dossier_id".');
  });

  it('treats a line over 1 MiB as a bad row', async () => {
    const csv = `dossier_id,unit_code,received_at\nHS1,SKHCN,${'9'.repeat(1024 * 1024 + 1)}\nHS2,SKHCN,01/03/2026\n`;
    const { outcome } = await read(csv, { recordSet: 'dossiers' });
    expect(outcome.errors).toEqual([
      { line: 2, vi: 'Dòng dài quá 1 MiB; bỏ qua.', en: 'Line longer than 1 MiB.' },
    ]);
    expect(outcome.rowsRead).toBe(2);
  });

  it.each([
    ['an empty file', '', 'no_rows'],
    ['blank lines only', '\n \r\n,,\n', 'no_rows'],
    ['a header-only file', 'dossier_id,unit_code,received_at\n\n', 'no_rows'],
    ['a file without a header', 'a,b,c\n1,2,3\n', 'no_header'],
  ])('rejects %s', async (_what, csv, code) => {
    expect((await rejection(read(csv, { recordSet: 'dossiers' }))).code).toBe(code);
  });

  it('batches large files in order and gives the same result whatever the chunk size', async () => {
    const rows = Array.from({ length: BATCH_SIZE * 2 + 5 }, (_, i) => `HS${i},XMB,"0${1 + (i % 9)}/03/2026"`);
    const csv = `dossier_id;unit_code;received_at\n${rows.join('\n').replaceAll(',', ';')}`;
    const big = await read(csv, { recordSet: 'dossiers' });
    expect(big.outcome.rowsRead).toBe(BATCH_SIZE * 2 + 5);
    expect(big.batches).toBe(2);
    expect(big.records.length).toBe(BATCH_SIZE * 2 + 5);
    expect(big.records.every((r, i) => r.line === i + 2)).toBe(true);
    expect(big.records.at(-1)).toEqual({
      line: BATCH_SIZE * 2 + 6,
      record: expect.objectContaining({ dossier_id: `HS${BATCH_SIZE * 2 + 4}` }),
    });
    const small = await read(csv.slice(0, 2000), { recordSet: 'dossiers' }, 7);
    const whole = await read(csv.slice(0, 2000), { recordSet: 'dossiers' });
    expect(small.records).toEqual(whole.records);
  });

  it('reads legacy encodings and a UTF-8 BOM', async () => {
    const csv = 'Mã hồ sơ,Mã đơn vị,Ngày tiếp nhận,Trạng thái\nHS1,SKHCN,01/03/2026,Đã hủy\n';
    const bom = await read(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]), {
      recordSet: 'dossiers',
    });
    expect(bom.records[0]?.record.status).toBe('cancelled');
    expect(bom.outcome.encodingBasis).toBe('bom');
    for (const encoding of ['windows-1258', 'tcvn3', 'vni'] as const) {
      const given = await read(encodeLegacy(csv, encoding), { recordSet: 'dossiers', encoding });
      expect(given.records[0]?.record.status).toBe('cancelled');
      expect(given.outcome).toMatchObject({ encoding, encodingDetected: false, encodingBasis: 'given' });
    }
    const guessed = await read(
      encodeLegacy(`${csv}HS2,XMB,02/03/2026,Đang xử lý\nHS3,XMB,03/03/2026,Trả lại\n`, 'tcvn3'),
      {
        recordSet: 'dossiers',
      },
    );
    expect(guessed.outcome).toMatchObject({
      encoding: 'tcvn3',
      encodingDetected: true,
      encodingBasis: 'content',
      errors: [],
    });
    expect(guessed.records.map((r) => r.record.status)).toEqual(['cancelled', 'processing', 'returned']);
  });
});

describe('readExtract — units', () => {
  it('accepts parents from the same file (in any order) or known units, and rejects unknown ones', async () => {
    const csv =
      'Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\nP1,Phòng Tổng hợp,Phòng,S1\nS1,Sở Khoa học và Công nghệ,Sở,TINH\nX1,Xã Mường Bú,xã,\n';
    const ok = await read(csv, { recordSet: 'units' });
    expect(ok.outcome.errors).toEqual([]);
    expect(ok.records.map((r) => r.record)).toEqual([
      { unit_code: 'P1', name: 'Phòng Tổng hợp', kind: 'division', parent_code: 'S1' },
      { unit_code: 'S1', name: 'Sở Khoa học và Công nghệ', kind: 'department', parent_code: 'TINH' },
      { unit_code: 'X1', name: 'Xã Mường Bú', kind: 'commune', parent_code: null },
    ]);
    const bad = await read(`${csv}X2,Xã Khác,ward,NOWHERE\n`, { recordSet: 'units' });
    expect(bad.records).toEqual([]);
    expect(bad.outcome.errors).toEqual([
      {
        line: 5,
        vi: 'Cột "parent_code": mã đơn vị "NOWHERE" không có trong danh sách đơn vị.',
        en: 'Field "parent_code": unit code "NOWHERE" is not a known unit.',
      },
    ]);
  });
});

describe('readExtract — JSON Lines', () => {
  it('accepts booleans, numbers, strings, "" and null; skips blank lines; reports non-objects', async () => {
    const jsonl = [
      '{"dossier_id":"HS1","unit_code":"SKHCN","received_at":"05/03/2026","full_online":true,"submit_seconds":120,"channel":"","status":null}',
      '',
      '{"Mã hồ sơ":"HS2","Mã đơn vị":"XMB","Ngày tiếp nhận":"2026-03-05T00:00:00Z","digitized":"có","components_total":"1.200","extra":1}',
    ].join('\n');
    const { outcome, records } = await read(`\uFEFF${jsonl}`, { recordSet: 'dossiers', fileName: 'x.jsonl' });
    expect(outcome.errors).toEqual([]);
    expect(outcome.format).toBe('jsonl');
    expect(outcome.warnings).toEqual([
      { vi: 'Các cột không xác định đã bị bỏ qua: "extra".', en: 'Unknown columns ignored: "extra".' },
    ]);
    expect(records.map((r) => [r.line, r.record])).toEqual([
      [
        1,
        expect.objectContaining({
          dossier_id: 'HS1',
          received_at: vn(2026, 3, 5),
          full_online: true,
          submit_seconds: 120,
          channel: null,
          status: null,
        }),
      ],
      [
        3,
        expect.objectContaining({
          dossier_id: 'HS2',
          received_at: Date.UTC(2026, 2, 5),
          digitized: true,
          components_total: 1200,
        }),
      ],
    ]);
  });

  it('reports every bad line', async () => {
    const jsonl = [
      '[1,2]',
      '"text"',
      '{not json',
      '{"dossier_id":"HS1","unit_code":"SKHCN","received_at":"05/03/2026","submit_seconds":1.5}',
      '{"dossier_id":"HS2","unit_code":"SKHCN","received_at":"05/03/2026","full_online":"yes","channel":{"a":1}}',
      '{"dossier_id":"HS3","unit_code":"SKHCN","received_at":20260305,"full_online":2}',
      '{"dossier_id":"HS4","unit_code":"SKHCN","received_at":"05/03/2026","submit_seconds":-1}',
    ].join('\r\n');
    const { outcome } = await read(jsonl, { recordSet: 'dossiers', fileName: 'x.ndjson' });
    expect(outcome.rowsRead).toBe(7);
    expect(outcome.errors.map((e) => [e.line, e.en])).toEqual([
      [1, 'The line is not a JSON object (array).'],
      [2, 'The line is not a JSON object (string).'],
      [3, 'The line is not a JSON object (JSON không hợp lệ / invalid JSON).'],
      [4, 'Field "submit_seconds": "1.5" is not a non-negative whole number.'],
      [5, 'Field "channel": a JSON object is not a valid value.'],
      [
        6,
        'Field "full_online": "2" is not a valid yes/no value (1/0, true/false, có/không, x). Field "received_at": "20260305" is not a valid date/time (dd/mm/yyyy [HH:mm[:ss]] or ISO 8601).',
      ],
      [7, 'Field "submit_seconds": "-1" is not a non-negative whole number.'],
    ]);
  });

  it('accepts a missing final newline and the format override', async () => {
    const { records, outcome } = await read('{"signed_at":"01/03/2026 10:00","cert_id":"C1"}', {
      recordSet: 'signatures',
      fileName: 'export.dat',
      format: 'jsonl',
    });
    expect(outcome.errors).toEqual([]);
    expect(records).toEqual([{ line: 1, record: { cert_id: 'C1', signed_at: vn(2026, 3, 1, 10) } }]);
  });
});
