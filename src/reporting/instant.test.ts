import { describe, expect, it } from 'vitest';
import { parseInstant } from './instant.js';

describe('parseInstant', () => {
  it('reads offsets, Z, and zoneless times as Vietnam time', () => {
    expect(new Date(parseInstant('2026-05-05T17:00:00+07:00')).toISOString()).toBe(
      '2026-05-05T10:00:00.000Z',
    );
    expect(new Date(parseInstant('2026-05-05T10:00:00Z')).toISOString()).toBe('2026-05-05T10:00:00.000Z');
    expect(new Date(parseInstant('2026-05-05T17:00')).toISOString()).toBe('2026-05-05T10:00:00.000Z');
    expect(new Date(parseInstant('2026-05-05T17:00:00.5-01:30')).toISOString()).toBe(
      '2026-05-05T18:30:00.500Z',
    );
  });
  it('refuses impossible and loose dates', () => {
    for (const bad of [
      '2026-02-30T10:00:00Z',
      '2026-05-05',
      '05/05/2026 17:00',
      '2026-05-05T24:00:00Z',
      'tomorrow',
    ]) {
      expect(() => parseInstant(bad)).toThrow(/không hợp lệ/);
    }
  });
});
