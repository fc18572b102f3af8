import type { RawSql } from '../../db/connection.js';
import type { IndicatorDef } from '../builtins.js';
import type { PeriodWindows } from '../period.js';
import { documentFacts } from './documents.js';
import { dossierFacts } from './dossiers.js';
import { procedureFacts } from './procedures.js';
import { productFacts, ratingFacts } from './ratings-products.js';
import { type FactSet, mergeFactSets, monthStarts } from './rows.js';
import { signatureFacts, staffFacts } from './staff.js';

/**
 * Runs the aggregation queries the requested indicators need — each one set-based, grouped by
 * (source, unit) in SQL, so a year of a province's dossiers never comes into memory.
 */
export async function collectFacts(
  raw: RawSql,
  windows: PeriodWindows,
  definitions: readonly IndicatorDef[],
  reentrySeconds: number,
): Promise<FactSet> {
  const codes = new Set(definitions.map((d) => d.code));
  const bases = new Set(definitions.map((d) => d.basis));
  const dated = {
    yearStart: windows.yearStart.toISOString(),
    endExclusive: windows.endExclusive.toISOString(),
    reentrySeconds,
    periodMonth: windows.month,
    monthStarts: monthStarts(windows.year, windows.month),
  };
  const staffParams = {
    period: windows.period,
    endExclusive: dated.endExclusive,
    monthStart: windows.monthStart.toISOString(),
    yearStart: dated.yearStart,
  };
  const runs: Promise<FactSet>[] = [];
  // T26-08 needs the finished dossiers for its sample size
  if (bases.has('dossiers_finished') || bases.has('dossiers_received') || codes.has('T26-08'))
    runs.push(dossierFacts(raw, dated));
  if (bases.has('documents')) runs.push(documentFacts(raw, dated));
  if (bases.has('ratings')) runs.push(ratingFacts(raw, dated));
  if (bases.has('products')) runs.push(productFacts(raw, dated));
  if (bases.has('procedures') || bases.has('procedure_components'))
    runs.push(procedureFacts(raw, windows.period));
  if (codes.has('T26-05') || codes.has('T26-06')) runs.push(staffFacts(raw, staffParams));
  if (codes.has('CKS-SUDUNG')) runs.push(signatureFacts(raw, staffParams));
  return mergeFactSets(await Promise.all(runs));
}
