import { type Period, parsePeriod, periodCode } from '../../core/periods.js';
import { instantToVnParts } from '../../core/time.js';
import type { AppDb } from '../../db/connection.js';
import { AppError } from '../../shared/errors.js';
import { periodDeadline } from '../calendar.js';
import { type CampaignRow, loadCampaign } from '../campaigns.js';
import type { FormScope } from './catalogue-view.js';
import { loadPlanReporting } from './catalogue-view.js';

/** What a report is for: a period (implicit, never created) or a campaign — with its deadline. */
export type Subject =
  | { kind: 'period'; period: Period; code: string; deadline: number; year: number }
  | { kind: 'campaign'; campaign: CampaignRow; period: Period | null; deadline: number; year: number };

export async function resolveSubject(
  db: AppDb,
  ref: { period?: string | null; campaignId?: number | null },
): Promise<Subject> {
  if ((ref.period ? 1 : 0) + (ref.campaignId ? 1 : 0) !== 1) {
    throw new AppError(
      'invalid_request',
      'Cần chỉ rõ một kỳ báo cáo (period) hoặc một đợt báo cáo đột xuất (campaign).',
      'Give exactly one of period or campaign.',
    );
  }
  if (ref.campaignId) {
    const campaign = await loadCampaign(db, ref.campaignId);
    const period = campaign.periodCovered ? parsePeriod(campaign.periodCovered) : null;
    const deadline = campaign.deadline.getTime();
    return {
      kind: 'campaign',
      campaign,
      period,
      deadline,
      year: period?.year ?? instantToVnParts(deadline).year,
    };
  }
  const period = parsePeriod(ref.period ?? '');
  const deadline = periodDeadline(period, await loadPlanReporting(db));
  return { kind: 'period', period, code: periodCode(period), deadline, year: period.year };
}

export function reportKey(unitCode: string, subject: Subject): string {
  return subject.kind === 'period'
    ? `${unitCode}|${subject.code}`
    : `${unitCode}|campaign:${subject.campaign.id}`;
}

export function formScope(subject: Subject): FormScope {
  return subject.kind === 'period'
    ? {}
    : { indicatorCodes: subject.campaign.indicatorCodes, taskCodes: subject.campaign.taskCodes };
}
