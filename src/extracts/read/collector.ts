/**
 * What every format shares once a row is cut into cells: skipping empty rows, finding the header,
 * typing the rows, collecting every bad row, batching good records for the store.
 */
import type { RecordSetDef, RowError, TypedRecord } from '../recordsets.js';
import {
  assertNoDuplicates,
  isHeader,
  matchHeader,
  noHeaderError,
  noRowsError,
  unknownColumnsWarning,
} from './header.js';
import { jsonCells } from './jsonl.js';
import { joinReasons, type RawValue, type Reason, rowTyper, unknownUnit } from './typing.js';

export interface RecordBatchItem {
  line: number;
  record: TypedRecord;
}
export type OnBatch = (batch: RecordBatchItem[]) => Promise<void>;

/** Records handed to the store at a time: big enough for COPY, small enough to stream. */
export const BATCH_SIZE = 8192;

function isEmptyCell(v: RawValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

export class RowCollector {
  rowsRead = 0;
  readonly errors: RowError[] = [];
  readonly warnings: { vi: string; en: string }[] = [];
  private batch: RecordBatchItem[] = [];
  private typer: ReturnType<typeof rowTyper> | null = null;
  private sawRow = false;
  private readonly unknownKeys: string[] = [];
  private readonly toCells: ReturnType<typeof jsonCells>;
  /** units: codes in the file, and the parents to check once every row is read. */
  private readonly unitCodes = new Set<string>();
  private readonly parents: { line: number; code: string }[] = [];

  constructor(
    private readonly set: RecordSetDef,
    private readonly knownUnits: ReadonlySet<string>,
    private readonly onBatch: OnBatch,
  ) {
    this.toCells = jsonCells(set, (key) => this.unknownKeys.push(key));
  }

  get headerFound(): boolean {
    return this.typer !== null;
  }

  /** A CSV or XLSX row: a title row, the header, or a data row. */
  row(line: number, cells: readonly RawValue[]): void {
    if (cells.every(isEmptyCell)) return;
    this.sawRow = true;
    if (this.typer === null) {
      const match = matchHeader(cells, this.set);
      if (!isHeader(match, this.set)) return; // a title row above the header
      assertNoDuplicates(match, line);
      const warning = unknownColumnsWarning(match.unknown);
      if (warning !== null) this.warnings.push(warning);
      this.typer = rowTyper(this.set, match.columns, this.knownUnits);
      return;
    }
    this.typeRow(line, cells);
  }

  /** JSON Lines has no header row: every object names its fields by its keys. */
  keysAsHeader(): void {
    this.typer = rowTyper(this.set, this.set.fields, this.knownUnits);
  }

  /** A JSON Lines object (after keysAsHeader). */
  object(line: number, value: Record<string, unknown>): void {
    const cells = this.toCells(value);
    if (!cells.ok) {
      this.sawRow = true;
      this.rowsRead++;
      this.errors.push({ line, ...joinReasons(cells.reasons) });
      return;
    }
    if (cells.cells.every(isEmptyCell)) return;
    this.sawRow = true;
    this.typeRow(line, cells.cells);
  }

  /** A row the format reader could not cut into cells (over 1 MiB, not JSON, unclosed quote). */
  bad(line: number, reason: Reason): void {
    this.sawRow = true;
    this.rowsRead++;
    this.errors.push({ line, ...reason });
  }

  private typeRow(line: number, cells: readonly RawValue[]): void {
    this.rowsRead++;
    const typed = (this.typer as ReturnType<typeof rowTyper>)(cells);
    if (!typed.ok) {
      this.errors.push({ line, ...joinReasons(typed.reasons) });
      return;
    }
    if (this.set.name === 'units') {
      const { unit_code: code, parent_code: parent } = typed.record;
      if (typeof code === 'string') this.unitCodes.add(code);
      if (typeof parent === 'string') this.parents.push({ line, code: parent });
    }
    // After the first bad row the file is rejected anyway: stop feeding the store, keep reading for the report.
    if (this.errors.length === 0) this.batch.push({ line, record: typed.record });
  }

  get batchFull(): boolean {
    return this.batch.length >= BATCH_SIZE;
  }

  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    if (this.errors.length === 0) await this.onBatch(batch);
  }

  /** Ends the file: file-level rejections, the units' parent check, the last batch. */
  async finish(): Promise<void> {
    if (!this.sawRow) throw noRowsError();
    if (this.typer === null) throw noHeaderError(this.set);
    if (this.rowsRead === 0) throw noRowsError();
    if (this.unknownKeys.length > 0) {
      const w = unknownColumnsWarning(this.unknownKeys);
      if (w !== null) this.warnings.push(w);
    }
    // contract: a parent may come from the same file or an earlier import.
    for (const p of this.parents) {
      if (!this.unitCodes.has(p.code) && !this.knownUnits.has(p.code)) {
        this.errors.push({ line: p.line, ...unknownUnit('parent_code', p.code) });
      }
    }
    if (this.errors.length === 0) await this.flush();
    else this.batch = [];
    mergeByLine(this.errors);
  }
}

/** Sorts errors by line, one entry per line. */
function mergeByLine(errors: RowError[]): void {
  errors.sort((a, b) => a.line - b.line);
  let w = 0;
  for (let r = 0; r < errors.length; r++) {
    const e = errors[r] as RowError;
    const prev = w > 0 ? errors[w - 1] : undefined;
    if (prev !== undefined && prev.line === e.line) {
      errors[w - 1] = { line: e.line, vi: `${prev.vi} ${e.vi}`, en: `${prev.en} ${e.en}` };
    } else errors[w++] = e;
  }
  errors.length = w;
}
