/**
 * The extract reader: bytes → typed records of one record set, with every bad row reported
 * (contract "Files", "How an import reads a file", "Values in files"). Streams: no file is held
 * in memory except XLSX, which needs random access and is small in practice.
 */
import { AppError } from '../../shared/errors.js';
import type { EncodingName } from '../encoding/index.js';
import { RECORD_SETS, type RecordSetName, type RowError } from '../recordsets.js';
import { type OnBatch, RecordBatcher, RowCollector, type RowSink } from './collector.js';
import { CsvParser, detectDelimiter } from './csv.js';
import { decodeStream, type EncodingBasis } from './decode.js';
import { isHeader, matchHeader, noRowsError } from './header.js';
import { JsonlParser } from './jsonl.js';

export type ExtractFormat = 'csv' | 'xlsx' | 'jsonl';

export interface ReadOptions {
  recordSet: RecordSetName;
  /** Overrides the format the file name gives. */
  format?: ExtractFormat;
  fileName: string;
  /** Overrides encoding detection (CSV and JSON Lines). */
  encoding?: EncodingName;
  /** Unit codes a `unit_code` (and a units file's `parent_code`) may name. */
  knownUnits: ReadonlySet<string>;
}

export interface ReadOutcome {
  /** Data rows read: good and bad, not the header, title rows or empty rows. */
  rowsRead: number;
  /** Every bad row, by physical line (XLSX: sheet row), one entry a line. Non-empty = reject the file. */
  errors: RowError[];
  warnings: { vi: string; en: string }[];
  /** The text encoding read (null for XLSX). */
  encoding: EncodingName | null;
  /** True when no encoding was given and the reader chose it (the summary names its choice). */
  encodingDetected: boolean;
  /** How it was chosen (null for XLSX). */
  encodingBasis: EncodingBasis | null;
  format: ExtractFormat;
}

/** Text decoded before choosing the CSV delimiter; the header must start within it. */
const DELIMITER_SAMPLE_CHARS = 256 * 1024;
/** contract: XLSX files are small in practice; bigger ones are refused rather than exhausting memory. */
const MAX_XLSX_BYTES = 200 * 1024 * 1024;

export function formatFromFileName(fileName: string): ExtractFormat {
  const ext = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'jsonl' || ext === 'ndjson' || ext === 'json') return 'jsonl';
  throw new AppError(
    'unknown_format',
    `Không nhận ra định dạng tệp "${fileName}" (cần .csv, .txt, .xlsx, .jsonl, .ndjson hoặc .json).`,
    `Cannot tell the format of "${fileName}" (expected .csv, .txt, .xlsx, .jsonl, .ndjson or .json).`,
  );
}

/**
 * Streams typed records to `onBatch` (batches of ~8k, in file order with their line numbers) and
 * resolves with the outcome. Once a bad row is seen no more batches are sent, and a units file's
 * unknown parents are only known at the end: whenever `errors` is non-empty the caller must discard
 * what it received (roll back). Rejects with AppError for a file-level problem (unknown encoding,
 * duplicate column, no header found, empty or header-only file).
 */
export function readExtract(
  source: AsyncIterable<Uint8Array>,
  options: ReadOptions,
  onBatch: OnBatch,
): Promise<ReadOutcome> {
  return readRows(source, options, new RecordBatcher(RECORD_SETS[options.recordSet], onBatch));
}

/** readExtract with the good rows handed to a sink one by one, as values in field order (the store's path). */
export async function readRows(
  source: AsyncIterable<Uint8Array>,
  options: ReadOptions,
  sink: RowSink,
): Promise<ReadOutcome> {
  const set = RECORD_SETS[options.recordSet];
  const format = options.format ?? formatFromFileName(options.fileName);
  const collector = new RowCollector(set, options.knownUnits, sink);

  if (format === 'xlsx') {
    const bytes = await readAll(source, MAX_XLSX_BYTES);
    if (bytes.byteLength === 0) throw noRowsError();
    // Loaded only for XLSX: ExcelJS costs every CSV import ~28 MB and 0.25 s (bench/RESULTS.md).
    const { readXlsx } = await import('./xlsx.js');
    await readXlsx(bytes, {
      row(line, cells) {
        collector.row(line, cells);
        if (collector.full) return collector.flush();
      },
    });
    await collector.finish();
    return outcome(collector, format, null, null);
  }

  const text = await decodeStream(source, options.encoding);
  if (format === 'jsonl') {
    collector.keysAsHeader();
    const parser = new JsonlParser({
      row: (line, value) => collector.object(line, value),
      bad: (line, r) => collector.bad(line, r),
    });
    for await (const chunk of text.chunks) {
      parser.push(chunk);
      if (collector.full) await collector.flush();
    }
    parser.end();
  } else {
    const sink = {
      row: (line: number, cells: string[]) => collector.row(line, cells),
      bad: collector.bad.bind(collector),
    };
    let prefix = '';
    let parser: CsvParser | null = null;
    for await (const chunk of text.chunks) {
      if (parser === null) {
        prefix += chunk;
        if (prefix.length < DELIMITER_SAMPLE_CHARS) continue;
        parser = new CsvParser(chooseDelimiter(prefix, false), sink);
        parser.push(prefix);
        prefix = '';
      } else parser.push(chunk);
      if (collector.full) await collector.flush();
    }
    parser ??= new CsvParser(chooseDelimiter(prefix, true), sink);
    if (prefix !== '') parser.push(prefix);
    parser.end();
  }
  await collector.finish();
  return outcome(collector, format, text.encoding, text.basis);

  function chooseDelimiter(prefix: string, final: boolean) {
    return detectDelimiter(prefix, final, (cells) => {
      const m = matchHeader(cells, set);
      return isHeader(m, set) ? m.columns.filter((c) => c !== undefined).length : 0;
    });
  }
}

function outcome(
  c: RowCollector,
  format: ExtractFormat,
  encoding: EncodingName | null,
  basis: EncodingBasis | null,
): ReadOutcome {
  return {
    rowsRead: c.rowsRead,
    errors: c.errors,
    warnings: c.warnings,
    encoding,
    encodingDetected: basis !== null && basis !== 'given',
    encodingBasis: basis,
    format,
  };
}

async function readAll(source: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.byteLength;
    if (size > limit) {
      throw new AppError(
        'file_too_large',
        `Tệp XLSX lớn hơn ${limit / 1024 / 1024} MB; hãy gửi dạng CSV.`,
        `XLSX file larger than ${limit / 1024 / 1024} MB; send it as CSV.`,
      );
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
