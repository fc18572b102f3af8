/**
 * Finding and reading the header row (contract "Header and rows"): the first row in which at least
 * half of the set's required fields are recognised, by name or Vietnamese alias; rows above it are titles.
 */
import { AppError } from '../../shared/errors.js';
import type { FieldDef, RecordSetDef } from '../recordsets.js';
import { textKey } from './normalise.js';

const lookups = new WeakMap<RecordSetDef, Map<string, FieldDef>>();

/** Header key → field, for the field names and every alias of a set. */
export function headerLookup(set: RecordSetDef): Map<string, FieldDef> {
  let map = lookups.get(set);
  if (map === undefined) {
    map = new Map();
    for (const field of set.fields) {
      for (const name of [field.name, ...field.aliases]) map.set(textKey(name), field);
    }
    lookups.set(set, map);
  }
  return map;
}

export interface HeaderMatch {
  /** The field each column holds; undefined for an ignored column. */
  columns: (FieldDef | undefined)[];
  /** Required fields recognised in this row. */
  requiredFound: number;
  /** Non-empty header cells that name no field, as written. */
  unknown: string[];
  /** Fields named by more than one column, with the headers that named them. */
  duplicates: { field: string; headers: string[] }[];
}

export function matchHeader(cells: readonly unknown[], set: RecordSetDef): HeaderMatch {
  const lookup = headerLookup(set);
  const columns: (FieldDef | undefined)[] = [];
  const unknown: string[] = [];
  const seen = new Map<FieldDef, string[]>();
  for (const cell of cells) {
    const label = typeof cell === 'string' ? cell.trim().normalize('NFC') : cell == null ? '' : String(cell);
    const field = label === '' ? undefined : lookup.get(textKey(label));
    columns.push(field);
    if (label !== '' && field === undefined) unknown.push(label);
    if (field !== undefined) seen.set(field, [...(seen.get(field) ?? []), label]);
  }
  const requiredFound = [...seen.keys()].filter((f) => f.required).length;
  const duplicates = [...seen.entries()]
    .filter(([, h]) => h.length > 1)
    .map(([f, headers]) => ({ field: f.name, headers }));
  return { columns, requiredFound, unknown, duplicates };
}

/** At least half of the set's required fields are recognised (and at least one). */
export function isHeader(match: HeaderMatch, set: RecordSetDef): boolean {
  const required = set.fields.filter((f) => f.required).length;
  return match.requiredFound > 0 && 2 * match.requiredFound >= required;
}

/** The file-level checks once the header is found: a column given twice rejects the file. */
export function assertNoDuplicates(match: HeaderMatch, line: number): void {
  const first = match.duplicates[0];
  if (first === undefined) return;
  const headers = first.headers.map((h) => `"${h}"`).join(', ');
  throw new AppError(
    'duplicate_column',
    `Dòng tiêu đề (dòng ${line}): cột "${first.field}" xuất hiện nhiều lần (${headers}).`,
    `Header (line ${line}): field "${first.field}" is given more than once (${headers}).`,
    { details: { line, duplicates: match.duplicates } },
  );
}

export function unknownColumnsWarning(unknown: readonly string[]): { vi: string; en: string } | null {
  if (unknown.length === 0) return null;
  const list = unknown.map((u) => `"${u}"`).join(', ');
  return { vi: `Các cột không xác định đã bị bỏ qua: ${list}.`, en: `Unknown columns ignored: ${list}.` };
}

export const noHeaderError = (set: RecordSetDef) => {
  const required = set.fields
    .filter((f) => f.required)
    .map((f) => f.name)
    .join(', ');
  return new AppError(
    'no_header',
    `Không tìm thấy dòng tiêu đề cho tập "${set.name}" (cần các cột: ${required}).`,
    `No header row found for record set "${set.name}" (expected columns: ${required}).`,
  );
};

export const noRowsError = () =>
  new AppError('no_rows', 'Tệp không có dòng dữ liệu nào.', 'The file holds no data rows.');
