import type { TaskStatus, TaskTiming } from '../core/deadlines.js';
import type { Catalogue, CatalogueTask } from './catalogue.js';
import type { ReportedTask } from './reported.js';
import { type LeadProgress, leadProgress, overallProgress } from './tasks.js';

/** Tasks with the progress of each of their lead units among `units` (pure). */
export interface TaskRow {
  code: string;
  planCode: string;
  name: string;
  group: string[];
  stt: string | null;
  indicatorCode: string | null;
  leadText: string;
  deadlineText: string;
  deadlineKind: string;
  /** The earliest fixed due day (YYYY-MM-DD), null when none. */
  dueOn: string | null;
  product: string | null;
  status: TaskStatus | null;
  timing: TaskTiming | null;
  leads: LeadProgress[];
}

export function taskRows(
  catalogue: Catalogue,
  reported: ReadonlyMap<string, ReportedTask>,
  units: ReadonlySet<string>,
  today: string,
  filter: (task: CatalogueTask) => boolean = () => true,
): TaskRow[] {
  return catalogue.tasks.flatMap((task): TaskRow[] => {
    if (!filter(task)) return [];
    const leads = task.leads
      .filter((u) => units.has(u))
      .map((u) =>
        leadProgress(
          task,
          { code: u, name: catalogue.units.get(u)?.name ?? u },
          reported.get(`${u}|${task.code}`),
          today,
        ),
      );
    if (leads.length === 0) return [];
    return [
      {
        code: task.code,
        planCode: task.planCode,
        name: task.name,
        group: task.group,
        stt: task.stt,
        indicatorCode: task.indicatorCode,
        leadText: task.leadText,
        deadlineText: task.deadlineText,
        deadlineKind: task.deadline.kind,
        dueOn: task.dueOn,
        product: task.product,
        ...overallProgress(leads),
        leads,
      },
    ];
  });
}

export interface TaskCounts {
  tasks: number;
  /** Task × lead unit pairs. */
  leadEntries: number;
  byStatus: Record<TaskStatus | 'not_reported', number>;
  byTiming: Record<TaskTiming, number>;
}

export function taskCounts(rows: readonly TaskRow[]): TaskCounts {
  const byStatus = { done: 0, in_progress: 0, not_started: 0, not_reported: 0 };
  const byTiming = { on_track: 0, overdue: 0, done_on_time: 0, done_late: 0, no_deadline: 0 };
  let leadEntries = 0;
  for (const row of rows) {
    for (const lead of row.leads) {
      leadEntries += 1;
      byStatus[lead.status ?? 'not_reported'] += 1;
      byTiming[lead.timing] += 1;
    }
  }
  return { tasks: rows.length, leadEntries, byStatus, byTiming };
}

/** Overdue (task, lead) pairs, the longest overdue first. */
export function overdueEntries(
  rows: readonly TaskRow[],
): (Omit<TaskRow, 'leads'> & { lead: LeadProgress })[] {
  return rows
    .flatMap(({ leads, ...task }) =>
      leads.filter((l) => l.timing === 'overdue').map((lead) => ({ ...task, lead })),
    )
    .sort(
      (x, y) =>
        (x.dueOn ?? '9999').localeCompare(y.dueOn ?? '9999') ||
        x.code.localeCompare(y.code) ||
        x.lead.unit.localeCompare(y.lead.unit),
    );
}
