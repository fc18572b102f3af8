/**
 * The built-in indicators of the exchange contract (formats/README.md "Built-in indicator codes"):
 * what each measures, how it is judged, which records it is computed from and from which sources.
 * One table, so that "where is the target of HS-DUNGHAN?" has one answer.
 */

export type IndicatorKind = 'ratio' | 'count' | 'duration' | 'reduction';
export type TargetOp = '>=' | '>' | '=' | '<=' | '<';
export type Scope = 'month' | 'ytd' | 'snapshot';

/** A target held as a fraction num/den so that every comparison is made on integers. */
export interface Target {
  op: TargetOp;
  num: number;
  den: number;
}

/** Which records an indicator is computed from: decides its sources, scopes and the dossier checks. */
export type Basis =
  | 'documents'
  | 'procedures'
  | 'procedure_components'
  | 'staff'
  | 'ratings'
  | 'products'
  | 'dossiers_finished'
  | 'dossiers_received';

export interface IndicatorDef {
  code: string;
  /** Vietnamese name as the contract writes it. */
  name: string;
  kind: IndicatorKind;
  target: Target;
  basis: Basis;
  scopes: readonly Scope[];
  /** Sources, primary first (contract "Sources and reconciliation"). */
  sources: readonly string[];
  /** seed 000 §II.3: reconciled against at least two sources. */
  highRisk: boolean;
  /** Tolerance between sources as a fraction num/den (default 1 percentage point = 1/100). */
  tolerance: { num: number; den: number };
}

export const DOSSIER_SOURCES = ['tthc-tinh', 'dvcqg', 'tthc-bo'] as const;
export const DOCUMENT_SOURCES = ['qlvb', 'lienthong'] as const;
export const RATING_SOURCES = ['dvcqg', 'tthc-tinh'] as const;
export const SIGNATURE_SOURCES = ['kyso'] as const;
export const STAFF_SOURCES = ['baocao'] as const;
export const PRODUCT_SOURCES = ['baocao'] as const;

const ONE_POINT = { num: 1, den: 100 } as const;
const pct = (op: TargetOp, percent: number): Target => ({ op, num: percent, den: 100 });
const DATED: readonly Scope[] = ['month', 'ytd'];
const SNAPSHOT: readonly Scope[] = ['snapshot'];

type Row = [
  code: string,
  name: string,
  kind: IndicatorKind,
  target: Target,
  basis: Basis,
  scopes: readonly Scope[],
  sources: readonly string[],
  highRisk: boolean,
];

// contract "Built-in indicator codes" and "Precise semantics → Scopes per indicator"; order = the contract's table
const ROWS: readonly Row[] = [
  [
    'T26-01',
    'văn bản, hồ sơ công việc xử lý toàn trình điện tử',
    'ratio',
    pct('>=', 70),
    'documents',
    DATED,
    DOCUMENT_SOURCES,
    true,
  ],
  [
    'T26-02',
    'TTHC toàn trình / TTHC đủ điều kiện',
    'ratio',
    pct('>=', 80),
    'procedures',
    SNAPSHOT,
    DOSSIER_SOURCES,
    true,
  ],
  [
    'T26-03',
    'TTHC toàn trình / TTHC quy định trong VBQPPL địa phương',
    'ratio',
    pct('>=', 80),
    'procedures',
    SNAPSHOT,
    DOSSIER_SOURCES,
    true,
  ],
  [
    'T26-04',
    'giấy tờ chỉ cung cấp một lần (TTHC sản xuất, kinh doanh)',
    'ratio',
    pct('>=', 80),
    'procedure_components',
    SNAPSHOT,
    DOSSIER_SOURCES,
    false,
  ],
  [
    'T26-05',
    'CBCCVC được đào tạo kỹ năng số',
    'ratio',
    pct('=', 100),
    'staff',
    SNAPSHOT,
    STAFF_SOURCES,
    false,
  ],
  [
    'T26-06',
    'chuyên trách CNTT/CĐS được bồi dưỡng quản trị dữ liệu',
    'ratio',
    pct('>=', 50),
    'staff',
    SNAPSHOT,
    STAFF_SOURCES,
    false,
  ],
  [
    'T26-07',
    'TTHC đủ điều kiện liên quan doanh nghiệp có DVCTT',
    'ratio',
    pct('=', 100),
    'procedures',
    SNAPSHOT,
    DOSSIER_SOURCES,
    false,
  ],
  [
    'T26-08',
    'người dân, doanh nghiệp hài lòng trở lên',
    'ratio',
    pct('>=', 95),
    'ratings',
    DATED,
    RATING_SOURCES,
    true,
  ],
  [
    'T26-09',
    'sản phẩm công nghệ chiến lược thương mại hóa',
    'count',
    { op: '>=', num: 5, den: 1 },
    'products',
    ['ytd'],
    PRODUCT_SOURCES,
    false,
  ],
  [
    'HS-SOHOA',
    'hồ sơ, kết quả TTHC được số hóa',
    'ratio',
    pct('>=', 95),
    'dossiers_finished',
    DATED,
    DOSSIER_SOURCES,
    false,
  ],
  [
    'HS-KQDT',
    'kết quả giải quyết TTHC điện tử',
    'ratio',
    pct('=', 100),
    'dossiers_finished',
    DATED,
    DOSSIER_SOURCES,
    true,
  ],
  [
    'HS-TTTT',
    'thanh toán trực tuyến',
    'ratio',
    pct('>=', 80),
    'dossiers_finished',
    DATED,
    DOSSIER_SOURCES,
    false,
  ],
  [
    'HS-DUNGHAN',
    'hồ sơ giải quyết đúng hạn',
    'ratio',
    pct('>', 95),
    'dossiers_finished',
    DATED,
    DOSSIER_SOURCES,
    false,
  ],
  [
    'HS-TOANTRINH',
    'hồ sơ trực tuyến toàn trình',
    'ratio',
    pct('>=', 70),
    'dossiers_received',
    DATED,
    DOSSIER_SOURCES,
    true,
  ],
  [
    'HS-TAISUDUNG',
    'khai thác, sử dụng lại dữ liệu số hóa',
    'ratio',
    pct('>=', 90),
    'dossiers_received',
    DATED,
    DOSSIER_SOURCES,
    false,
  ],
  [
    'DV-THOIGIANNOP',
    'thời gian nộp hồ sơ trực tuyến trung bình',
    'duration',
    { op: '<', num: 300, den: 1 },
    'dossiers_received',
    DATED,
    DOSSIER_SOURCES,
    false,
  ],
  [
    'DV-GIAMTHOIGIAN',
    'thời gian xử lý trực tuyến giảm so với trực tiếp',
    'reduction',
    pct('>=', 30),
    'dossiers_finished',
    DATED,
    DOSSIER_SOURCES,
    false,
  ],
  // basis staff: b is the staff of the staff snapshot, so the staff sources order it (certificates come from any source)
  ['CKS-SUDUNG', 'CBCC sử dụng chữ ký số', 'ratio', pct('=', 100), 'staff', DATED, STAFF_SOURCES, false],
];

export const BUILTIN_INDICATORS: readonly IndicatorDef[] = ROWS.map(
  ([code, name, kind, target, basis, scopes, sources, highRisk]) => ({
    code,
    name,
    kind,
    target,
    basis,
    scopes,
    sources,
    highRisk,
    tolerance: ONE_POINT,
  }),
);

export const BUILTIN_BY_CODE: ReadonlyMap<string, IndicatorDef> = new Map(
  BUILTIN_INDICATORS.map((d) => [d.code, d]),
);

/** Hours between received/created and entered beyond which a record counts as re-entered (contract: 24 h by default). */
export const DEFAULT_REENTRY_TOLERANCE_HOURS = 24;

/** The target as the results document shows it: { op, value } with value a plain number (0.7, 300, 5). */
export function targetForDocument(target: Target): { op: TargetOp; value: number } {
  return { op: target.op, value: Number((target.num / target.den).toFixed(6)) };
}
