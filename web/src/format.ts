/**
 * How the web app writes dates and numbers: the Vietnamese way in both languages (SPEC §9: dates
 * dd/mm/yyyy, numbers vi-VN "90,46%"), because they are figures of Vietnamese documents.
 * Dates arrive as calendar days 'YYYY-MM-DD' (Asia/Ho_Chi_Minh) and are rewritten as text, never
 * passed through `new Date(string)`, so the browser's time zone cannot shift a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2026-06-30' → '30/06/2026'; anything else is returned as it is. */
export function formatIsoDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${day}/${month}/${year}`;
}

/** '2026-12-31' → '31/12' (a recurring yearly day). */
export function formatDayMonth(day: number, month: number): string {
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * A decimal as the catalogue writes it ('90.46', '1234567.5') in vi-VN: '90,46', '1.234.567,5'.
 * Done on the digits, not through a float, so that '0.1' stays '0,1' exactly.
 */
export function formatDecimalVi(value: string): string {
  const match = DECIMAL.exec(value.trim());
  if (!match) return value;
  const [, sign = '', whole = '', fraction] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A count: 1234 → '1.234'. */
export function formatCount(value: number): string {
  return formatDecimalVi(String(Math.trunc(value)));
}

/** A value in its unit of measure: ('90.46', '%') → '90,46%', ('5', 'sản phẩm') → '5 sản phẩm'. */
export function formatMeasure(value: string, unitOfMeasure: string): string {
  const number = formatDecimalVi(value);
  if (unitOfMeasure === '%') return `${number}%`;
  return `${number} ${unitOfMeasure}`;
}

/** Vietnamese alphabetical order ('Đ' after 'D', not after 'Z'). */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVi(a: string, b: string): number {
  return viCollator.compare(a, b);
}
