import type { Flag } from './flags.js';
import { integerVi } from './flags.js';

/**
 * SPEC §6.2: a and b whole and non-negative, a ≤ b; plus the records whose own values are
 * impossible (components_reused > components_total, negative submit_seconds). b = 0 is not an
 * invalid value: it is "no data", which the evaluation already makes "Chưa đánh giá".
 */
export function invalidValueFlag(input: {
  a: number | null;
  b: number | null;
  invalidRecords: number;
}): Flag | null {
  const vi: string[] = [];
  const en: string[] = [];
  const { a, b } = input;
  for (const [name, v] of [
    ['a', a],
    ['b', b],
  ] as const) {
    if (v !== null && (!Number.isInteger(v) || v < 0)) {
      vi.push(`${name} = ${v} không phải số nguyên không âm`);
      en.push(`${name} = ${v} is not a whole non-negative number`);
    }
  }
  if (a !== null && b !== null && a > b) {
    vi.push(`tử số a = ${integerVi(a)} lớn hơn mẫu số b = ${integerVi(b)}`);
    en.push(`numerator a = ${a} exceeds denominator b = ${b}`);
  }
  if (input.invalidRecords > 0) {
    vi.push(
      `${integerVi(input.invalidRecords)} bản ghi có giá trị không hợp lệ (số thành phần tái sử dụng lớn hơn tổng số, hoặc số giây âm)`,
    );
    en.push(
      `${input.invalidRecords} record(s) hold impossible values (more components reused than in total, or negative seconds)`,
    );
  }
  if (vi.length === 0) return null;
  return {
    code: 'invalid_value',
    message: `Giá trị không hợp lệ: ${vi.join('; ')}.`,
    messageEn: `Invalid value: ${en.join('; ')}.`,
  };
}
