/**
 * What every format shares once a row is cut into cells: skipping empty rows, finding the header,
 * typing the rows, collecting every bad row, handing good rows to a sink.
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
import { joinReasons, type RawValue, type Reason, rowTyper, type TypedValue, unknownUnit } from './typing.js';

/**
 * Where a reader's good rows go, one at a time and in file order: the values in the record set's
 * field order. `values` is reused for the next row, so a sink copies or writes out what it keeps
 * (the store writes COPY bytes at once: no object per row). Once a bad row is seen no more rows
 * come; whenever the outcome has errors the sink must discard what it received (roll back).
 */
export interface RowSink {
  row(line: number, values: readonly TypedValue[]): void;
  /** The reader awaits drain() before reading on (backpressure). */
  readonly full: boolean;
  /** Hands on what is buffered; called when full and after the last row of a good file. */
  drain(): Promise<void>;
}

export interface RecordBatchItem {
  line: number;
  record: TypedRecord;
}
export type OnBatch = (batch: RecordBatchItem[]) => Promise<void>;

/** Records handed on at a time by a RecordBatcher. */
export const BATCH_SIZE = 8192;

/** A sink that builds a record object per row and hands them on in batches (tests, small sets). */
export class RecordBatcher implements RowSink {
  private batch: RecordBatchItem[] = [];
  private readonly names: readonly string[];

  constructor(
    set: RecordSetDef,
    private readonly onBatch: OnBatch,
  ) {
    this.names = set.fields.map((f) => f.name);
  }

  row(line: number, values: readonly TypedValue[]): void {
    const record: TypedRecord = {};
    for (let i = 0; i < this.names.length; i++) record[this.names[i] as string] = values[i] ?? null;
    this.batch.push({ line, record });
  }

  get full(): boolean {
    return this.batch.length >= BATCH_SIZE;
  }

  async drain(): Promise<void> {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    await this.onBatch(batch);
  }
}

function isEmptyCell(v: RawValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

export class RowCollector {
  rowsRead = 0;
  readonly errors: RowError[] = [];
  readonly warnings: { vi: string; en: string }[] = [];
  private typer: ReturnType<typeof rowTyper> | null = null;
  private readonly values: TypedValue[];
  private readonly unitIndex: number;
  private readonly parentIndex: number;
  private sawRow = false;
  private readonly unknownKeys: string[] = [];
  private readonly toCells: ReturnType<typeof jsonCells>;
  /** units: codes in the file, and the parents to check once every row is read. */
  private readonly unitCodes = new Set<string>();
  private readonly parents: { line: number; code: string }[] = [];

  constructor(
    private readonly set: RecordSetDef,
    private readonly knownUnits: ReadonlySet<string>,
    private readonly sink: RowSink,
  ) {
    this.toCells = jsonCells(set, (key) => this.unknownKeys.push(key));
    this.values = set.fields.map(() => null);
    const isUnits = set.name === 'units';
    this.unitIndex = isUnits ? set.fields.findIndex((f) => f.name === 'unit_code') : -1;
    this.parentIndex = isUnits ? set.fields.findIndex((f) => f.name === 'parent_code') : -1;
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
    const values = this.values;
    const reasons = (this.typer as ReturnType<typeof rowTyper>)(cells, values);
    if (reasons !== null) {
      this.errors.push({ line, ...joinReasons(reasons) });
      return;
    }
    if (this.unitIndex !== -1) {
      const code = values[this.unitIndex];
      const parent = values[this.parentIndex];
      if (typeof code === 'string') this.unitCodes.add(code);
      if (typeof parent === 'string') this.parents.push({ line, code: parent });
    }
    // After the first bad row the file is rejected anyway: stop feeding the store, keep reading for the report.
    if (this.errors.length === 0) this.sink.row(line, values);
  }

  /** The sink wants draining before more is read. */
  get full(): boolean {
    return this.sink.full;
  }

  async flush(): Promise<void> {
    if (this.errors.length === 0) await this.sink.drain();
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
    await this.flush();
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
