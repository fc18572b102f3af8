import type { ResultsDocument } from '../results/core/types.js';
import { openFlags, type Scope } from './values.js';

/**
 * The open data-control flags of a period under a unit (SPEC §6, §8), pure. "Open": not merely
 * informative (outlier) and not settled by an aggregator's recorded decision. A flag raised on both
 * the month and the year to date of the same indicator and unit is counted once.
 */
export interface FlagItem {
  indicator: string;
  indicatorName: string;
  unit: string;
  unitName: string;
  scope: Scope;
  code: string;
  message: string;
  messageEn: string;
}

export interface FlagSummary {
  total: number;
  byCode: Record<string, number>;
  items: FlagItem[];
}

export function flagSummary(
  doc: ResultsDocument | undefined,
  units: ReadonlySet<string>,
  names: { unit: (code: string) => string; indicator: (code: string) => string },
  limit = 50,
): FlagSummary {
  const seen = new Map<string, FlagItem>();
  const scopeRank: Record<Scope, number> = { month: 0, snapshot: 1, ytd: 2 };
  const results = [...(doc?.results ?? [])].sort((x, y) => scopeRank[x.scope] - scopeRank[y.scope]);
  for (const r of results) {
    if (!units.has(r.unit)) continue;
    for (const f of openFlags(r)) {
      const key = `${r.indicator}|${r.unit}|${f.code}`;
      if (seen.has(key)) continue;
      seen.set(key, {
        indicator: r.indicator,
        indicatorName: names.indicator(r.indicator),
        unit: r.unit,
        unitName: names.unit(r.unit),
        scope: r.scope,
        code: f.code,
        message: f.message,
        messageEn: f.messageEn,
      });
    }
  }
  const all = [...seen.values()];
  const byCode: Record<string, number> = {};
  for (const f of all) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  const vi = new Intl.Collator('vi');
  all.sort(
    (x, y) =>
      vi.compare(x.unitName, y.unitName) ||
      x.indicator.localeCompare(y.indicator) ||
      x.code.localeCompare(y.code),
  );
  return { total: all.length, byCode, items: all.slice(0, limit) };
}

/** Open flags per unit (its own results, all indicators and scopes, counted once per indicator and code). */
export function openFlagCountByUnit(doc: ResultsDocument | undefined): Map<string, number> {
  const keys = new Set<string>();
  for (const r of doc?.results ?? [])
    for (const f of openFlags(r)) keys.add(`${r.unit}|${r.indicator}|${f.code}`);
  const out = new Map<string, number>();
  for (const key of keys) {
    const unit = key.split('|')[0] as string;
    out.set(unit, (out.get(unit) ?? 0) + 1);
  }
  return out;
}
