import type { Database } from '../db/connection.js';
import { AppError } from '../shared/errors.js';
import {
  BUILTIN_BY_CODE,
  BUILTIN_INDICATORS,
  DEFAULT_REENTRY_TOLERANCE_HOURS,
  type IndicatorDef,
} from './builtins.js';
import { buildResultsDocument } from './core/document.js';
import type { Decision, ResultsDocument, UnitNode } from './core/types.js';
import { loadDecisions } from './decisions.js';
import { collectFacts } from './facts/collect.js';
import { periodWindows } from './period.js';

export interface ComputeOptions {
  /** YYYY-MM */
  period: string;
  /** Only these units in the document (their results still cover everything below them). */
  units?: readonly string[];
  /** Only these indicator codes. */
  indicators?: readonly string[];
  /** Decisions to apply besides those recorded in the database (e.g. a preview). */
  decisions?: readonly Decision[];
  /** Re-entry tolerance (contract: entered more than 24 h after received/created). */
  reentryToleranceHours?: number;
}

/**
 * The results of every built-in indicator for a period: SQL aggregates the records per
 * (source, unit), the pure core rolls them up the unit tree, reconciles, applies the data controls
 * and judges. Returns the contract's results document (formats/README.md "Results").
 */
export async function computeResults(database: Database, options: ComputeOptions): Promise<ResultsDocument> {
  const windows = periodWindows(options.period);
  const definitions = selectDefinitions(options.indicators);
  const hours = options.reentryToleranceHours ?? DEFAULT_REENTRY_TOLERANCE_HOURS;
  const [facts, units, recorded] = await Promise.all([
    collectFacts(database.raw, windows, definitions, Math.round(hours * 3600)),
    database.raw.query<{ code: string; parent_code: string | null }>('SELECT code, parent_code FROM units'),
    loadDecisions(database.db, options.period),
  ]);
  return buildResultsDocument({
    period: options.period,
    month: windows.month,
    units: units.map((u): UnitNode => ({ code: u.code, parentCode: u.parent_code })),
    facts: facts.facts,
    history: facts.history,
    definitions,
    decisions: [...recorded, ...(options.decisions ?? [])],
    onlyUnits: options.units,
  });
}

function selectDefinitions(codes: readonly string[] | undefined): IndicatorDef[] {
  if (!codes || codes.length === 0) return [...BUILTIN_INDICATORS];
  const unknown = codes.filter((c) => !BUILTIN_BY_CODE.has(c));
  if (unknown.length > 0) {
    throw new AppError(
      'usage',
      `Không có chỉ tiêu tính sẵn: ${unknown.join(', ')}.`,
      `Unknown built-in indicator(s): ${unknown.join(', ')}.`,
    );
  }
  const wanted = new Set(codes);
  return BUILTIN_INDICATORS.filter((d) => wanted.has(d.code));
}
