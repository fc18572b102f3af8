/**
 * Parsers for the contract's value types ("Values in files"). Each returns the typed value, `null`
 * for empty, or `undefined` when the text is not a value of that type. Pure and allocation-light:
 * they run several million times per province-year import.
 */
import { bareKey, textKey } from './normalise.js';

const HOUR_MS = 3_600_000;
/** Asia/Ho_Chi_Minh is UTC+7 all year (no DST since 1975). */
const VN_OFFSET_MS = 7 * HOUR_MS;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Epoch ms of a wall-clock time, validated; undefined for an impossible date such as 31/02/2026. */
function instant(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offsetMs: number): number | undefined {
  if (y < 1900 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMs;
}

/** Epoch ms of a wall-clock time in Vietnam; undefined when the date or time is impossible. */
export function vnWallClock(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number | undefined {
  return instant(y, mo, d, h, mi, s, ms, VN_OFFSET_MS);
}

const VN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(?:(Z|z)|([+-])(\d{2})(?::?(\d{2}))?)?$/;

/**
 * contract: ISO 8601 with offset (Z = UTC), ISO without offset, dd/mm/yyyy HH:mm[:ss], dd/mm/yyyy —
 * the last three in Asia/Ho_Chi_Minh time. Never `new Date(string)`: its reading depends on the engine and zone.
 */
export function parseDatetime(text: string): number | null | undefined {
  if (text === '') return null;
  const c = text.charCodeAt(4);
  if (c === 45 /* - */) {
    const m = ISO_DATE.exec(text);
    if (m === null) return undefined;
    const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
    let offset = VN_OFFSET_MS;
    if (m[8] !== undefined) offset = 0;
    else if (m[9] !== undefined) {
      const oh = Number(m[10]);
      const om = m[11] === undefined ? 0 : Number(m[11]);
      if (oh > 14 || om > 59) return undefined;
      offset = (m[9] === '-' ? -1 : 1) * (oh * HOUR_MS + om * 60_000);
    }
    // An offset without a time ("2026-03-05+07:00") is not ISO 8601.
    if (m[4] === undefined && m[9] !== undefined) return undefined;
    return instant(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms, offset);
  }
  const m = VN_DATE.exec(text);
  if (m === null) return undefined;
  return vnWallClock(Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

const TRUE_WORDS = new Set(['1', 'true', 'co', 'x']);
const FALSE_WORDS = new Set(['0', 'false', 'khong']);

/** contract: `1/0`, `true/false`, `có/không` (with or without diacritics, any case), `x`/empty; blank = false. */
export function parseFlag(text: string): boolean | undefined {
  if (text === '') return false;
  if (text === '1') return true;
  if (text === '0') return false;
  const key = bareKey(text);
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return undefined;
}

/** The largest value the integer columns hold (PostgreSQL `integer`). */
export const MAX_INTEGER = 2_147_483_647;
const GROUPED = /^\d{1,3}(?:\.\d{3})+$/;

/** contract: digits, optionally with `.` thousands separators (`1.234`); negative or fractional is not an integer here. */
export function parseInteger(text: string): number | null | undefined {
  if (text === '') return null;
  let digits = text;
  if (!isAllDigits(text)) {
    if (!GROUPED.test(text)) return undefined;
    digits = text.replaceAll('.', '');
  }
  const n = Number(digits);
  return n <= MAX_INTEGER ? n : undefined;
}

function isAllDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Looks up enum words: the canonical English value or a Vietnamese name, case-insensitively. */
export interface EnumMatcher {
  readonly values: readonly string[];
  match(text: string): string | null | undefined;
}

export function enumMatcher(names: Readonly<Record<string, readonly string[]>>): EnumMatcher {
  const byKey = new Map<string, string>();
  const byBare = new Map<string, string | false>();
  for (const [value, vietnamese] of Object.entries(names)) {
    for (const word of [value, ...vietnamese]) {
      byKey.set(textKey(word), value);
      const bare = bareKey(word);
      const seen = byBare.get(bare);
      // A word without diacritics is accepted only when it cannot mean two values ("xa" = xã only).
      byBare.set(bare, seen === undefined || seen === value ? value : false);
    }
  }
  const exact = new Map<string, string>(Object.keys(names).map((v) => [v, v]));
  return {
    values: Object.keys(names),
    match(text) {
      if (text === '') return null;
      const hit = exact.get(text) ?? byKey.get(textKey(text));
      if (hit !== undefined) return hit;
      const bare = byBare.get(bareKey(text));
      return bare === false ? undefined : bare;
    },
  };
}
