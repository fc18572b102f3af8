import { describe, expect, it } from 'vitest';
import { sameSecret, sessionState } from './sessions.js';

describe('sessionState', () => {
  const timing = { sessionIdleMinutes: 30, sessionMaxHours: 12 };
  const at = (minutes: number) => new Date(Date.UTC(2026, 2, 12, 1, 0) + minutes * 60_000);
  const session = { lastSeenAt: at(0), expiresAt: at(12 * 60) };

  it('is active within the idle window, idle at its end, expired at the absolute end', () => {
    expect(sessionState(session, at(29), timing)).toBe('active');
    expect(sessionState(session, at(30), timing)).toBe('idle');
    expect(sessionState({ lastSeenAt: at(12 * 60 - 1), expiresAt: at(12 * 60) }, at(12 * 60), timing)).toBe(
      'expired',
    );
  });
});

describe('sameSecret', () => {
  it('compares exactly, refusing a missing value', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abd', 'abc')).toBe(false);
    expect(sameSecret('ab', 'abc')).toBe(false);
    expect(sameSecret(undefined, 'abc')).toBe(false);
  });
});
