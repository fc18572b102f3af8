import {
  EVALUATION_LABEL_EN,
  EVALUATION_LABEL_VI,
  type EvaluationStatus,
} from '../../../../src/core/evaluation.js';
import {
  periodCode,
  periodLabelEn,
  periodLabelVi,
  periodOfInstant,
  shiftPeriod,
  tryParsePeriod,
} from '../../../../src/core/periods.js';
import { formatVnDateTime } from '../../../../src/core/time.js';
import { REPORT_STATUS_EN, REPORT_STATUS_VI, type ReportStatus } from '../../../../src/reporting/workflow.js';
import type { Lang } from '../../i18n.js';
import { word } from './words.js';

/**
 * How the reporting pages write times, spans, percentages and statuses. Pure: the clock is a
 * parameter. Instants come from the server as ISO 8601 (UTC) and are shown in Vietnam time
 * whatever the browser's zone (core/time: UTC+7, no daylight saving).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** '2026-11-12T10:00:00.000Z' → '12/11/2026 17:00' (Vietnam time); null → '—'. */
export function formatInstant(iso: string | null): string {
  if (iso === null) return '—';
  const ms = Date.parse(iso); // a server-made ISO instant, never a date a user typed
  return Number.isNaN(ms) ? iso : formatVnDateTime(ms);
}

/**
 * The time left before a deadline, or how far past it: 'Còn 2 ngày 5 giờ', 'Còn 3 giờ 20 phút',
 * 'Còn 12 phút', 'Quá hạn 3 giờ'. The two largest units, rounded down (an officer would rather
 * be told a little less time than there is).
 */
export function timeLeft(deadlineMs: number, nowMs: number, lang: Lang): { text: string; overdue: boolean } {
  const overdue = nowMs > deadlineMs; // contract: 17:00:00.000 itself is still on time
  const span = Math.abs(deadlineMs - nowMs);
  const days = Math.floor(span / DAY);
  const hours = Math.floor((span % DAY) / HOUR);
  const minutes = Math.floor((span % HOUR) / MINUTE);
  const parts: string[] = [];
  if (days > 0) {
    parts.push(word(lang, 'time.day', { n: days }));
    if (hours > 0) parts.push(word(lang, 'time.hour', { n: hours }));
  } else if (hours > 0) {
    parts.push(word(lang, 'time.hour', { n: hours }));
    if (minutes > 0) parts.push(word(lang, 'time.minute', { n: minutes }));
  } else {
    parts.push(word(lang, 'time.minute', { n: minutes }));
  }
  const text = word(lang, overdue ? 'time.overdue' : 'time.left', { span: parts.join(' ') });
  return { text, overdue };
}

const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2, minimumFractionDigits: 0 });
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 90.4583 → '90,46%' (vi-VN in both languages, SPEC §9). */
export function formatPercent(value: number): string {
  return `${percentFormat.format(value)}%`;
}

/** A rate of the timeliness dashboard (0.9046) → '90,46%'; null → '—'. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : formatPercent(rate * 100);
}

/** 1234.5 → '1.234,5'. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * What a number field holds: '' → null; '1234', '1.234' (vi-VN grouping), '12,5', '-3' → the
 * number (the shared validator then says what is wrong with 12,5 or -3); anything else → error.
 */
export function parseNumberInput(text: string): { value: number | null; error: boolean } {
  const t = text.replace(/\s/g, '');
  if (t === '') return { value: null, error: false };
  if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) return { value: Number(t.replace(/\./g, '')), error: false };
  if (/^-?\d+(,\d+)?$/.test(t)) return { value: Number(t.replace(',', '.')), error: false };
  if (/^-?\d+\.\d+$/.test(t)) return { value: Number(t), error: false };
  return { value: null, error: true };
}

/** The number as the field shows it again: 12.5 → '12,5', 1234 → '1234' (no grouping while typing). */
export function numberInputText(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

export function reportStatusLabel(status: ReportStatus, lang: Lang): string {
  return (lang === 'en' ? REPORT_STATUS_EN : REPORT_STATUS_VI)[status];
}

/** 'Đã gửi — đúng hạn', 'Đã gửi — muộn', 'Bị trả lại', …: a submission says whether it was on time. */
export function statusText(status: ReportStatus, late: boolean, lang: Lang): string {
  const label = reportStatusLabel(status, lang);
  if (status !== 'submitted' && status !== 'accepted') return label;
  return `${label} — ${word(lang, late ? 'status.late' : 'status.onTime')}`;
}

export const STATUS_COLOUR: Record<ReportStatus, string> = {
  draft: 'default',
  approved: 'blue',
  submitted: 'cyan',
  accepted: 'green',
  returned: 'red',
};

export function evaluationLabel(status: EvaluationStatus, lang: Lang): string {
  return (lang === 'en' ? EVALUATION_LABEL_EN : EVALUATION_LABEL_VI)[status];
}

export const EVALUATION_COLOUR: Record<EvaluationStatus, string> = {
  dat: 'green',
  chua_dat: 'red',
  chua_danh_gia: 'default',
};

/** A file size as a person reads it: 2048 → '2 KB', 3_500_000 → '3,3 MB'. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10)} KB`;
  return `${formatNumber(Math.round(bytes / 104857.6) / 10)} MB`;
}

/** 'Tháng 10/2026' / 'October 2026' for a period code; the code itself when it is not one. */
export function periodText(code: string, lang: Lang): string {
  const period = tryParsePeriod(code);
  if (!period) return code;
  return lang === 'en' ? periodLabelEn(period) : periodLabelVi(period);
}

/** What a report is for: its period, or its campaign ('Công văn 2842/UBND-NC: …'). */
export function subjectText(
  report: { period: { code: string } | null; campaign: { title: string; letterNumber: string } | null },
  lang: Lang,
): string {
  if (report.period) return periodText(report.period.code, lang);
  if (report.campaign) return `${report.campaign.letterNumber}: ${report.campaign.title}`;
  return '—';
}

/** The period due this month (seed 000: the report for month M−1 is due on the 12th of M). */
export function periodDueIn(nowMs: number): string {
  return periodCode(shiftPeriod(periodOfInstant(nowMs, 'month'), -1));
}
