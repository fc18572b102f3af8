import type { indicators, plans, tasks, units } from '../../db/schema/index.js';

/** What leaves the server for catalogue rows: stable field names, no internal columns. */
export function presentUnit(row: typeof units.$inferSelect) {
  return { code: row.code, name: row.name, kind: row.kind, parentCode: row.parentCode };
}

export function presentPlan(row: typeof plans.$inferSelect) {
  const definition = row.definition as Record<string, unknown>;
  return {
    id: row.code,
    code: row.code,
    docType: row.docType,
    number: row.number,
    numberText: definition.numberText as string,
    title: row.title,
    issuer: row.issuerCode,
    issuedOn: row.issuedOn,
    dateText: definition.dateText as string,
    signer: row.signer,
    legalBases: row.legalBases,
    implements: row.implementsCode,
    phases: row.phases,
    reporting: definition.reporting ?? null,
    seedFile: row.seedFile,
    summary: definition.summary ?? null,
  };
}

export function presentIndicator(row: typeof indicators.$inferSelect) {
  return {
    ...(row.definition as Record<string, unknown>),
    code: row.code,
    plan: row.planCode,
    manual: row.manual,
    public: row.isPublic,
  };
}

export function presentTask(row: typeof tasks.$inferSelect) {
  return {
    ...(row.definition as Record<string, unknown>),
    code: row.code,
    plan: row.planCode,
    deadlineText: row.deadlineText,
    deadline: row.deadline,
    dueOn: row.dueOn,
  };
}
