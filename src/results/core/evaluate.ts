import type { Flag } from '../../controls/flags.js';
import { INFORMATIVE_FLAGS } from '../../controls/flags.js';
import { generatedVsProcessedFlag } from '../../controls/generated-vs-processed.js';
import { invalidValueFlag } from '../../controls/invalid-value.js';
import { outlierFlag } from '../../controls/outlier.js';
import { reconciliationFlags } from '../../controls/reconciliation.js';
import { sampleSizeFlag } from '../../controls/sample-size.js';
import { DOSSIER_SOURCES, type IndicatorDef, type Scope, targetForDocument } from '../builtins.js';
import { meetsCount, meetsMean, meetsRatio, meetsReduction, round6 } from './judge.js';
import type { Decision, Measures, Result, SourceValue, Status } from './types.js';

/** Everything known about one indicator, one unit (its whole subtree) and one scope. */
export interface EvaluationInput {
  def: IndicatorDef;
  unit: string;
  scope: Scope;
  /** Rolled-up measures per source. */
  bySource: ReadonlyMap<string, Measures>;
  /** Rolled-up '@dossiers' checks per source, same unit and scope (N of T26-08, generated vs processed). */
  dossierChecks: ReadonlyMap<string, Measures>;
  /** Earlier months of the year, oldest first, each with its measures per source (month scope only). */
  history: readonly ReadonlyMap<string, Measures>[];
  decision?: Decision;
}

/** The indicator's sources in order, then any other source that sent records (by code), shown after them. */
export function orderedSources(listed: readonly string[], present: Iterable<string>): string[] {
  const extra = [...present].filter((s) => !listed.includes(s)).sort();
  return [...listed, ...extra];
}

/** Sources that have records for the unit in the scope's window (or snapshot), primary first. */
function presentSources(listed: readonly string[], bySource: ReadonlyMap<string, Measures>): string[] {
  return orderedSources(listed, bySource.keys()).filter((s) => (bySource.get(s)?.records ?? 0) > 0);
}

interface Computed {
  a: number | null;
  b: number | null;
  value: number | null;
  /** Judged against the target when the value can be computed; null otherwise. */
  meets: boolean | null;
}

function compute(def: IndicatorDef, m: Measures | undefined): Computed {
  switch (def.kind) {
    case 'ratio': {
      const a = m?.a ?? 0;
      const b = m?.b ?? 0;
      if (b <= 0 || a < 0 || a > b) return { a, b, value: b > 0 ? round6(a / b) : null, meets: null };
      return { a, b, value: round6(a / b), meets: meetsRatio(a, b, def.target) };
    }
    case 'count': {
      // contract: T26-09 a = the count, b null, judged at every level
      const a = m?.a ?? 0;
      return { a, b: null, value: a, meets: meetsCount(a, def.target) };
    }
    case 'duration': {
      if (!m || m.count <= 0) return { a: null, b: null, value: null, meets: null };
      return {
        a: null,
        b: null,
        value: round6(m.sum / m.count),
        meets: meetsMean(m.sum, m.count, def.target),
      };
    }
    case 'reduction': {
      // contract: either side empty → chua_danh_gia
      if (!m || m.countOnline <= 0 || m.countDirect <= 0 || m.sumDirect <= 0)
        return { a: null, b: null, value: null, meets: null };
      const value = round6(1 - m.sumOnline / m.countOnline / (m.sumDirect / m.countDirect));
      return {
        a: null,
        b: null,
        value,
        meets: meetsReduction(m.sumOnline, m.countOnline, m.sumDirect, m.countDirect, def.target),
      };
    }
  }
}

/** contract "excluded": the rules that can hit the indicator's records, with their counts (0 included). */
function excludedFor(def: IndicatorDef, m: Measures | undefined): Record<string, number> {
  if (def.code === 'CKS-SUDUNG') return { unused_certificate: m?.unused_certificate ?? 0 };
  if (def.basis === 'documents')
    return { reentered: m?.reentered ?? 0, paper_parallel: m?.paper_parallel ?? 0 };
  if (def.basis === 'dossiers_finished' || def.basis === 'dossiers_received')
    return { reentered: m?.reentered ?? 0 };
  return {};
}

function sourceValue(def: IndicatorDef, source: string, m: Measures): SourceValue {
  if (def.kind === 'ratio') return { source, a: m.a, b: m.b };
  if (def.kind === 'count') return { source, a: m.a, b: null };
  return { source, a: null, b: null };
}

const RECONCILIATION = new Set(['single_source', 'source_mismatch']);

export function evaluate(input: EvaluationInput): Result {
  const { def, bySource } = input;
  const present = presentSources(def.sources, bySource);
  const primary = present[0];
  const flags: Flag[] = [];

  // reconciliation first, so that a decision can pick another source's value
  const reconciliation = def.highRisk
    ? reconciliationFlags(
        present.map((s) => {
          const m = bySource.get(s);
          return { source: s, a: m?.a ?? 0, b: m?.b ?? 0 };
        }),
        def.tolerance,
      )
    : [];
  const decision = reconciliation.length > 0 ? input.decision : undefined;
  const used = decision?.source && present.includes(decision.source) ? decision.source : primary;
  const m = used === undefined ? undefined : bySource.get(used);
  const computed = compute(def, m);

  if (def.kind !== 'count') {
    const invalid = invalidValueFlag({ a: computed.a, b: computed.b, invalidRecords: m?.invalid ?? 0 });
    if (invalid) flags.push(invalid);
  }
  if (used !== undefined && (def.basis === 'dossiers_finished' || def.basis === 'dossiers_received')) {
    const checks = input.dossierChecks.get(used);
    const gvp = checks
      ? generatedVsProcessedFlag({
          source: used,
          finishedBeforeReceived: checks.finishedBeforeReceived,
          finishedUndated: checks.finishedUndated,
        })
      : null;
    if (gvp) flags.push(gvp);
  }
  if (def.code === 'T26-08') {
    // contract: N = dossiers finished in the scope's window under the unit, from the primary dossier source
    const dossierSource = presentSourcesBy(
      orderedSources(DOSSIER_SOURCES, input.dossierChecks.keys()),
      input.dossierChecks,
      'finished',
    )[0];
    const finished =
      dossierSource === undefined ? 0 : (input.dossierChecks.get(dossierSource)?.finished ?? 0);
    const sample = sampleSizeFlag(computed.b ?? 0, finished);
    if (sample) flags.push(sample);
  }
  flags.push(...reconciliation);
  if (input.scope === 'month' && def.kind !== 'count') {
    const past = input.history
      .map((month) => {
        const s = presentSources(def.sources, month)[0];
        return s === undefined ? null : compute(def, month.get(s)).value;
      })
      .filter((v): v is number => v !== null);
    const outlier = outlierFlag(def.kind, computed.value, past);
    if (outlier) flags.push(outlier);
  }

  const blocking = flags.filter(
    (f) => !INFORMATIVE_FLAGS.has(f.code) && !(decision && RECONCILIATION.has(f.code)),
  );
  let status: Status;
  if (blocking.length > 0 || computed.meets === null) status = 'chua_danh_gia';
  else status = computed.meets ? 'dat' : 'chua_dat';

  const result: Result = {
    indicator: def.code,
    unit: input.unit,
    scope: input.scope,
    a: computed.a,
    b: computed.b,
    value: computed.value,
    target: targetForDocument(def.target),
    status,
    excluded: excludedFor(def, m),
    flags,
    sources: present.map((s) => sourceValue(def, s, bySource.get(s) as Measures)),
  };
  if (decision && used !== undefined) {
    result.decision = {
      source: used,
      decidedBy: decision.decidedBy,
      decidedAt: decision.decidedAt,
      reason: decision.reason,
    };
  }
  return result;
}

function presentSourcesBy(
  order: readonly string[],
  bySource: ReadonlyMap<string, Measures>,
  key: keyof Measures,
): string[] {
  return order.filter((s) => (bySource.get(s)?.[key] ?? 0) > 0);
}
