/**
 * Turns one row's raw cells into a typed record of a record set, or the reasons it is a bad row
 * (contract "Bad rows": a required field empty, a value of the wrong type, an unknown unit).
 */
import { ENUM_TABLE, ENUM_VIETNAMESE, type FieldDef, type RecordSetDef } from '../recordsets.js';
import {
  type EnumMatcher,
  enumMatcher,
  parseDatetime,
  parseFlag,
  parseInteger,
  vnWallClock,
} from './values.js';

/** A cell as a reader gives it: CSV gives text, JSON Lines also numbers and booleans, XLSX also dates. */
export type RawValue = string | number | boolean | Date | null;

export interface Reason {
  vi: string;
  en: string;
}

const MAX_SHOWN = 80;
function show(value: RawValue): string {
  const text = value instanceof Date ? value.toISOString() : String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

const TYPE_VI: Readonly<Record<string, string>> = {
  datetime: 'ngày giờ hợp lệ (dd/mm/yyyy [HH:mm[:ss]] hoặc ISO 8601)',
  flag: 'giá trị có/không hợp lệ (1/0, true/false, có/không, x)',
  integer: 'số nguyên không âm',
};
const TYPE_EN: Readonly<Record<string, string>> = {
  datetime: 'a valid date/time (dd/mm/yyyy [HH:mm[:ss]] or ISO 8601)',
  flag: 'a valid yes/no value (1/0, true/false, có/không, x)',
  integer: 'a non-negative whole number',
};

function wrongValue(field: FieldDef, value: RawValue, enumValues?: readonly string[]): Reason {
  if (enumValues !== undefined) {
    const list = enumValues.join(', ');
    return {
      vi: `Cột "${field.name}": giá trị "${show(value)}" không thuộc danh sách cho phép (${list}).`,
      en: `Field "${field.name}": "${show(value)}" is not one of the allowed values (${list}).`,
    };
  }
  return {
    vi: `Cột "${field.name}": giá trị "${show(value)}" không phải ${TYPE_VI[field.type] ?? 'văn bản'}.`,
    en: `Field "${field.name}": "${show(value)}" is not ${TYPE_EN[field.type] ?? 'text'}.`,
  };
}

export const requiredEmpty = (field: string): Reason => ({
  vi: `Thiếu giá trị bắt buộc ở cột "${field}".`,
  en: `Required field "${field}" is empty.`,
});

export const unknownUnit = (field: string, code: string): Reason => ({
  vi: `Cột "${field}": mã đơn vị "${show(code)}" không có trong danh sách đơn vị.`,
  en: `Field "${field}": unit code "${show(code)}" is not a known unit.`,
});

type Converter = (value: RawValue) => string | number | boolean | null | undefined;

/**
 * Trimmed text. Readers hand over NFC text already (the decoders normalise CSV and JSON Lines, the
 * XLSX reader its cells), so a cell with no space at either end is taken as it is: the common case.
 */
function text(value: string): string {
  const len = value.length;
  if (len === 0 || (value.charCodeAt(0) > 32 && value.charCodeAt(len - 1) > 32)) return value;
  return value.trim();
}

function converterFor(set: RecordSetDef, field: FieldDef): Converter {
  switch (field.type) {
    case 'string':
      return (v) => {
        if (v === null) return null;
        if (typeof v === 'string') return text(v) || null;
        // A code typed as a number in Excel or JSON ("12345") is still that code.
        if (typeof v === 'number' && Number.isFinite(v)) return String(v);
        return undefined;
      };
    case 'datetime':
      return (v) => {
        if (v === null) return null;
        if (typeof v === 'string') return parseDatetime(text(v));
        // contract: XLSX date cells are wall-clock times in Asia/Ho_Chi_Minh; ExcelJS puts them in the UTC fields.
        if (v instanceof Date) {
          if (Number.isNaN(v.getTime())) return undefined;
          return vnWallClock(
            v.getUTCFullYear(),
            v.getUTCMonth() + 1,
            v.getUTCDate(),
            v.getUTCHours(),
            v.getUTCMinutes(),
            v.getUTCSeconds(),
            v.getUTCMilliseconds(),
          );
        }
        return undefined;
      };
    case 'flag':
      return (v) => {
        if (v === null) return false;
        if (typeof v === 'boolean') return v;
        if (typeof v === 'string') return parseFlag(text(v));
        if (v === 1) return true;
        if (v === 0) return false;
        return undefined;
      };
    case 'integer':
      return (v) => {
        if (v === null) return null;
        if (typeof v === 'string') return parseInteger(text(v));
        // contract: an XLSX integer field must hold a whole number.
        if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 2_147_483_647) return v;
        return undefined;
      };
    case 'enum': {
      const table = ENUM_VIETNAMESE[ENUM_TABLE[`${set.name}.${field.name}`] ?? ''];
      const matcher: EnumMatcher = enumMatcher(
        table ??
          Object.fromEntries((field.enumValues ?? []).map((v): [string, readonly string[]] => [v, []])),
      );
      return (v) => {
        if (v === null) return null;
        if (typeof v === 'string') return matcher.match(text(v));
        return undefined;
      };
    }
  }
}

/** A typed value: datetime = epoch ms, flag = boolean, integer = number, enum = its canonical value, empty = null. */
export type TypedValue = string | number | boolean | null;

/**
 * Builds the typer for a set given which field each column holds (`undefined` = ignored column).
 * It writes one row's values into `values`, in the set's field order (a reused array: no object per
 * row), and returns the row's problems, or null for a good row. Fields without a column are empty
 * (null, or false for flags).
 */
export function rowTyper(
  set: RecordSetDef,
  columns: readonly (FieldDef | undefined)[],
  knownUnits: ReadonlySet<string>,
) {
  const plan = set.fields.map((field) => ({
    field,
    name: field.name,
    column: columns.indexOf(field),
    convert: converterFor(set, field),
    empty: field.type === 'flag' ? false : null,
    enumValues: field.type === 'enum' ? (field.enumValues ?? []) : undefined,
  }));
  const unitIndex = set.hasUnit ? set.fields.findIndex((f) => f.name === 'unit_code') : -1;

  return function typeRow(cells: readonly RawValue[], values: TypedValue[]): Reason[] | null {
    let reasons: Reason[] | null = null;
    for (let i = 0; i < plan.length; i++) {
      const p = plan[i] as (typeof plan)[number];
      if (p.column === -1) {
        values[i] = p.empty;
        if (p.field.required) reasons = withReason(reasons, requiredEmpty(p.name));
        continue;
      }
      const raw = cells[p.column] ?? null;
      const value = p.convert(raw);
      if (value === undefined) {
        reasons = withReason(reasons, wrongValue(p.field, raw, p.enumValues));
        values[i] = null;
      } else {
        values[i] = value;
        if (value === null && p.field.required) reasons = withReason(reasons, requiredEmpty(p.name));
      }
    }
    if (unitIndex !== -1) {
      const unit = values[unitIndex];
      if (typeof unit === 'string' && !knownUnits.has(unit))
        reasons = withReason(reasons, unknownUnit('unit_code', unit));
    }
    return reasons;
  };
}

/** Appends a reason to a row's list, created on the first one (good rows allocate none). */
export function withReason(reasons: Reason[] | null, reason: Reason): Reason[] {
  if (reasons === null) return [reason];
  reasons.push(reason);
  return reasons;
}

/** One message for a bad row with several problems. */
export function joinReasons(reasons: readonly Reason[]): Reason {
  return { vi: reasons.map((r) => r.vi).join(' '), en: reasons.map((r) => r.en).join(' ') };
}
