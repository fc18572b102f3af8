/** What the data API sends (src/http/routes/{imports,results,flags,spotchecks}.ts). */

export interface ImportSummary {
  status: 'accepted' | 'unchanged' | 'rejected';
  importId: number | null;
  recordSet: string;
  source: string | null;
  period: string | null;
  fileName: string;
  sha256: string | null;
  format: string | null;
  encoding: string | null;
  encodingDetected: boolean;
  rowsRead: number;
  imported: number;
  replaced: number;
  unchanged: number;
  rejected: { line: number | null; reason: string; reasonEn: string }[];
  warnings: { message: string; messageEn: string }[];
}

export interface ImportItem {
  id: number;
  recordSet: string;
  source: string | null;
  period: string | null;
  fileName: string | null;
  sha256: string;
  sizeBytes: number;
  format: string;
  encoding: string | null;
  status: string;
  rowsRead: number;
  imported: number;
  replaced: number;
  unchanged: number;
  actor: string;
  via: string;
  createdAt: string;
  fileUrl: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Flag {
  code: string;
  message: string;
  messageEn: string;
}

export type Status = 'dat' | 'chua_dat' | 'chua_danh_gia';
export type Scope = 'month' | 'ytd' | 'snapshot';

export interface Result {
  indicator: string;
  unit: string;
  scope: Scope;
  a: number | null;
  b: number | null;
  value: number | null;
  target: { op: string; value: number };
  status: Status;
  excluded: Record<string, number>;
  flags: Flag[];
  sources: { source: string; a: number | null; b: number | null }[];
  decision?: { source: string; decidedBy: string; decidedAt: string; reason: string };
}

export interface RecordRow {
  id: string;
  unit: string;
  at: string | null;
  category: 'in_a' | 'in_b' | 'excluded';
  rules: string[];
  a: number;
  b: number;
  measure: number | null;
  reason: { vi: string; en: string };
  record: Record<string, unknown>;
}

export interface RecordsPage extends Page<RecordRow> {
  indicator: string;
  unit: string;
  period: string;
  scope: Scope;
  source: string | null;
  recordSet: string;
  result: Result | null;
  totals: { counts: Record<string, number>; rules: Record<string, number>; a: number; b: number };
}

export interface FlagItem {
  indicator: string;
  unit: string;
  scope: Scope;
  status: Status;
  a: number | null;
  b: number | null;
  value: number | null;
  flag: Flag;
  sources: Result['sources'];
  decision?: Result['decision'];
}

export interface SpotCheck {
  id: number;
  unit: string;
  period: string;
  note: string;
  status: 'open' | 'closed';
  openedBy: string;
  openedAt: string;
  closedBy: string | null;
  closedAt: string | null;
  findings: number;
}

export interface Finding {
  id: number;
  indicator: string | null;
  text: string;
  severity: 'low' | 'medium' | 'high';
  recordedBy: string;
  recordedAt: string;
}

export interface SpotCheckDetail {
  check: SpotCheck;
  findings: Finding[];
  indicators: (Result & { name: string; recordsUrl: string })[];
}
