import { formatCount } from '../../format.js';

/**
 * How the data pages write numbers and instants: vi-VN in both languages (SPEC §9), instants in
 * Việt Nam time (UTC+7, no daylight saving) whatever the browser's zone.
 */

/** 0.904612 → '90,46%' (two decimals, comma). */
export function percentVi(fraction: number): string {
  return `${(fraction * 100).toFixed(2).replace('.', ',')}%`;
}

/** A result's value as its kind reads: a ratio in %, seconds, a count. */
export function valueText(indicator: string, value: number | null, targetValue?: number): string {
  if (value === null) return '—';
  if (indicator === 'T26-09') return formatCount(value);
  if (indicator === 'DV-THOIGIANNOP') return `${formatCount(Math.round(value))} giây`;
  void targetValue;
  return percentVi(value);
}

const OPS: Record<string, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };

export function targetText(indicator: string, target: { op: string; value: number }): string {
  const op = OPS[target.op] ?? target.op;
  if (indicator === 'T26-09') return `${op} ${formatCount(target.value)}`;
  if (indicator === 'DV-THOIGIANNOP') return `${op} ${formatCount(target.value)} giây`;
  return `${op} ${percentVi(target.value)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant the server sent (ISO 8601 with offset) → 'dd/mm/yyyy HH:mm' in Việt Nam time. */
export function instantVi(iso: string | null | undefined): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + 7 * 3600 * 1000);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** 'YYYY-MM' of the month before the one containing `now`, in Việt Nam time (the period reported on the 12th). */
export function previousPeriod(now: number): string {
  const d = new Date(now + 7 * 3600 * 1000);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth(); // 0-based: the previous month, 1-based
  return month === 0 ? `${year - 1}-12` : `${year}-${pad(month)}`;
}

/** Bytes → '1,5 MB'. */
export function sizeVi(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
