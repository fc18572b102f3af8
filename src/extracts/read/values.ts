/**
 * Parsers for the contract's value types ("Values in files"). Each returns the typed value, `null`
 * for empty, or `undefined` when the text is not a value of that type. Pure and allocation-light:
 * they run several million times per province-year import.
 */
import { daysInMonth } from '../../core/time.js';
import { bareKey, textKey } from './normalise.js';

const HOUR_MS = 3_600_000;
/** Asia/Ho_Chi_Minh is UTC+7 all year (no DST since 1975). */
const VN_OFFSET_MS = 7 * HOUR_MS;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): cheaper than Date.UTC per cell. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Epoch ms of a wall-clock time, validated; undefined for an impossible date such as 31/02/2026. */
function instant(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offsetMs: number,
): number | undefined {
  if (y < 1900 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return daysFromCivil(y, mo, d) * 86_400_000 + h * HOUR_MS + mi * 60_000 + s * 1000 + ms - offsetMs;
}

/** Epoch ms of a wall-clock time in Vietnam; undefined when the date or time is impossible. */
export function vnWallClock(
  y: number,
  mo: number,
  d: number,
  h = 0,
  mi = 0,
  s = 0,
  ms = 0,
): number | undefined {
  return instant(y, mo, d, h, mi, s, ms, VN_OFFSET_MS);
}

/** The number written by `count` ASCII digits at `at`, or -1. */
function digits(t: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
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
  const fast = parseCommon(text);
  if (fast !== undefined) return fast;
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
    return instant(
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      ms,
      offset,
    );
  }
  const m = VN_DATE.exec(text);
  if (m === null) return undefined;
  return vnWallClock(
    Number(m[3]),
    Number(m[2]),
    Number(m[1]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  );
}

/**
 * The shapes source systems write most, without a regex: `dd/mm/yyyy HH:mm[:ss]` and
 * `yyyy-mm-ddTHH:mm:ss+07:00` / `Z`. Anything else (or anything invalid) goes to the general path.
 */
function parseCommon(t: string): number | undefined {
  const len = t.length;
  if (
    (len === 16 || len === 19) &&
    t.charCodeAt(2) === 47 &&
    t.charCodeAt(5) === 47 &&
    t.charCodeAt(10) === 32 &&
    t.charCodeAt(13) === 58
  ) {
    const d = digits(t, 0, 2);
    const mo = digits(t, 3, 2);
    const y = digits(t, 6, 4);
    const h = digits(t, 11, 2);
    const mi = digits(t, 14, 2);
    const s = len === 19 && t.charCodeAt(16) === 58 ? digits(t, 17, 2) : len === 16 ? 0 : -1;
    if (d < 0 || mo < 0 || y < 0 || h < 0 || mi < 0 || s < 0) return undefined;
    return instant(y, mo, d, h, mi, s, 0, VN_OFFSET_MS);
  }
  if (
    (len === 25 || len === 20) &&
    t.charCodeAt(4) === 45 &&
    t.charCodeAt(7) === 45 &&
    t.charCodeAt(10) === 84 &&
    t.charCodeAt(13) === 58 &&
    t.charCodeAt(16) === 58
  ) {
    let offset: number;
    if (len === 20) {
      if (t.charCodeAt(19) !== 90) return undefined;
      offset = 0;
    } else {
      const sign = t.charCodeAt(19);
      if ((sign !== 43 && sign !== 45) || t.charCodeAt(22) !== 58) return undefined;
      const oh = digits(t, 20, 2);
      const om = digits(t, 23, 2);
      if (oh < 0 || om < 0 || oh > 14 || om > 59) return undefined;
      offset = (sign === 45 ? -1 : 1) * (oh * HOUR_MS + om * 60_000);
    }
    const y = digits(t, 0, 4);
    const mo = digits(t, 5, 2);
    const d = digits(t, 8, 2);
    const h = digits(t, 11, 2);
    const mi = digits(t, 14, 2);
    const s = digits(t, 17, 2);
    if (d < 0 || mo < 0 || y < 0 || h < 0 || mi < 0 || s < 0) return undefined;
    return instant(y, mo, d, h, mi, s, 0, offset);
  }
  return undefined;
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
