import { EVALUATION_LABEL_VI } from '../core/evaluation.js';
import type { CatalogueIndicator, UnitInfo } from '../dashboard/catalogue.js';
import { valueText } from '../dashboard/values.js';
import type { ResultsDocument } from '../results/core/types.js';

/**
 * Open data (seed 003: "cơ quan nhà nước cung cấp dữ liệu mở đúng chuẩn"), pure: the results of the
 * indicators an administrator marked public, per unit, as aggregates only — a, b, value, target
 * and status; no record, no person, no user name, no free text from the records.
 */

export const OPEN_DATA_LICENSE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
  vi: 'Được tự do sao chép, sử dụng, chia sẻ; ghi rõ nguồn.',
  en: 'Free to copy, use and share, with attribution.',
} as const;

export interface OpenDataMetadata {
  title: string;
  publisher: string;
  license: typeof OPEN_DATA_LICENSE;
  /** The period the data covers. */
  period?: string;
  /** YYYY-MM-DD (Vietnam): the last extract the results were computed from. */
  modified: string | null;
  /** ISO instant this document was produced. */
  generatedAt: string;
  language: 'vi';
  source: string;
}

export interface OpenResultRow {
  period: string;
  indicator: string;
  indicatorName: string;
  computation: string;
  unit: string;
  unitName: string;
  scope: string;
  a: number | null;
  b: number | null;
  value: number | null;
  valueText: string;
  target: string;
  status: string;
  statusLabel: string;
}

const SCOPE_VI: Record<string, string> = { month: 'tháng', ytd: 'lũy kế', snapshot: 'cuối kỳ' };

export function openResultRows(
  doc: ResultsDocument,
  publicIndicators: readonly CatalogueIndicator[],
  units: ReadonlyMap<string, UnitInfo>,
  unitOrder: readonly string[],
): OpenResultRow[] {
  const order = new Map(unitOrder.map((u, i) => [u, i]));
  const rows: OpenResultRow[] = [];
  for (const indicator of publicIndicators) {
    if (!indicator.computation) continue;
    const target = indicator.targets.find((t) => t.period === doc.period.slice(0, 4))?.text;
    for (const r of doc.results) {
      if (r.indicator !== indicator.computation) continue;
      rows.push({
        period: doc.period,
        indicator: indicator.code,
        indicatorName: indicator.name,
        computation: r.indicator,
        unit: r.unit,
        unitName: units.get(r.unit)?.name ?? r.unit,
        scope: r.scope,
        a: r.a,
        b: r.b,
        value: r.value,
        valueText: valueText(r),
        target: target ?? `${r.target.op} ${r.target.value}`,
        status: r.status,
        statusLabel: EVALUATION_LABEL_VI[r.status],
      });
    }
  }
  const scopeRank: Record<string, number> = { month: 0, ytd: 1, snapshot: 2 };
  return rows.sort(
    (x, y) =>
      x.indicator.localeCompare(y.indicator) ||
      (order.get(x.unit) ?? 1e9) - (order.get(y.unit) ?? 1e9) ||
      (scopeRank[x.scope] ?? 9) - (scopeRank[y.scope] ?? 9),
  );
}

export const CSV_COLUMNS: [keyof OpenResultRow | 'scopeLabel', string][] = [
  ['period', 'Kỳ báo cáo'],
  ['indicator', 'Mã chỉ tiêu'],
  ['indicatorName', 'Tên chỉ tiêu'],
  ['unit', 'Mã đơn vị'],
  ['unitName', 'Tên đơn vị'],
  ['scopeLabel', 'Phạm vi'],
  ['a', 'Tử số (a)'],
  ['b', 'Mẫu số (b)'],
  ['value', 'Giá trị'],
  ['valueText', 'Giá trị (hiển thị)'],
  ['target', 'Chỉ tiêu'],
  ['statusLabel', 'Đánh giá'],
];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV, UTF-8 with a BOM so that Excel opens the Vietnamese as written, Vietnamese headers,
 * CRLF line ends. Numbers stay machine-readable (0.904632); the vi-VN text is in "Giá trị (hiển thị)".
 */
export function toCsv(rows: readonly OpenResultRow[]): string {
  const lines = [CSV_COLUMNS.map(([, h]) => cell(h)).join(',')];
  for (const row of rows) {
    lines.push(
      CSV_COLUMNS.map(([key]) =>
        cell(key === 'scopeLabel' ? (SCOPE_VI[row.scope] ?? row.scope) : row[key]),
      ).join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The public catalogue entry of an indicator: its definition, never its assignments' people. */
export function publicIndicator(indicator: CatalogueIndicator, trackingUnitName: string) {
  const d = indicator.definition as {
    formula?: unknown;
    sourceText?: string;
    frequency?: string;
    baseline?: unknown;
  };
  return {
    code: indicator.code,
    name: indicator.name,
    planCode: indicator.planCode,
    kind: indicator.kind,
    unitOfMeasure: indicator.unitOfMeasure,
    formula: d.formula ?? null,
    targets: indicator.targets.map((t) => ({ period: t.period, text: t.text })),
    baseline: d.baseline ?? null,
    sourceText: d.sourceText ?? null,
    frequency: d.frequency ?? null,
    trackingUnit: trackingUnitName,
    computed: indicator.computation !== null,
  };
}
