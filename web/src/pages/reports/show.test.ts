import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatInstant,
  formatPercent,
  formatRate,
  parseNumberInput,
  periodDueIn,
  periodText,
  statusText,
  timeLeft,
} from './show.js';

const deadline = Date.parse('2026-11-12T10:00:00.000Z'); // 17:00 ngày 12/11/2026, Vietnam time
const H = 3_600_000;

describe('timeLeft', () => {
  it('says the two largest units left, rounded down', () => {
    expect(timeLeft(deadline, deadline - (2 * 24 + 5) * H - 59_000, 'vi')).toEqual({
      text: 'Còn 2 ngày 5 giờ',
      overdue: false,
    });
    expect(timeLeft(deadline, deadline - 3 * H - 20 * 60_000, 'vi').text).toBe('Còn 3 giờ 20 phút');
    expect(timeLeft(deadline, deadline - 12 * 60_000, 'vi').text).toBe('Còn 12 phút');
    expect(timeLeft(deadline, deadline - 24 * H, 'en').text).toBe('1 d left');
  });
  it('counts the deadline instant itself as on time, and after it as overdue', () => {
    expect(timeLeft(deadline, deadline, 'vi')).toEqual({ text: 'Còn 0 phút', overdue: false });
    expect(timeLeft(deadline, deadline + 3 * H, 'vi')).toEqual({ text: 'Quá hạn 3 giờ', overdue: true });
    expect(timeLeft(deadline, deadline + 3 * H, 'en').text).toBe('Overdue by 3 h');
  });
});

describe('formats', () => {
  it('writes instants in Vietnam time whatever the zone', () => {
    expect(formatInstant('2026-11-12T10:00:00.000Z')).toBe('12/11/2026 17:00');
    expect(formatInstant('2026-11-11T17:30:00.000Z')).toBe('12/11/2026 00:30');
    expect(formatInstant(null)).toBe('—');
  });
  it('writes percentages the Vietnamese way', () => {
    expect(formatPercent((9046 / 10000) * 100)).toBe('90,46%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatRate(0.5)).toBe('50%');
    expect(formatRate(null)).toBe('—');
    expect(formatBytes(3_500_000)).toBe('3,3 MB');
    expect(formatBytes(2048)).toBe('2 KB');
  });
  it('reads what is typed in a number field', () => {
    expect(parseNumberInput('')).toEqual({ value: null, error: false });
    expect(parseNumberInput(' 1234 ')).toEqual({ value: 1234, error: false });
    expect(parseNumberInput('1.234')).toEqual({ value: 1234, error: false });
    expect(parseNumberInput('12,5')).toEqual({ value: 12.5, error: false });
    expect(parseNumberInput('-3')).toEqual({ value: -3, error: false });
    expect(parseNumberInput('abc')).toEqual({ value: null, error: true });
  });
  it('says whether a submission was on time', () => {
    expect(statusText('submitted', false, 'vi')).toBe('Đã gửi — đúng hạn');
    expect(statusText('submitted', true, 'vi')).toBe('Đã gửi — muộn');
    expect(statusText('returned', true, 'vi')).toBe('Bị trả lại');
    expect(statusText('draft', false, 'en')).toBe('Draft');
  });
});

describe('periods', () => {
  it('names periods and knows which one is due this month, in Vietnam time', () => {
    expect(periodText('2026-10', 'vi')).toBe('Tháng 10/2026');
    expect(periodText('2026-10', 'en')).toBe('October 2026');
    // 31/10/2026 23:30 UTC is already 01/11 in Vietnam: October is then due
    expect(periodDueIn(Date.parse('2026-10-31T17:30:00Z'))).toBe('2026-10');
    expect(periodDueIn(Date.parse('2026-10-31T16:30:00Z'))).toBe('2026-09');
  });
});
