import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/db.js';
import type { Database } from '../db/connection.js';
import { computeResults } from './compute-results.js';
import { recordsBehind } from './records.js';

type Row = Record<string, string | number | boolean | null>;

async function insert(database: Database, table: string, rows: Row[]): Promise<void> {
  for (const row of rows) {
    const columns = Object.keys(row);
    await database.raw.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      Object.values(row),
    );
  }
}

/** A small deterministic generator: the same mixed records on every run. */
function lcg(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const UNITS = ['SKHCN', 'SKHCN-VP', 'XA-A'];
const at = (day: number, hour: number) =>
  `2026-${day > 31 ? '02' : '03'}-${String(((day - 1) % 28) + 1).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+07:00`;

async function seed(database: Database): Promise<void> {
  await insert(database, 'units', [
    { code: 'TINH', name: 'UBND tỉnh Sơn La', kind: 'province', parent_code: null },
    { code: 'SKHCN', name: 'Sở Khoa học và Công nghệ', kind: 'department', parent_code: 'TINH' },
    { code: 'SKHCN-VP', name: 'Văn phòng Sở', kind: 'division', parent_code: 'SKHCN' },
    { code: 'XA-A', name: 'Xã Mường Bú', kind: 'commune', parent_code: 'TINH' },
  ]);
  const rnd = lcg(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const dossiers: Row[] = [];
  for (let i = 0; i < 120; i++) {
    const day = 1 + Math.floor(rnd() * 50);
    const received = at(day, 8);
    const finished = rnd() < 0.7;
    const total = pick([0, 2, 4, null]);
    dossiers.push({
      source: pick(['tthc-tinh', 'tthc-tinh', 'dvcqg']),
      dossier_id: `D${i}`,
      unit_code: pick(UNITS),
      procedure_code: 'P1',
      channel: pick(['online', 'direct', 'postal']),
      full_online: rnd() < 0.6,
      received_at: received,
      entered_at: rnd() < 0.2 ? at(day + 2, 9) : received,
      due_at: rnd() < 0.8 ? at(day + 3, 17) : null,
      finished_at: finished ? at(day + pick([1, 2, 5]), 10) : null,
      status: finished ? 'finished' : pick(['received', 'processing', 'returned']),
      result_electronic: rnd() < 0.8,
      digitized: rnd() < 0.8,
      fee_required: rnd() < 0.5,
      paid_online: rnd() < 0.6,
      submit_seconds: rnd() < 0.7 ? Math.floor(rnd() * 600) : null,
      components_total: total,
      components_reused: total === null ? null : Math.floor(rnd() * ((total ?? 0) + 1)),
      import_id: 1,
    });
  }
  await insert(database, 'rec_dossiers', dossiers);
  const documents: Row[] = [];
  for (let i = 0; i < 60; i++) {
    const day = 1 + Math.floor(rnd() * 50);
    documents.push({
      source: pick(['qlvb', 'lienthong']),
      doc_id: `V${i}`,
      unit_code: pick(UNITS),
      created_at: at(day, 9),
      entered_at: rnd() < 0.2 ? at(day + 3, 9) : at(day, 9),
      kind: 'outgoing',
      fully_electronic: rnd() < 0.7,
      digitally_signed: true,
      paper_parallel: rnd() < 0.2,
      state_secret: rnd() < 0.1,
      import_id: 2,
    });
  }
  await insert(database, 'rec_documents', documents);
  const staff: Row[] = [];
  for (let i = 0; i < 30; i++) {
    staff.push({
      import_id: 3,
      source: 'baocao',
      period: '2026-03',
      staff_id: `S${i}`,
      unit_code: pick(UNITS),
      category: pick(['cong_chuc', 'vien_chuc', 'nguoi_lao_dong']),
      it_specialist: rnd() < 0.4,
      digital_skills_trained_at: rnd() < 0.6 ? at(3, 8) : null,
      data_governance_trained_at: rnd() < 0.5 ? at(40, 8) : null,
      left_at: rnd() < 0.1 ? at(4, 8) : null,
    });
  }
  await insert(database, 'rec_staff', staff);
  const certificates: Row[] = [];
  const signatures: Row[] = [];
  for (let i = 0; i < 20; i++) {
    certificates.push({
      source: 'kyso',
      cert_id: `C${i}`,
      staff_id: `S${i}`,
      unit_code: 'SKHCN',
      issued_at: at(33, 8),
      revoked_at: null,
      import_id: 4,
    });
    if (rnd() < 0.6)
      signatures.push({
        source: 'kyso',
        cert_id: `C${i}`,
        signed_at: at(1 + Math.floor(rnd() * 50), 11),
        import_id: 4,
      });
  }
  await insert(database, 'rec_certificates', certificates);
  await insert(database, 'rec_signatures', signatures);
  const ratings: Row[] = [];
  for (let i = 0; i < 40; i++) {
    ratings.push({
      source: 'dvcqg',
      rating_id: `R${i}`,
      unit_code: pick(UNITS),
      dossier_id: null,
      procedure_code: null,
      rated_at: at(1 + Math.floor(rnd() * 50), 15),
      level: pick(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied']),
      import_id: 5,
    });
  }
  await insert(database, 'rec_ratings', ratings);
  const procedures: Row[] = [];
  const components: Row[] = [];
  for (let i = 0; i < 25; i++) {
    procedures.push({
      import_id: 6,
      source: 'tthc-tinh',
      period: '2026-02',
      procedure_code: `P${i}`,
      name: `P${i}`,
      level: 'province',
      managing_unit_code: pick(['SKHCN', 'SKHCN-VP']),
      online_level: pick(['full', 'partial', 'none']),
      eligible_full_online: rnd() < 0.7,
      business_related: rnd() < 0.5,
      production_business_related: rnd() < 0.6,
      local_legal_basis: rnd() < 0.4,
      eform_autofill: false,
    });
    for (let c = 0; c < 3; c++)
      components.push({
        import_id: 7,
        source: 'tthc-tinh',
        period: '2026-03',
        procedure_code: `P${i}`,
        component_code: `K${c}`,
        name: null,
        provided_once: rnd() < 0.5,
      });
  }
  await insert(database, 'rec_procedures', procedures);
  await insert(database, 'rec_procedure_components', components);
  await insert(database, 'rec_products', [
    {
      source: 'baocao',
      product_id: 'SP1',
      unit_code: 'SKHCN',
      name: 'A',
      enterprise: 'X',
      commercialized_at: at(40, 9),
      import_id: 8,
    },
    {
      source: 'baocao',
      product_id: 'SP2',
      unit_code: 'SKHCN-VP',
      name: 'B',
      enterprise: 'Y',
      commercialized_at: at(5, 9),
      import_id: 8,
    },
  ]);
}

describeEachEngine('the records behind a number', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
    await seed(database);
  });
  afterAll(() => database.close());

  it('sum, for every result of every indicator, to its a and b and its exclusions exactly', async () => {
    const document = await computeResults(database, { period: '2026-03' });
    expect(document.results.length).toBeGreaterThan(60);
    let checked = 0;
    for (const result of document.results) {
      const page = await recordsBehind(database, {
        indicator: result.indicator,
        unit: result.unit,
        period: '2026-03',
        scope: result.scope,
        pageSize: 500,
      });
      const label = `${result.indicator} ${result.unit} ${result.scope}`;
      expect(page.total, label).toBe(page.items.length);
      if (result.a !== null) expect([label, page.totals.a]).toEqual([label, result.a]);
      if (result.b !== null) expect([label, page.totals.b]).toEqual([label, result.b]);
      for (const [rule, n] of Object.entries(result.excluded))
        expect([label, rule, page.totals.rules[rule] ?? 0]).toEqual([label, rule, n]);
      if (result.indicator === 'DV-THOIGIANNOP' && result.value !== null) {
        const counted = page.items.filter((r) => r.category === 'in_b');
        const mean = counted.reduce((s, r) => s + (r.measure ?? 0), 0) / counted.length;
        expect(Number(mean.toFixed(6))).toBe(result.value);
      }
      checked += 1;
    }
    expect(checked).toBe(document.results.length);
  });

  it('pages and filters, with the reason per record', async () => {
    const all = await recordsBehind(database, {
      indicator: 'T26-01',
      unit: 'TINH',
      period: '2026-03',
      scope: 'ytd',
      pageSize: 500,
    });
    const excluded = await recordsBehind(database, {
      indicator: 'T26-01',
      unit: 'TINH',
      period: '2026-03',
      scope: 'ytd',
      filter: 'excluded',
      rule: 'paper_parallel',
      pageSize: 3,
      page: 2,
    });
    const expected = all.items.filter((r) => r.rules.includes('paper_parallel'));
    expect(excluded.total).toBe(expected.length);
    expect(excluded.items.map((r) => r.id)).toEqual(expected.slice(3, 6).map((r) => r.id));
    expect(excluded.items[0]?.reason.vi).toMatch(
      /^Loại khỏi tử số \(a\), vẫn tính vào mẫu số \(b\): .*vẫn lưu hành bản giấy song song/,
    );
    const inA = all.items.find((r) => r.category === 'in_a');
    expect(inA?.reason.vi).toBe(
      'Tính vào tử số (a) và mẫu số (b): xử lý toàn trình trên môi trường điện tử.',
    );
    expect(inA?.record.doc_id).toBe(inA?.id);
  });

  it('refuses an unknown indicator, unit or scope', async () => {
    const base = { indicator: 'T26-01', unit: 'TINH', period: '2026-03', scope: 'month' as const };
    await expect(recordsBehind(database, { ...base, indicator: 'X' })).rejects.toMatchObject({
      code: 'unknown_indicator',
    });
    await expect(recordsBehind(database, { ...base, unit: 'NOPE' })).rejects.toMatchObject({
      code: 'unknown_unit',
    });
    await expect(recordsBehind(database, { ...base, scope: 'snapshot' })).rejects.toMatchObject({
      code: 'invalid_scope',
    });
  });
});
