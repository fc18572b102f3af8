import type { Deadline } from '../../src/core/deadlines.js';

/**
 * What the API sends (src/http/routes/*.ts, src/http/presenters/catalogue.ts), as the web app
 * reads it. Catalogue fields follow src/catalogue/schema.ts.
 */

export type Role = 'reporter' | 'unit_head' | 'aggregator' | 'inspector' | 'leader' | 'admin';

export interface User {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  unitCode: string;
  roles: Role[];
  trackedIndicators: string[];
  active: boolean;
  locale: string;
  createdAt: string;
}

export interface Unit {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
}

/** GET /api/v1/me */
export interface Me {
  user: User;
  unit: Unit | null;
  roles: Role[];
  csrfToken: string;
}

export interface Phase {
  code: string;
  name: string;
  fromYear: number;
  toYear: number;
}

export interface Target {
  period: string;
  op?: string;
  value?: string;
  text: string;
}

export interface PlanSummary {
  id: string;
  code: string;
  docType: string;
  number: string | null;
  numberText: string;
  title: string;
  issuer: string;
  issuedOn: string | null;
  dateText: string;
  signer?: { authority: string; title?: string; name: string } | null;
  legalBases: string[];
  implements: string | null;
  phases: Phase[];
  reporting: { frequency: string; dueDay: number; dueTime: string } | null;
  seedFile: string;
  summary: string | null;
  indicatorCount: number;
  taskCount: number;
}

export interface Indicator {
  code: string;
  plan: string;
  group: string[];
  stt?: string;
  name: string;
  kind: string;
  unitOfMeasure: string;
  formula: { numerator: string; denominator?: string; text?: string };
  computation: string;
  manual: boolean;
  baseline: { year: number; text: string; value?: string } | null;
  targets: Target[];
  sources: string[];
  sourceText: string;
  trackingUnit: string;
  frequency: string;
  risk: 'high' | 'normal';
  assignedUnits: string[];
  unitTargets: (Target & { unit: string })[];
  notes?: string;
}

export interface Task {
  code: string;
  plan: string;
  indicator?: string;
  section?: string;
  group: string[];
  stt?: string;
  name: string;
  description?: string;
  lead: string[];
  leadText: string;
  coordinators: string[];
  coordinatorsText?: string;
  externalParties: string[];
  deadlineText: string;
  deadline: Deadline | null;
  dueOn: string | null;
  product?: string;
  target?: { op: string; value: string; unitOfMeasure: string; text: string };
}

/** GET /api/v1/plans/{id}: a plan's header (without the list's counts) with its indicators and tasks. */
export interface PlanDetail extends Omit<PlanSummary, 'indicatorCount' | 'taskCount'> {
  indicators: Indicator[];
  tasks: Task[];
}

export interface ApiErrorBody {
  error: { code: string; message: string; messageEn: string; details?: unknown };
}
