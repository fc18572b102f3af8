import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { isPeriod, periodWindows } from './period.js';

describe('periodWindows', () => {
  it('gives Vietnam-time month and year windows', () => {
    const w = periodWindows('2026-03');
    expect(w.year).toBe(2026);
    expect(w.month).toBe(3);
    expect(w.yearStart.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(w.monthStart.toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(w.endExclusive.toISOString()).toBe('2026-03-31T17:00:00.000Z');
  });

  it('rolls December over into the next year', () => {
    expect(periodWindows('2026-12').endExclusive.toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  it('rejects anything but YYYY-MM', () => {
    for (const bad of ['2026-13', '2026-3', '26-03', '2026-00', '', '2026-03-01']) {
      expect(isPeriod(bad)).toBe(false);
      expect(() => periodWindows(bad)).toThrow(AppError);
    }
    expect(isPeriod('2026-01')).toBe(true);
  });
});
