/**
 * Turns one row's raw cells into a typed record of a record set, or the reasons it is a bad row
 * (contract "Bad rows": a required field empty, a value of the wrong type, an unknown unit).
 */
import { ENUM_TABLE, ENUM_VIETNAMESE, type FieldDef, type RecordSetDef, type TypedRecord } from '../recordsets.js';
import { type EnumMatcher, enumMatcher, parseDatetime, parseFlag, parseInteger, vnWallClock } from './values.js';

/** A cell as a reader gives it: CSV gives text, JSON Lines also numbers and booleans, XLSX also dates. */
export type RawValue = string | number | boolean | Date | null;

export interface Reason {
  vi: string;
  en: string;
}

export type Typed = { ok: true; record: TypedRecord } | { ok: false; reasons: Reason[] };

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

/** Trimmed NFC text; NFC is skipped for plain ASCII, which is most of a large file. */
function text(value: string): string {
  const t = value.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range check
  return /^[\x00-\x7f]*$/.test(t) ? t : t.normalize('NFC');
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
        table ?? Object.fromEntries((field.enumValues ?? []).map((v): [string, readonly string[]] => [v, []])),
      );
      return (v) => {
        if (v === null) return null;
        if (typeof v === 'string') return matcher.match(text(v));
        return undefined;
      };
    }
  }
}

/**
 * Builds the typer for a set given which field each column holds (`undefined` = ignored column).
 * Fields without a column are empty (null, or false for flags).
 */
export function rowTyper(set: RecordSetDef, columns: readonly (FieldDef | undefined)[], knownUnits: ReadonlySet<string>) {
  const plan = columns.map((field) => (field === undefined ? undefined : { field, convert: converterFor(set, field) }));
  const absent: TypedRecord = {};
  for (const f of set.fields) {
    if (!columns.includes(f)) absent[f.name] = f.type === 'flag' ? false : null;
  }
  const required = set.fields.filter((f) => f.required);
  const enumValuesOf = (f: FieldDef) => (f.type === 'enum' ? (f.enumValues ?? []) : undefined);
  const checkUnit = set.hasUnit;

  return function typeRow(cells: readonly RawValue[]): Typed {
    const record: TypedRecord = { ...absent };
    let reasons: Reason[] | null = null;
    for (let i = 0; i < plan.length; i++) {
      const p = plan[i];
      if (p === undefined) continue;
      const raw = cells[i] ?? null;
      const value = p.convert(raw);
      if (value === undefined) {
        (reasons ??= []).push(wrongValue(p.field, raw, enumValuesOf(p.field)));
        record[p.field.name] = null;
      } else record[p.field.name] = value;
    }
    for (const f of required) {
      if (record[f.name] === null && !reasons?.some((r) => r.en.startsWith(`Field "${f.name}"`))) {
        (reasons ??= []).push(requiredEmpty(f.name));
      }
    }
    if (checkUnit) {
      const unit = record.unit_code;
      if (typeof unit === 'string' && !knownUnits.has(unit)) (reasons ??= []).push(unknownUnit('unit_code', unit));
    }
    return reasons === null ? { ok: true, record } : { ok: false, reasons };
  };
}

/** One message for a bad row with several problems. */
export function joinReasons(reasons: readonly Reason[]): Reason {
  return { vi: reasons.map((r) => r.vi).join(' '), en: reasons.map((r) => r.en).join(' ') };
}
