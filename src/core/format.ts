import { type Fraction, fraction, type Int, roundDiv, toBigInt } from './fraction.js';

/**
 * Numbers as vi-VN writes them: '.' groups thousands, ',' marks decimals ('1.234.567,89').
 * Done by hand on integers rather than Intl so that the output never depends on the ICU build
 * and rounding is exact half-up.
 */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** An exact fraction rounded half-up to `decimals` places: 4523/50 → '90,46'. */
export function formatDecimalVi(
  value: Fraction,
  decimals = 2,
  options: { trimZeros?: boolean } = {},
): string {
  const scale = 10n ** BigInt(decimals);
  const scaled = roundDiv(value.num * scale, value.den);
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const whole = groupThousands((magnitude / scale).toString());
  let frac = decimals > 0 ? (magnitude % scale).toString().padStart(decimals, '0') : '';
  if (options.trimZeros) frac = frac.replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? `,${frac}` : ''}`;
}

/**
 * a/b as a percentage, vi-VN: formatPercentVi(4523, 5000) → '90,46%'. Rounded half-up on the
 * integers. b = 0 has no percentage: '—'. `trimZeros` gives the seeds' short form ('100%', '97,8%').
 */
export function formatPercentVi(a: Int, b: Int, decimals = 2, options: { trimZeros?: boolean } = {}): string {
  const bb = toBigInt(b);
  if (bb === 0n) return '—';
  return `${formatDecimalVi(fraction(toBigInt(a) * 100n, bb), decimals, options)}%`;
}

/**
 * 1234567 → '1.234.567'; 1234.5 → '1.234,5' (a non-integer number is written with the digits
 * JavaScript prints for it, or rounded to `decimals` when given).
 */
export function formatNumberVi(n: Int, decimals?: number): string {
  if (typeof n === 'bigint' || (Number.isInteger(n) && decimals === undefined)) {
    const s = (typeof n === 'bigint' ? n : BigInt(n)).toString();
    return s.startsWith('-') ? `-${groupThousands(s.slice(1))}` : groupThousands(s);
  }
  if (!Number.isFinite(n)) return String(n);
  const printed = String(n);
  const exact = /^-?\d+(\.\d+)?$/.test(printed) ? printed : n.toFixed(decimals ?? 6);
  const [whole = '0', frac = ''] = exact.replace('-', '').split('.');
  const value = fraction(BigInt(`${n < 0 ? '-' : ''}${whole}${frac}`), 10n ** BigInt(frac.length));
  return formatDecimalVi(value, decimals ?? frac.length, { trimZeros: decimals === undefined });
}

/**
 * A number as officers type it, exactly: '1.234,5' → 12345/10, '1.234' → 1234 (vi-VN thousands),
 * '90,46' → 4523/50. A dot not followed by groups of three digits is read as a decimal point
 * ('90.46', '0.5': the catalogue's form). Null when it is not a number.
 */
export function parseViDecimal(text: string): Fraction | null {
  const t = text.trim().replace(/[\s\u00A0\u202F]/g, '');
  const m = /^([+-]?)(.+)$/.exec(t);
  const sign = m?.[1] ?? '';
  const body = m?.[2] ?? '';
  let canonical: string | null = null;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)) canonical = body.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(,\d+)?$/.test(body)) canonical = body.replace(',', '.');
  else if (/^\d+\.\d+$/.test(body)) canonical = body;
  if (canonical === null) return null;
  const [whole = '0', frac = ''] = canonical.split('.');
  return fraction(BigInt(`${sign}${whole}${frac}`), 10n ** BigInt(frac.length));
}

/** parseViDecimal as a JavaScript number (for display and charts, not for judging). */
export function parseViNumber(text: string): number | null {
  const f = parseViDecimal(text);
  return f === null ? null : Number(f.num) / Number(f.den);
}
