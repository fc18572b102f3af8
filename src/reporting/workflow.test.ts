import { describe, expect, it } from 'vitest';
import type { Role, UserActor } from '../auth/actor.js';
import { authorizeReportAction, type ReportAction, type ReportStatus } from './workflow.js';

const user = (roles: Role[], unitCode: string, tracked: string[] = []): UserActor => ({
  kind: 'user',
  userId: 1,
  username: roles.join('+'),
  unitCode,
  roles,
  trackedIndicators: tracked,
  unitsUnder: new Set([unitCode, ...(unitCode === 'VPUBND' ? ['VPUBND-TTPVHCC'] : [])]),
});
const report = (status: ReportStatus, unitCode = 'VPUBND') => ({
  unitCode,
  status,
  indicatorCodes: ['T26-01', 'T26-02'],
});

/** The outcome of an action: 'ok', 403 or 409. */
function outcome(actor: UserActor, action: ReportAction, status: ReportStatus, unit = 'VPUBND'): string {
  try {
    return authorizeReportAction(actor, action, report(status, unit));
  } catch (error) {
    return String((error as { status: number }).status);
  }
}

const reporter = user(['reporter'], 'VPUBND');
const head = user(['unit_head'], 'VPUBND');
const divisionHead = user(['unit_head'], 'VPUBND-TTPVHCC');
const otherReporter = user(['reporter'], 'XA-CHIENGSON');
const aggregator = user(['aggregator'], 'SKHCN', ['T26-01']);
const otherAggregator = user(['aggregator'], 'CAT', ['T26-08']);
const inspector = user(['inspector'], 'SONLA');
const leader = user(['leader'], 'SONLA');
const admin = user(['admin'], 'SONLA');

describe('report actions as a table (issue 3 §4)', () => {
  const table: [string, UserActor, ReportAction, ReportStatus, string][] = [
    ['reporter saves its own draft', reporter, 'save', 'draft', 'draft'],
    ['reporter saves a returned report (a draft again)', reporter, 'save', 'returned', 'draft'],
    ['reporter cannot save a submitted report', reporter, 'save', 'submitted', '409'],
    ['reporter cannot save an accepted report', reporter, 'save', 'accepted', '409'],
    ['reporter cannot save another unit’s draft', otherReporter, 'save', 'draft', '403'],
    ['the unit above does not edit a division’s draft', head, 'save', 'draft', 'draft'],
    ['reporter cannot approve', reporter, 'approve', 'draft', '403'],
    ['unit head approves', head, 'approve', 'draft', 'approved'],
    ['another unit’s head cannot approve', divisionHead, 'approve', 'draft', '403'],
    ['reporter cannot submit', reporter, 'submit', 'approved', '403'],
    ['unit head submits an approved report', head, 'submit', 'approved', 'submitted'],
    ['unit head cannot submit an unapproved draft', head, 'submit', 'draft', '409'],
    ['tracking aggregator accepts', aggregator, 'accept', 'submitted', 'accepted'],
    ['tracking aggregator returns', aggregator, 'return', 'submitted', 'returned'],
    ['aggregator not tracking its indicators cannot review', otherAggregator, 'accept', 'submitted', '403'],
    ['aggregator cannot accept a draft', aggregator, 'accept', 'draft', '409'],
    ['aggregator cannot edit', aggregator, 'save', 'draft', '403'],
    ['inspector cannot edit or review', inspector, 'accept', 'submitted', '403'],
    ['leader cannot edit', leader, 'save', 'draft', '403'],
    ['admin does not sign a unit’s report', admin, 'approve', 'draft', '403'],
    ['reporter amends an accepted report', reporter, 'amend', 'accepted', 'draft'],
    ['nobody amends before acceptance', head, 'amend', 'submitted', '409'],
    ['another unit cannot amend', otherReporter, 'amend', 'accepted', '403'],
  ];
  it.each(table)('%s', (_name, actor, action, status, expected) => {
    expect(outcome(actor, action, status)).toBe(expected);
  });
  it('a head of the unit above does not approve a division’s report', () => {
    expect(outcome(head, 'approve', 'draft', 'VPUBND-TTPVHCC')).toBe('403');
  });
});
