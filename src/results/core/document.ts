import type { IndicatorDef, Scope } from '../builtins.js';
import { evaluate } from './evaluate.js';
import { buildTree, factBucket, historyBucket, rollUp } from './tree.js';
import {
  type Decision,
  DOSSIER_CHECKS,
  type Fact,
  type HistoryFact,
  type Measures,
  type Result,
  type ResultsDocument,
  type UnitNode,
} from './types.js';

export interface CoreInput {
  period: string;
  /** The period's month, 1–12: history covers the months before it. */
  month: number;
  units: readonly UnitNode[];
  facts: readonly Fact[];
  history: readonly HistoryFact[];
  definitions: readonly IndicatorDef[];
  decisions: readonly Decision[];
  /** Only these units in the document (the roll-up still covers the whole tree). */
  onlyUnits?: readonly string[];
}

const SCOPE_ORDER: Record<Scope, number> = { month: 0, ytd: 1, snapshot: 2 };
const EMPTY: ReadonlyMap<string, Measures> = new Map();

/**
 * The functional core: facts per unit → the results document. For each indicator, every unit that
 * has records for it and every unit above it (contract "compute prints … every unit that has data
 * and every unit above it"), in the indicator table's order, then tree order, then month, ytd, snapshot.
 */
export function buildResultsDocument(input: CoreInput): ResultsDocument {
  const tree = buildTree(
    input.units,
    input.facts.map((f) => f.unit),
  );
  const rolled = rollUp(
    tree,
    input.facts.map((f) => ({ bucket: factBucket(f), unit: f.unit, source: f.source, measures: f.measures })),
  );
  const rolledHistory = rollUp(
    tree,
    input.history.map((h) => ({
      bucket: historyBucket(h),
      unit: h.unit,
      source: h.source,
      measures: h.measures,
    })),
  );
  const decisions = latestDecisions(input.decisions, input.period);
  const only = input.onlyUnits ? new Set(input.onlyUnits) : null;

  const results: Result[] = [];
  for (const def of input.definitions) {
    const units = new Set<string>();
    for (const scope of def.scopes) {
      for (const [unit, bySource] of rolled.get(`${def.code}|${scope}`) ?? []) {
        if ([...bySource.values()].some((m) => m.records > 0)) units.add(unit);
      }
    }
    const ordered = [...units]
      .filter((u) => !only || only.has(u))
      .sort((x, y) => (tree.rank.get(x) ?? 0) - (tree.rank.get(y) ?? 0));
    for (const unit of ordered) {
      for (const scope of [...def.scopes].sort((x, y) => SCOPE_ORDER[x] - SCOPE_ORDER[y])) {
        const history: ReadonlyMap<string, Measures>[] = [];
        if (scope === 'month') {
          for (let month = 1; month < input.month; month++)
            history.push(rolledHistory.get(`${def.code}|m${month}`)?.get(unit) ?? EMPTY);
        }
        results.push(
          evaluate({
            def,
            unit,
            scope,
            bySource: rolled.get(`${def.code}|${scope}`)?.get(unit) ?? EMPTY,
            dossierChecks: rolled.get(`${DOSSIER_CHECKS}|${scope}`)?.get(unit) ?? EMPTY,
            history,
            decision: decisions.get(`${def.code}|${unit}|${scope}`),
          }),
        );
      }
    }
  }
  return { period: input.period, results };
}

/** The decision in force per (indicator, unit, scope) for the period: the latest recorded. */
function latestDecisions(decisions: readonly Decision[], period: string): Map<string, Decision> {
  const latest = new Map<string, Decision>();
  for (const d of decisions) {
    if (d.period !== period) continue;
    const key = `${d.indicator}|${d.unit}|${d.scope}`;
    const current = latest.get(key);
    if (!current || current.decidedAt <= d.decidedAt) latest.set(key, d);
  }
  return latest;
}
