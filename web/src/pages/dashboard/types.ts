/** What the issue 5 API sends (docs/api/dashboards.md); only the fields the pages read. */

export type Status = 'dat' | 'chua_dat' | 'chua_danh_gia';
export type Scope = 'month' | 'ytd' | 'snapshot';

export interface Flag {
  code: string;
  message: string;
  messageEn: string;
}

export interface RecordsQuery {
  period: string;
  unit: string;
  indicator: string;
  scope: Scope;
}

export interface ResultView {
  scope: Scope;
  a: number | null;
  b: number | null;
  value: number | null;
  valueText: string;
  numbersText: string | null;
  situationText: string;
  status: Status;
  statusLabel: string;
  statusLabelEn: string;
  flags: Flag[];
  excluded: Record<string, number>;
  records: RecordsQuery;
}

export type UnitResult = ResultView & { unit: string; unitName: string; unitKind: string };

export interface Target {
  op: string;
  value: number | string;
  text: string;
}

export interface Trajectory {
  projected: number | null;
  willMeet: boolean | null;
  trend: 'rising' | 'falling' | 'steady' | null;
  explanationVi: string;
  explanationEn: string;
}

export interface TrendPoint {
  period: string;
  month: number;
  scope: Scope;
  a: number | null;
  b: number | null;
  value: number | null;
  valueText: string;
  status: Status;
}

export interface Counts {
  dat: number;
  chua_dat: number;
  chua_danh_gia: number;
  total: number;
}

export interface DashboardIndicator {
  indicator: string;
  name: string;
  catalogueCodes: string[];
  kind: string;
  target: Target | null;
  judgedScope: Scope;
  status: Status;
  statusLabel: string;
  current: ResultView | null;
  month: ResultView | null;
  trend: TrendPoint[];
  trajectory: Trajectory | null;
  openFlags: number;
  breakdown: UnitResult[];
}

export interface LeadProgress {
  unit: string;
  unitName: string;
  status: 'done' | 'in_progress' | 'not_started' | null;
  statusLabel: string;
  timing: Timing;
  timingLabel: string;
  completedOn: string | null;
  progress: string;
  evidence: string[];
  reportedPeriod: string | null;
}

export type Timing = 'on_track' | 'overdue' | 'done_on_time' | 'done_late' | 'no_deadline';

export interface TaskRow {
  code: string;
  planCode: string;
  name: string;
  group: string[];
  stt: string;
  indicatorCode: string | null;
  leadText: string;
  deadlineText: string | null;
  deadlineKind: string;
  dueOn: string | null;
  product: string | null;
  status: 'done' | 'in_progress' | 'not_started' | null;
  timing: Timing;
  leads: LeadProgress[];
}

export interface TaskCounts {
  tasks: number;
  leadEntries: number;
  byStatus: Record<'done' | 'in_progress' | 'not_started' | 'not_reported', number>;
  byTiming: Record<Timing, number>;
}

export interface FlagItem extends Flag {
  indicator: string;
  indicatorName: string;
  unit: string;
  unitName: string;
  scope: Scope;
}

export interface FlagSummary {
  total: number;
  byCode: Record<string, number>;
  items: FlagItem[];
}

export interface TimelinessTotals {
  period: string;
  label: string;
  deadline: string;
  deadlineLabel: string;
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  rate: number | null;
  onTimeRate: number | null;
}

export interface UnitRef {
  code: string;
  name: string;
  kind: string;
}

export interface Dashboard {
  period: string;
  asOf: string;
  unit: UnitRef;
  children: UnitRef[];
  counts: Counts;
  indicators: DashboardIndicator[];
  timeliness: TimelinessTotals & { history?: TimelinessTotals[] };
  tasks: TaskCounts & { overdue: (Omit<TaskRow, 'leads'> & { lead: LeadProgress })[] };
  flags: FlagSummary;
}

export interface Block {
  kind: 'heading' | 'paragraph' | 'bullet';
  text: string;
}

export type SectionKey = 'direction' | 'results' | 'difficulties' | 'recommendations';
export const SECTION_KEYS: readonly SectionKey[] = [
  'direction',
  'results',
  'difficulties',
  'recommendations',
];
