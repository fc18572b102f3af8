import { describe, expect, it } from 'vitest';
import type { Database } from '../db/connection.js';
import { AppError } from '../shared/errors.js';
import { recordDecision } from './decisions.js';

// Every check happens before the database is touched: a database that throws proves it.
const untouched = new Proxy(
  {},
  {
    get: () => {
      throw new Error('database touched');
    },
  },
) as Database;
const base = {
  indicator: 'T26-01',
  unit: 'SKHCN',
  period: '2026-03',
  scope: 'month' as const,
  reason: 'Nguồn QLVB đếm trùng',
};

describe('recordDecision checks its input', () => {
  it.each([
    [{ indicator: 'X-1' }, 'unknown_indicator'],
    [{ indicator: 'HS-SOHOA' }, 'not_reconciled'],
    [{ period: '2026-3' }, 'invalid_period'],
    [{ scope: 'snapshot' as const }, 'invalid_scope'],
    [{ reason: '   ' }, 'reason_required'],
  ])('%o → %s', async (change, code) => {
    const error = await recordDecision(untouched, { kind: 'cli' }, { ...base, ...change }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
  });
});
