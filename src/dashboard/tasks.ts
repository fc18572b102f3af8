import { TASK_STATUS_VI, type TaskStatus, type TaskTiming, taskTiming } from '../core/deadlines.js';
import { parseIsoDate } from '../core/time.js';
import type { CatalogueTask } from './catalogue.js';
import type { ReportedTask } from './reported.js';

/**
 * A task's progress per lead unit (SPEC §7), pure: the status the unit last reported, and the
 * timing derived from the parsed deadline. A lead that has not reported the task has no status;
 * its timing is judged as "not done" (past the deadline = overdue): docs/decisions/dashboard.md.
 */

export const TIMING_VI: Record<TaskTiming, string> = {
  on_track: 'Trong thời hạn',
  overdue: 'Quá hạn',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành muộn',
  no_deadline: 'Không có thời hạn cố định',
};
export const TIMING_EN: Record<TaskTiming, string> = {
  on_track: 'On track',
  overdue: 'Overdue',
  done_on_time: 'Done on time',
  done_late: 'Done late',
  no_deadline: 'No fixed deadline',
};
export const NOT_REPORTED_VI = 'Chưa báo cáo';

export interface LeadProgress {
  unit: string;
  unitName: string;
  /** null: the unit has not reported this task. */
  status: TaskStatus | null;
  statusLabel: string;
  timing: TaskTiming;
  timingLabel: string;
  completedOn: string | null;
  progress: string;
  evidence: string[];
  /** The period of the report the status comes from. */
  reportedPeriod: string | null;
}

export function leadProgress(
  task: Pick<CatalogueTask, 'deadline'>,
  unit: { code: string; name: string },
  reported: ReportedTask | undefined,
  today: string,
): LeadProgress {
  const status = reported?.status ?? null;
  const year = parseIsoDate(today)?.year;
  const timing = taskTiming(
    task.deadline,
    status ?? 'not_started',
    reported?.completedOn ?? null,
    today,
    year,
  );
  return {
    unit: unit.code,
    unitName: unit.name,
    status,
    statusLabel: status === null ? NOT_REPORTED_VI : TASK_STATUS_VI[status],
    timing,
    timingLabel: TIMING_VI[timing],
    completedOn: reported?.completedOn ?? null,
    progress: reported?.progress ?? '',
    evidence: (reported?.evidence ?? []).map((e) =>
      [e.number, e.title].filter((p) => p && p.trim() !== '').join(' — '),
    ),
    reportedPeriod: reported?.period ?? null,
  };
}

const TIMING_RANK: Record<TaskTiming, number> = {
  overdue: 0,
  done_late: 1,
  on_track: 2,
  no_deadline: 3,
  done_on_time: 4,
};

/** A task over all its leads: done when every lead is done; its timing the worst of theirs. */
export function overallProgress(leads: readonly LeadProgress[]): {
  status: TaskStatus | null;
  timing: TaskTiming | null;
} {
  if (leads.length === 0) return { status: null, timing: null };
  const statuses = leads.map((l) => l.status);
  const status: TaskStatus | null = statuses.every((s) => s === 'done')
    ? 'done'
    : statuses.some((s) => s === 'done' || s === 'in_progress')
      ? 'in_progress'
      : statuses.every((s) => s === null)
        ? null
        : 'not_started';
  const timing = [...leads].sort((x, y) => TIMING_RANK[x.timing] - TIMING_RANK[y.timing])[0]?.timing ?? null;
  return { status, timing };
}

/** SPEC §7 and the ranking: a lead task counts as going well when done, or not done but not overdue. */
export const isOnTrack = (l: Pick<LeadProgress, 'timing'>) => l.timing !== 'overdue';
