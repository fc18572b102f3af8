import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/db.js';
import type { Database } from '../db/connection.js';
import { computeResults } from './compute-results.js';
import type { Result } from './core/types.js';
import { recordDecision } from './decisions.js';

type Row = Record<string, string | number | boolean | null>;

/** Plain INSERTs: the fixtures stand for what the store writes, without depending on it. */
async function insert(database: Database, table: string, rows: Row[]): Promise<void> {
  for (const row of rows) {
    const columns = Object.keys(row);
    const placeholders = columns.map((_, i) => `$${i + 1}`);
    await database.raw.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')})`,
      Object.values(row),
    );
  }
}

const dossier = (source: string, id: string, unit: string, over: Row): Row => ({
  source,
  dossier_id: id,
  unit_code: unit,
  procedure_code: 'P1',
  channel: 'online',
  full_online: false,
  received_at: '2026-03-02T08:00:00+07:00',
  entered_at: over.received_at ?? '2026-03-02T08:00:00+07:00',
  due_at: null,
  finished_at: null,
  status: 'received',
  result_electronic: false,
  digitized: false,
  fee_required: false,
  paid_online: false,
  submit_seconds: null,
  components_total: null,
  components_reused: null,
  import_id: 1,
  ...over,
});

const doc = (source: string, id: string, unit: string, over: Row): Row => ({
  source,
  doc_id: id,
  unit_code: unit,
  created_at: '2026-03-10T09:00:00+07:00',
  entered_at: over.created_at ?? '2026-03-10T09:00:00+07:00',
  kind: 'outgoing',
  fully_electronic: true,
  digitally_signed: true,
  paper_parallel: false,
  state_secret: false,
  import_id: 2,
  ...over,
});

const staff = (importId: number, period: string, id: string, unit: string, over: Row = {}): Row => ({
  import_id: importId,
  source: 'baocao',
  period,
  staff_id: id,
  unit_code: unit,
  category: 'cong_chuc',
  it_specialist: false,
  digital_skills_trained_at: null,
  data_governance_trained_at: null,
  left_at: null,
  ...over,
});

const procedure = (
  importId: number,
  source: string,
  period: string,
  code: string,
  unit: string,
  over: Row = {},
): Row => ({
  import_id: importId,
  source,
  period,
  procedure_code: code,
  name: code,
  level: 'province',
  managing_unit_code: unit,
  online_level: 'none',
  eligible_full_online: false,
  business_related: false,
  production_business_related: false,
  local_legal_basis: false,
  eform_autofill: false,
  ...over,
});

async function seed(database: Database): Promise<void> {
  await insert(database, 'units', [
    { code: 'TINH', name: 'UBND tỉnh Sơn La', kind: 'province', parent_code: null },
    { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', kind: 'department', parent_code: 'TINH' },
    { code: 'SKHCN-VP', name: 'Văn phòng Sở', kind: 'division', parent_code: 'SKHCN' },
    { code: 'XA-A', name: 'Xã Mường Bú', kind: 'commune', parent_code: 'TINH' },
    { code: 'XA-B', name: 'Xã Chiềng Sơn', kind: 'commune', parent_code: 'TINH' },
  ]);

  const finished = { status: 'finished', finished_at: '2026-03-05T10:00:00+07:00' };
  await insert(database, 'rec_dossiers', [
    // SKHCN: finished on time, everything electronic; online, 2 days
    dossier('tthc-tinh', 'D1', 'SKHCN', {
      ...finished,
      received_at: '2026-03-03T10:00:00+07:00',
      due_at: '2026-03-10T17:00:00+07:00',
      digitized: true,
      result_electronic: true,
      fee_required: true,
      paid_online: true,
      full_online: true,
      submit_seconds: 200,
      components_total: 4,
      components_reused: 4,
    }),
    // entered exactly 24 h after receipt: not re-entered (strictly greater); direct, 4 days
    dossier('tthc-tinh', 'D2', 'SKHCN', {
      ...finished,
      channel: 'direct',
      received_at: '2026-03-01T10:00:00+07:00',
      entered_at: '2026-03-02T10:00:00+07:00',
      due_at: '2026-03-04T10:00:00+07:00',
      digitized: true,
      result_electronic: true,
      components_total: 2,
      components_reused: 0,
    }),
    // division: entered 24 h + 1 s after receipt → re-entered: stays in b, out of a and of the means
    dossier('tthc-tinh', 'D3', 'SKHCN-VP', {
      ...finished,
      received_at: '2026-03-02T08:00:00+07:00',
      entered_at: '2026-03-03T08:00:01+07:00',
      digitized: true,
      result_electronic: true,
      full_online: true,
      submit_seconds: 100,
      components_total: 5,
      components_reused: 3,
    }),
    // commune: received in February, finished at the first second of March (in the month)
    dossier('tthc-tinh', 'D4', 'XA-A', {
      status: 'finished',
      received_at: '2026-02-10T08:00:00+07:00',
      finished_at: '2026-03-01T00:00:00+07:00',
      due_at: '2026-02-28T17:00:00+07:00',
      channel: 'direct',
    }),
    // received at the last second of March; finished in April (out of the finished window)
    dossier('tthc-tinh', 'D5', 'XA-A', {
      received_at: '2026-03-31T23:59:59+07:00',
      status: 'finished',
      finished_at: '2026-04-01T00:00:00+07:00',
    }),
    // received at the first second of April: out of every window
    dossier('tthc-tinh', 'D6', 'XA-A', { received_at: '2026-04-01T00:00:00+07:00', full_online: true }),
    // returned dossiers are received too
    dossier('tthc-tinh', 'D7', 'XA-A', {
      received_at: '2026-03-15T08:00:00+07:00',
      status: 'returned',
      channel: 'postal',
    }),
    // the national portal's view of SKHCN
    dossier('dvcqg', 'D1', 'SKHCN', {
      ...finished,
      received_at: '2026-03-03T10:00:00+07:00',
      result_electronic: true,
      full_online: true,
    }),
    dossier('dvcqg', 'D2', 'SKHCN', {
      ...finished,
      received_at: '2026-03-01T10:00:00+07:00',
      result_electronic: false,
    }),
  ]);

  await insert(database, 'rec_documents', [
    doc('qlvb', 'V1', 'SKHCN', {}),
    doc('qlvb', 'V2', 'SKHCN', { fully_electronic: false }),
    // paper in parallel and entered late: counted under both rules, removed once
    doc('qlvb', 'V3', 'SKHCN', { paper_parallel: true, entered_at: '2026-03-12T09:00:00+07:00' }),
    doc('qlvb', 'V4', 'SKHCN', { paper_parallel: true }),
    doc('qlvb', 'V5', 'SKHCN', { state_secret: true }),
    doc('qlvb', 'V6', 'SKHCN', { created_at: '2026-01-15T09:00:00+07:00' }),
    doc('lienthong', 'V1', 'SKHCN', {}),
    doc('lienthong', 'V2', 'SKHCN', { fully_electronic: false }),
  ]);

  // staff snapshots: 2026-02, two of 2026-03 (the later import applies) and 2026-04 (after the period)
  await insert(database, 'rec_staff', [
    staff(10, '2026-02', 'OLD', 'SKHCN'),
    staff(11, '2026-03', 'EARLIER', 'SKHCN'),
    staff(12, '2026-03', 'S1', 'SKHCN', {
      digital_skills_trained_at: '2026-03-31T23:59:59+07:00',
      it_specialist: true,
      data_governance_trained_at: '2026-01-05T00:00:00+07:00',
    }),
    staff(12, '2026-03', 'S2', 'SKHCN', {
      digital_skills_trained_at: '2026-04-01T00:00:00+07:00',
      it_specialist: true,
    }),
    staff(12, '2026-03', 'S3', 'SKHCN-VP', { category: 'vien_chuc' }),
    staff(12, '2026-03', 'S4', 'SKHCN', {
      category: 'nguoi_lao_dong',
      digital_skills_trained_at: '2026-01-01T00:00:00+07:00',
    }),
    staff(12, '2026-03', 'S5', 'SKHCN', { left_at: '2026-03-15T00:00:00+07:00' }),
    staff(12, '2026-03', 'S6', 'SKHCN', { left_at: '2026-04-01T00:00:00+07:00', category: 'can_bo' }),
    staff(13, '2026-04', 'NEW', 'SKHCN'),
  ]);
  await insert(database, 'rec_certificates', [
    {
      source: 'kyso',
      cert_id: 'C1',
      staff_id: 'S1',
      unit_code: 'SKHCN',
      issued_at: '2025-06-01T00:00:00+07:00',
      revoked_at: null,
      import_id: 20,
    },
    {
      source: 'kyso',
      cert_id: 'C2',
      staff_id: 'S2',
      unit_code: 'SKHCN',
      issued_at: '2025-06-01T00:00:00+07:00',
      revoked_at: null,
      import_id: 20,
    },
    // revoked on 10 March: valid in the window, but its signature came after the revocation
    {
      source: 'kyso',
      cert_id: 'C3',
      staff_id: 'S3',
      unit_code: 'SKHCN-VP',
      issued_at: '2025-06-01T00:00:00+07:00',
      revoked_at: '2026-03-10T00:00:00+07:00',
      import_id: 20,
    },
    {
      source: 'kyso',
      cert_id: 'C6',
      staff_id: 'S6',
      unit_code: 'SKHCN',
      issued_at: '2026-01-01T00:00:00+07:00',
      revoked_at: null,
      import_id: 20,
    },
  ]);
  await insert(database, 'rec_signatures', [
    { source: 'kyso', cert_id: 'C1', signed_at: '2026-03-20T09:00:00+07:00', import_id: 21 },
    { source: 'kyso', cert_id: 'C2', signed_at: '2026-02-20T09:00:00+07:00', import_id: 21 },
    { source: 'kyso', cert_id: 'C3', signed_at: '2026-03-11T09:00:00+07:00', import_id: 21 },
    { source: 'kyso', cert_id: 'C6', signed_at: '2026-01-20T09:00:00+07:00', import_id: 21 },
  ]);

  await insert(database, 'rec_procedures', [
    procedure(30, 'tthc-tinh', '2026-03', 'P1', 'SKHCN', {
      eligible_full_online: true,
      online_level: 'full',
      local_legal_basis: true,
      business_related: true,
      production_business_related: true,
    }),
    procedure(30, 'tthc-tinh', '2026-03', 'P2', 'SKHCN', {
      eligible_full_online: true,
      online_level: 'partial',
      business_related: true,
    }),
    procedure(30, 'tthc-tinh', '2026-03', 'P3', 'SKHCN-VP', {
      eligible_full_online: true,
      online_level: 'full',
      local_legal_basis: true,
    }),
    procedure(30, 'tthc-tinh', '2026-03', 'P4', 'SKHCN', {
      online_level: 'none',
      local_legal_basis: true,
      production_business_related: true,
    }),
    procedure(31, 'dvcqg', '2026-01', 'P1', 'SKHCN', { eligible_full_online: true, online_level: 'full' }),
    procedure(31, 'dvcqg', '2026-01', 'P2', 'SKHCN', { eligible_full_online: true, online_level: 'full' }),
    procedure(31, 'dvcqg', '2026-01', 'P3', 'SKHCN-VP', { eligible_full_online: true, online_level: 'full' }),
  ]);
  await insert(database, 'rec_procedure_components', [
    {
      import_id: 32,
      source: 'tthc-tinh',
      period: '2026-03',
      procedure_code: 'P1',
      component_code: 'K1',
      name: 'Đơn',
      provided_once: true,
    },
    {
      import_id: 32,
      source: 'tthc-tinh',
      period: '2026-03',
      procedure_code: 'P1',
      component_code: 'K2',
      name: 'CCCD',
      provided_once: false,
    },
    {
      import_id: 32,
      source: 'tthc-tinh',
      period: '2026-03',
      procedure_code: 'P4',
      component_code: 'K1',
      name: 'Đơn',
      provided_once: true,
    },
    {
      import_id: 32,
      source: 'tthc-tinh',
      period: '2026-03',
      procedure_code: 'P2',
      component_code: 'K1',
      name: 'Đơn',
      provided_once: true,
    },
  ]);

  await insert(database, 'rec_ratings', [
    {
      source: 'dvcqg',
      rating_id: 'R1',
      unit_code: 'SKHCN',
      dossier_id: 'D1',
      procedure_code: 'P1',
      rated_at: '2026-03-06T08:00:00+07:00',
      level: 'satisfied',
      import_id: 40,
    },
    {
      source: 'dvcqg',
      rating_id: 'R2',
      unit_code: 'SKHCN',
      dossier_id: 'D2',
      procedure_code: 'P1',
      rated_at: '2026-03-07T08:00:00+07:00',
      level: 'very_satisfied',
      import_id: 40,
    },
    {
      source: 'dvcqg',
      rating_id: 'R3',
      unit_code: 'SKHCN-VP',
      dossier_id: 'D3',
      procedure_code: 'P1',
      rated_at: '2026-03-07T08:00:00+07:00',
      level: 'very_satisfied',
      import_id: 40,
    },
    {
      source: 'tthc-tinh',
      rating_id: 'R1',
      unit_code: 'SKHCN',
      dossier_id: 'D1',
      procedure_code: 'P1',
      rated_at: '2026-03-06T08:00:00+07:00',
      level: 'satisfied',
      import_id: 41,
    },
    {
      source: 'tthc-tinh',
      rating_id: 'R2',
      unit_code: 'SKHCN',
      dossier_id: 'D2',
      procedure_code: 'P1',
      rated_at: '2026-03-07T08:00:00+07:00',
      level: 'neutral',
      import_id: 41,
    },
  ]);
  await insert(database, 'rec_products', [
    {
      source: 'baocao',
      product_id: 'SP1',
      unit_code: 'SKHCN',
      name: 'Nền tảng số',
      enterprise: 'VNPT',
      commercialized_at: '2026-01-10T00:00:00+07:00',
      import_id: 50,
    },
    {
      source: 'baocao',
      product_id: 'SP2',
      unit_code: 'SKHCN-VP',
      name: 'Thiết bị',
      enterprise: 'Viettel',
      commercialized_at: '2026-03-10T00:00:00+07:00',
      import_id: 50,
    },
    {
      source: 'baocao',
      product_id: 'SP3',
      unit_code: 'SKHCN',
      name: 'Năm trước',
      enterprise: 'FPT',
      commercialized_at: '2025-12-31T23:59:59+07:00',
      import_id: 50,
    },
  ]);
}

describeEachEngine('computeResults', (engine) => {
  let database: Database;
  let results: Result[];
  const get = (indicator: string, unit: string, scope: string): Result => {
    const r = results.find((x) => x.indicator === indicator && x.unit === unit && x.scope === scope);
    if (!r) throw new Error(`missing ${indicator} ${unit} ${scope}`);
    return r;
  };

  beforeAll(async () => {
    database = await engine.open();
    await seed(database);
    results = (await computeResults(database, { period: '2026-03' })).results;
  });
  afterAll(async () => {
    await database.close();
  });

  it('shows every unit that has data and every unit above it, in a stable order', () => {
    const units = new Set(results.map((r) => r.unit));
    expect([...units]).toEqual(['TINH', 'SKHCN', 'SKHCN-VP', 'XA-A']);
    expect(results.filter((r) => r.indicator === 'HS-SOHOA').map((r) => `${r.unit}/${r.scope}`)).toEqual([
      'TINH/month',
      'TINH/ytd',
      'SKHCN/month',
      'SKHCN/ytd',
      'SKHCN-VP/month',
      'SKHCN-VP/ytd',
      'XA-A/month',
      'XA-A/ytd',
    ]);
    expect([...new Set(results.map((r) => r.indicator))]).toEqual([
      'T26-01',
      'T26-02',
      'T26-03',
      'T26-04',
      'T26-05',
      'T26-06',
      'T26-07',
      'T26-08',
      'T26-09',
      'HS-SOHOA',
      'HS-KQDT',
      'HS-TTTT',
      'HS-DUNGHAN',
      'HS-TOANTRINH',
      'HS-TAISUDUNG',
      'DV-THOIGIANNOP',
      'DV-GIAMTHOIGIAN',
      'CKS-SUDUNG',
    ]);
  });

  it('finished dossiers: re-entered stays in b and leaves a; window edges to the second', () => {
    expect(get('HS-SOHOA', 'SKHCN-VP', 'month')).toMatchObject({
      a: 0,
      b: 1,
      value: 0,
      status: 'chua_dat',
      excluded: { reentered: 1 },
    });
    expect(get('HS-SOHOA', 'SKHCN', 'month')).toMatchObject({
      a: 2,
      b: 3,
      value: 0.666667,
      excluded: { reentered: 1 },
    });
    expect(get('HS-SOHOA', 'XA-A', 'month')).toMatchObject({ a: 0, b: 1 });
    expect(get('HS-SOHOA', 'TINH', 'month')).toEqual({
      indicator: 'HS-SOHOA',
      unit: 'TINH',
      scope: 'month',
      a: 2,
      b: 4,
      value: 0.5,
      target: { op: '>=', value: 0.95 },
      status: 'chua_dat',
      excluded: { reentered: 1 },
      flags: [],
      sources: [
        { source: 'tthc-tinh', a: 2, b: 4 },
        { source: 'dvcqg', a: 0, b: 2 },
      ],
    });
    // on time: D1 only (D2 finished a day late, D4 after its due date)
    expect(get('HS-DUNGHAN', 'TINH', 'month')).toMatchObject({
      a: 1,
      b: 3,
      value: 0.333333,
      status: 'chua_dat',
    });
    expect(get('HS-TTTT', 'TINH', 'month')).toMatchObject({ a: 1, b: 1, value: 1, status: 'dat' });
  });

  it('HS-KQDT is reconciled against the national portal', () => {
    // SKHCN with its division: tthc-tinh 2/3 (D3 re-entered) vs dvcqg 1/2 → mismatch
    const skhcn = get('HS-KQDT', 'SKHCN', 'month');
    expect(skhcn).toMatchObject({ a: 2, b: 3, value: 0.666667, status: 'chua_danh_gia' });
    expect(skhcn.flags.map((f) => f.code)).toEqual(['source_mismatch']);
    // the division has one source only
    expect(get('HS-KQDT', 'SKHCN-VP', 'month').flags.map((f) => f.code)).toEqual(['single_source']);
  });

  it('received dossiers: every status, reuse and submission time', () => {
    // March received: D1, D2, D3 (SKHCN subtree), D5, D7 (XA-A); D4 was received in February, D6 in April
    expect(get('HS-TOANTRINH', 'TINH', 'month')).toMatchObject({ a: 1, b: 5, excluded: { reentered: 1 } });
    expect(get('HS-TOANTRINH', 'XA-A', 'month')).toMatchObject({ a: 0, b: 2 });
    expect(get('HS-TOANTRINH', 'XA-A', 'ytd')).toMatchObject({ a: 0, b: 3 });
    // Σ reused over dossiers with components: D1 4 + D2 0 + D3 (re-entered) 0 = 4 of 4 + 2 + 5
    expect(get('HS-TAISUDUNG', 'SKHCN', 'month')).toMatchObject({
      a: 4,
      b: 11,
      value: 0.363636,
      excluded: { reentered: 1 },
    });
    // D1 only (D3 re-entered is left out of the mean)
    expect(get('DV-THOIGIANNOP', 'SKHCN', 'month')).toMatchObject({
      a: null,
      b: null,
      value: 200,
      status: 'dat',
      excluded: { reentered: 1 },
    });
    expect(get('DV-THOIGIANNOP', 'XA-A', 'month')).toMatchObject({ value: null, status: 'chua_danh_gia' });
  });

  it('DV-GIAMTHOIGIAN compares online with direct among finished dossiers', () => {
    // online D1: 2 days − 0 h (03-03 10:00 → 03-05 10:00) = 172800 s; direct D2: 4 days = 345600 s → 50%
    expect(get('DV-GIAMTHOIGIAN', 'SKHCN', 'month')).toMatchObject({
      a: null,
      b: null,
      value: 0.5,
      status: 'dat',
    });
    // XA-A has only a direct dossier → cannot be judged
    expect(get('DV-GIAMTHOIGIAN', 'XA-A', 'month')).toMatchObject({ value: null, status: 'chua_danh_gia' });
  });

  it('documents: state secrets out; paper and late entry counted under each rule, removed once', () => {
    const month = get('T26-01', 'SKHCN', 'month');
    expect(month).toMatchObject({
      a: 1,
      b: 4,
      value: 0.25,
      status: 'chua_danh_gia',
      excluded: { reentered: 1, paper_parallel: 2 },
    });
    expect(month.sources).toEqual([
      { source: 'qlvb', a: 1, b: 4 },
      { source: 'lienthong', a: 1, b: 2 },
    ]);
    expect(month.flags.map((f) => f.code)).toEqual(['source_mismatch']);
    expect(get('T26-01', 'SKHCN', 'ytd')).toMatchObject({ a: 2, b: 5 });
  });

  it('procedures: the applicable snapshot per source, per managing unit, counted once', () => {
    // tthc-tinh 2026-03: eligible P1 (full), P2 (partial), P3 (full, division)
    expect(get('T26-02', 'SKHCN', 'snapshot')).toMatchObject({
      a: 2,
      b: 3,
      sources: [
        { source: 'tthc-tinh', a: 2, b: 3 },
        { source: 'dvcqg', a: 3, b: 3 },
      ],
      status: 'chua_danh_gia',
    });
    expect(get('T26-02', 'TINH', 'snapshot')).toMatchObject({ a: 2, b: 3 });
    expect(get('T26-03', 'SKHCN', 'snapshot')).toMatchObject({ a: 2, b: 3, value: 0.666667 });
    // business-related and eligible: P1 (full) and P2 (partial) both provide an online service
    expect(get('T26-07', 'SKHCN', 'snapshot')).toMatchObject({ a: 2, b: 2, value: 1, status: 'dat' });
    // components of production/business procedures (P1, P4): K1, K2 of P1 and K1 of P4
    expect(get('T26-04', 'SKHCN', 'snapshot')).toMatchObject({
      a: 2,
      b: 3,
      value: 0.666667,
      status: 'chua_dat',
    });
  });

  it('staff: the later import of the latest snapshot not after the period, active and trained by its end', () => {
    // counted: S1, S2, S6 (leaves after the period) at SKHCN and S3 in the division; not S4 (người lao động) nor S5 (left)
    expect(get('T26-05', 'SKHCN', 'snapshot')).toMatchObject({ a: 1, b: 4, value: 0.25, status: 'chua_dat' });
    expect(get('T26-06', 'SKHCN', 'snapshot')).toMatchObject({ a: 1, b: 2, value: 0.5, status: 'dat' });
    expect(results.some((r) => r.indicator === 'T26-05' && r.unit === 'XA-A')).toBe(false);
  });

  it('CKS-SUDUNG: a signature in the window while the certificate was valid', () => {
    // month: S1 signed; S2 signed in February; S3 signed after revocation; S6 signed in January
    expect(get('CKS-SUDUNG', 'SKHCN', 'month')).toMatchObject({
      a: 1,
      b: 4,
      value: 0.25,
      excluded: { unused_certificate: 3 },
      status: 'chua_dat',
    });
    expect(get('CKS-SUDUNG', 'SKHCN', 'ytd')).toMatchObject({
      a: 3,
      b: 4,
      excluded: { unused_certificate: 1 },
    });
    expect(get('CKS-SUDUNG', 'SKHCN-VP', 'ytd')).toMatchObject({
      a: 0,
      b: 1,
      excluded: { unused_certificate: 1 },
    });
  });

  it('T26-08: ratings reconciled and checked against the sample size of the primary dossier source', () => {
    // SKHCN: dvcqg 2/2, tthc-tinh 1/2 → mismatch; N (tthc-tinh finished) = 3 → n = 3 > 2 ratings
    const skhcn = get('T26-08', 'SKHCN', 'month');
    expect(skhcn).toMatchObject({ a: 3, b: 3, value: 1, status: 'chua_danh_gia' });
    expect(skhcn.flags.map((f) => f.code)).toEqual(['source_mismatch']);
    const vp = get('T26-08', 'SKHCN-VP', 'month');
    expect(vp.flags.map((f) => f.code)).toEqual(['single_source']);
    expect(get('T26-08', 'SKHCN', 'ytd').flags.map((f) => f.code)).toEqual(['source_mismatch']);
  });

  it('T26-09 counts products of the year to date only', () => {
    expect(results.filter((r) => r.indicator === 'T26-09').map((r) => `${r.unit}/${r.scope}/${r.a}`)).toEqual(
      ['TINH/ytd/2', 'SKHCN/ytd/2', 'SKHCN-VP/ytd/1'],
    );
    expect(get('T26-09', 'TINH', 'ytd')).toMatchObject({
      b: null,
      value: 2,
      status: 'chua_dat',
      target: { op: '>=', value: 5 },
    });
  });

  it('filters units and indicators, and applies a recorded decision', async () => {
    await recordDecision(
      database,
      { kind: 'cli' },
      {
        indicator: 'HS-KQDT',
        unit: 'SKHCN',
        period: '2026-03',
        scope: 'month',
        source: 'tthc-tinh',
        reason: 'Cổng DVCQG chưa đồng bộ kết quả điện tử',
      },
      new Date('2026-04-05T02:00:00Z'),
    );
    const doc = await computeResults(database, {
      period: '2026-03',
      units: ['SKHCN'],
      indicators: ['HS-KQDT'],
    });
    expect(doc.period).toBe('2026-03');
    expect(doc.results.map((r) => `${r.unit}/${r.scope}/${r.status}`)).toEqual([
      'SKHCN/month/chua_dat',
      'SKHCN/ytd/chua_danh_gia',
    ]);
    expect(doc.results[0]?.flags.map((f) => f.code)).toEqual(['source_mismatch']);
    expect(doc.results[0]?.decision).toEqual({
      source: 'tthc-tinh',
      decidedBy: 'cli',
      decidedAt: '2026-04-05T02:00:00.000Z',
      reason: 'Cổng DVCQG chưa đồng bộ kết quả điện tử',
    });
    const audited = await database.raw.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'reconciliation_decision'`,
    );
    expect(audited.map((a) => a.action)).toEqual(['reconciliation.decide']);
  });

  it('an empty database gives an empty document', async () => {
    const empty = await engine.open();
    try {
      expect(await computeResults(empty, { period: '2026-03' })).toEqual({ period: '2026-03', results: [] });
    } finally {
      await empty.close();
    }
  });
});
