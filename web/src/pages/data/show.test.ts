import { describe, expect, it } from 'vitest';
import { instantVi, percentVi, previousPeriod, sizeVi, targetText, valueText } from './show.js';

describe('data pages formats', () => {
  it('writes percentages, targets and values the vi-VN way', () => {
    expect(percentVi(0.904612)).toBe('90,46%');
    expect(percentVi(0.7)).toBe('70,00%');
    expect(valueText('T26-01', 0.723529)).toBe('72,35%');
    expect(valueText('T26-09', 1234)).toBe('1.234');
    expect(valueText('DV-THOIGIANNOP', 245.4)).toBe('245 giây');
    expect(valueText('HS-SOHOA', null)).toBe('—');
    expect(targetText('HS-DUNGHAN', { op: '>', value: 0.95 })).toBe('> 95,00%');
    expect(targetText('T26-09', { op: '>=', value: 5 })).toBe('≥ 5');
  });

  it('writes instants in Việt Nam time whatever the zone they came in', () => {
    expect(instantVi('2026-03-31T17:30:00Z')).toBe('01/04/2026 00:30');
    expect(instantVi('2026-03-05T08:30:00+07:00')).toBe('05/03/2026 08:30');
    expect(instantVi(null)).toBe('—');
  });

  it('names the period reported on: the month before, in Việt Nam time', () => {
    expect(previousPeriod(Date.parse('2026-04-12T03:00:00Z'))).toBe('2026-03');
    expect(previousPeriod(Date.parse('2026-01-05T03:00:00Z'))).toBe('2025-12');
    // 31/01 20:00 UTC is already 1 February in Việt Nam
    expect(previousPeriod(Date.parse('2026-01-31T20:00:00Z'))).toBe('2026-01');
    expect(sizeVi(1536)).toBe('1,5 KB');
  });
});
