import { asc, eq } from 'drizzle-orm';
import { audit } from '../audit/audit.js';
import { type Actor, actorLabel } from '../auth/actor.js';
import type { AppDb, Database } from '../db/connection.js';
import { reconciliationDecisions } from '../db/schema/index.js';
import { AppError } from '../shared/errors.js';
import { BUILTIN_BY_CODE, type Scope } from './builtins.js';
import type { Decision } from './core/types.js';
import { isPeriod } from './period.js';

export interface DecisionInput {
  indicator: string;
  unit: string;
  period: string;
  scope: Scope;
  /** The source whose value becomes official; omitted = the primary source. */
  source?: string | null;
  /** Required: seed 000 §II.3 settles a mismatch only with a written reason. */
  reason: string;
}

/**
 * Records an aggregator's decision settling a reconciliation flag (single_source or
 * source_mismatch) of a high-risk indicator, in one transaction with its audit entry.
 * `compute` then judges the chosen source's value and shows the decision beside the original flag.
 */
export async function recordDecision(
  database: Database,
  actor: Actor,
  input: DecisionInput,
  now: Date = new Date(),
): Promise<Decision> {
  const def = BUILTIN_BY_CODE.get(input.indicator);
  if (!def) {
    throw new AppError(
      'unknown_indicator',
      `Không có chỉ tiêu "${input.indicator}".`,
      `Unknown indicator "${input.indicator}".`,
    );
  }
  if (!def.highRisk) {
    throw new AppError(
      'not_reconciled',
      `Chỉ tiêu ${def.code} không thuộc nhóm phải đối chiếu nhiều nguồn, không cần quyết định đối chiếu.`,
      `Indicator ${def.code} is not reconciled across sources; no decision is needed.`,
    );
  }
  if (!isPeriod(input.period)) {
    throw new AppError(
      'invalid_period',
      `Kỳ báo cáo "${input.period}" không hợp lệ (dạng YYYY-MM).`,
      `Invalid period "${input.period}" (YYYY-MM).`,
    );
  }
  if (!def.scopes.includes(input.scope)) {
    throw new AppError(
      'invalid_scope',
      `Chỉ tiêu ${def.code} không có phạm vi "${input.scope}" (có: ${def.scopes.join(', ')}).`,
      `Indicator ${def.code} has no scope "${input.scope}" (it has: ${def.scopes.join(', ')}).`,
    );
  }
  const reason = input.reason.trim().normalize('NFC');
  if (reason === '') {
    throw new AppError(
      'reason_required',
      'Cần ghi rõ lý do của quyết định đối chiếu.',
      'A reconciliation decision needs a written reason.',
    );
  }
  const row = {
    indicator: def.code,
    unitCode: input.unit,
    period: input.period,
    scope: input.scope,
    chosenSource: input.source ?? null,
    reason,
    decidedBy: actorLabel(actor),
    decidedAt: now,
  };
  return database.transaction(async ({ db }) => {
    const [inserted] = await db
      .insert(reconciliationDecisions)
      .values(row)
      .returning({ id: reconciliationDecisions.id });
    await audit(db, actor, {
      action: 'reconciliation.decide',
      entity: 'reconciliation_decision',
      entityId: inserted?.id ?? null,
      after: row,
    });
    return toDecision(row);
  });
}

/** Every decision recorded for a period, oldest first (the latest per key applies). */
export async function loadDecisions(db: AppDb, period: string): Promise<Decision[]> {
  const rows = await db
    .select()
    .from(reconciliationDecisions)
    .where(eq(reconciliationDecisions.period, period))
    .orderBy(asc(reconciliationDecisions.decidedAt), asc(reconciliationDecisions.id));
  return rows.map(toDecision);
}

function toDecision(row: {
  indicator: string;
  unitCode: string;
  period: string;
  scope: string;
  chosenSource: string | null;
  reason: string;
  decidedBy: string;
  decidedAt: Date;
}): Decision {
  return {
    indicator: row.indicator,
    unit: row.unitCode,
    period: row.period,
    scope: row.scope as Scope,
    source: row.chosenSource,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt.toISOString(),
    reason: row.reason,
  };
}
