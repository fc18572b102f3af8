import type { Actor } from '../auth/actor.js';
import { type Action, can } from '../auth/policy.js';
import { AppError, forbidden } from '../shared/errors.js';

/**
 * The report workflow (SPEC §4, issue 3): draft → approved (unit head) → submitted (time-stamped)
 * → accepted, or returned with a comment → draft again → approved → resubmitted. Accepted is
 * locked; an amendment opens the next version as a draft. Pure: who may do it is the policy's.
 */
export type ReportStatus = 'draft' | 'approved' | 'submitted' | 'accepted' | 'returned';
export type ReportAction = 'save' | 'approve' | 'submit' | 'accept' | 'return' | 'amend';

export const REPORT_STATUS_VI: Record<ReportStatus, string> = {
  draft: 'Dự thảo',
  approved: 'Đã phê duyệt',
  submitted: 'Đã gửi',
  accepted: 'Đã tiếp nhận',
  returned: 'Bị trả lại',
};
export const REPORT_STATUS_EN: Record<ReportStatus, string> = {
  draft: 'Draft',
  approved: 'Approved',
  submitted: 'Submitted',
  accepted: 'Accepted',
  returned: 'Returned',
};

/** From which statuses an action may start, and where it leads (amend: the new version's status). */
const TRANSITIONS: Record<ReportAction, { from: readonly ReportStatus[]; to: ReportStatus }> = {
  // a returned report is a draft again for its unit (docs/decisions/auth-and-permissions.md)
  save: { from: ['draft', 'returned'], to: 'draft' },
  approve: { from: ['draft', 'returned'], to: 'approved' },
  submit: { from: ['approved'], to: 'submitted' },
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
  amend: { from: ['accepted'], to: 'draft' },
};

export function nextStatus(action: ReportAction, from: ReportStatus): ReportStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(from) ? t.to : null;
}

const POLICY_ACTION: Record<ReportAction, Action> = {
  save: 'reports.edit',
  approve: 'reports.approve',
  submit: 'reports.submit',
  accept: 'reports.review',
  return: 'reports.review',
  // amending is editing one's own report again: the unit staff who may edit its draft
  amend: 'reports.edit',
};
/** The status the policy rule expects for an action (its rules are written for these). */
const POLICY_STATUS: Record<ReportAction, ReportStatus> = {
  save: 'draft',
  approve: 'draft',
  submit: 'approved',
  accept: 'submitted',
  return: 'submitted',
  amend: 'draft',
};

export interface ReportRef {
  unitCode: string;
  status: ReportStatus;
  indicatorCodes: readonly string[];
}

const invalidState = (action: ReportAction, status: ReportStatus) =>
  new AppError(
    'invalid_state',
    `Báo cáo đang ở trạng thái "${REPORT_STATUS_VI[status]}": không thể ${ACTION_VI[action]}.` +
      (status === 'submitted' || status === 'accepted'
        ? ' Báo cáo đã gửi hoặc đã tiếp nhận không được sửa.'
        : ''),
    `The report is ${REPORT_STATUS_EN[status].toLowerCase()}: cannot ${action} it.`,
    { status: 409 },
  );

export const ACTION_VI: Record<ReportAction, string> = {
  save: 'sửa',
  approve: 'phê duyệt',
  submit: 'gửi',
  accept: 'tiếp nhận',
  return: 'trả lại',
  amend: 'mở phiên bản điều chỉnh',
};

/**
 * May this actor do this to the report now? Someone who may never do it gets 403 `forbidden`;
 * someone who may, but not in the report's present status, 409 `invalid_state`.
 */
export function authorizeReportAction(actor: Actor, action: ReportAction, report: ReportRef): ReportStatus {
  const inPrinciple = can(actor, POLICY_ACTION[action], { ...report, status: POLICY_STATUS[action] });
  if (!inPrinciple) throw forbidden();
  const to = nextStatus(action, report.status);
  if (to === null) throw invalidState(action, report.status);
  return to;
}
