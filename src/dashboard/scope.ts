import type { Actor } from '../auth/actor.js';
import { authorize, unitScope } from '../auth/policy.js';
import { periodCode, periodOfInstant, shiftPeriod } from '../core/periods.js';
import type { RawSql } from '../db/connection.js';
import { forbidden, notFound } from '../shared/errors.js';
import { type Catalogue, rootUnit, subtreeOf, type UnitInfo } from './catalogue.js';

/** Which unit a page is about, and which units below it the caller may see (policy `results.read`). */
export interface UnitView {
  unit: UnitInfo;
  /** The unit and everything below it that the caller may read. */
  subtree: Set<string>;
  /** Its direct children the caller may read. */
  children: UnitInfo[];
}

export function resolveUnitView(actor: Actor, catalogue: Catalogue, requested: string | undefined): UnitView {
  authorize(actor, 'results.read');
  const scope = unitScope(actor, 'results.read');
  const own = actor.kind === 'user' ? actor.unitCode : undefined;
  const code = requested ?? (scope === 'all' ? (rootUnit(catalogue) ?? own) : own);
  if (!code) throw forbidden();
  const unit = catalogue.units.get(code);
  if (!unit) throw notFound('đơn vị', 'Unit', code);
  if (scope !== 'all' && !scope.has(code)) throw forbidden();
  const visible = (c: string) => scope === 'all' || scope.has(c);
  const subtree = new Set([...subtreeOf(catalogue, code)].filter(visible));
  const children = (catalogue.children.get(code) ?? []).filter(visible).flatMap((c) => {
    const u = catalogue.units.get(c);
    return u ? [u] : [];
  });
  return { unit, subtree, children };
}

/**
 * The latest month with data (issue 5: the dashboard opens on it): the month of the newest dated
 * record or snapshot, never after the current month; the month before the current one when there is
 * no data at all.
 */
export async function latestDataPeriod(raw: RawSql, now: Date): Promise<string> {
  const current = periodCode(periodOfInstant(now.getTime(), 'month'));
  const [row] = await raw.query<{ latest: string | null }>(
    `SELECT max(p) AS latest FROM (
       SELECT to_char(max(received_at) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS p FROM rec_dossiers WHERE received_at < $1::timestamptz
       UNION ALL SELECT to_char(max(created_at) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') FROM rec_documents WHERE created_at < $1::timestamptz
       UNION ALL SELECT to_char(max(rated_at) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') FROM rec_ratings WHERE rated_at < $1::timestamptz
       UNION ALL SELECT max(period) FROM imports WHERE period ~ '^[0-9]{4}-[0-9]{2}$' AND period <= $2
     ) t`,
    [now.toISOString(), current],
  );
  return row?.latest ?? periodCode(shiftPeriod(periodOfInstant(now.getTime(), 'month'), -1));
}
