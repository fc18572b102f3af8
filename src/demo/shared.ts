import { createRandom, hashString } from './random.js';

/** Time, CSV and unit-character helpers shared by the demonstration generators. */
export interface DemoUnit {
  code: string;
  kind: string;
  parentCode: string | null;
}

export interface DemoFile {
  recordSet: string;
  source: string;
  period?: string;
  fileName: string;
  text: string;
}

export const YEAR = 2026;
export const LAST_MONTH = 10;
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const VN = 7 * HOUR;

export const vnInstant = (month: number, day: number, hour: number, minute = 0) =>
  Date.UTC(YEAR, month - 1, day, hour, minute) - VN;
export const daysIn = (month: number) => new Date(Date.UTC(YEAR, month, 0)).getUTCDate();
export const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
/** dd/mm/yyyy HH:mm in Vietnam time: how officers' spreadsheets write dates. */
export const viDate = (ms: number) => {
  const d = new Date(ms + VN);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
};
export const flag = (b: boolean) => (b ? '1' : '0');
export const csv = (header: string[], rows: (string | number)[][]) =>
  `${[
    header.join(','),
    ...rows.map((r) =>
      r.map((v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(','),
    ),
  ].join('\n')}\n`;

export interface Character {
  /** 0..1: how far the unit has gone digital */
  digital: number;
  size: number;
}

export function characterOf(unit: DemoUnit): Character {
  const r = createRandom(hashString(unit.code));
  const base = unit.kind === 'commune' || unit.kind === 'ward' ? 0.55 : 0.7;
  return {
    digital: Math.min(0.99, base + r.next() * 0.4),
    size: unit.kind === 'commune' || unit.kind === 'ward' ? r.int(25, 60) : r.int(60, 160),
  };
}
