import { describe, expect, it } from 'vitest';
import { BUILTIN_BY_CODE, BUILTIN_INDICATORS, type IndicatorDef, type Scope } from '../builtins.js';
import { buildResultsDocument, type CoreInput } from './document.js';
import {
  type Decision,
  DOSSIER_CHECKS,
  type Fact,
  type HistoryFact,
  type Measures,
  type Result,
  type UnitNode,
} from './types.js';

const UNITS: UnitNode[] = [
  { code: 'TINH', parentCode: null },
  { code: 'SKHCN', parentCode: 'TINH' },
  { code: 'SKHCN-VP', parentCode: 'SKHCN' },
  { code: 'VPUB', parentCode: 'TINH' },
  { code: 'XA-A', parentCode: 'TINH' },
];

const def = (code: string): IndicatorDef => {
  const d = BUILTIN_BY_CODE.get(code);
  if (!d) throw new Error(code);
  return d;
};

const fact = (
  indicator: string,
  source: string,
  unit: string,
  scope: Scope,
  measures: Partial<Measures>,
): Fact => ({
  indicator,
  source,
  unit,
  scope,
  measures: { records: measures.b ?? measures.a ?? 1, ...measures },
});

function run(codes: string[], facts: Fact[], extra: Partial<CoreInput> = {}): Result[] {
  return buildResultsDocument({
    period: '2026-03',
    month: 3,
    units: UNITS,
    facts,
    history: [],
    definitions: codes.map(def),
    decisions: [],
    ...extra,
  }).results;
}

const pick = (results: Result[], unit: string, scope: Scope, indicator?: string): Result => {
  const r = results.find(
    (x) => x.unit === unit && x.scope === scope && (!indicator || x.indicator === indicator),
  );
  if (!r) throw new Error(`no result for ${indicator ?? ''} ${unit} ${scope}`);
  return r;
};

describe('roll-up through the tree', () => {
  it('gives the province Σa / Σb, not the mean of unit ratios, and each unit its whole subtree', () => {
    const results = run(
      ['HS-SOHOA'],
      [
        fact('HS-SOHOA', 'tthc-tinh', 'SKHCN-VP', 'month', { a: 1, b: 1 }),
        fact('HS-SOHOA', 'tthc-tinh', 'SKHCN', 'month', { a: 0, b: 1 }),
        fact('HS-SOHOA', 'tthc-tinh', 'VPUB', 'month', { a: 1, b: 2 }),
      ],
    );
    expect(pick(results, 'SKHCN-VP', 'month')).toMatchObject({ a: 1, b: 1, value: 1, status: 'dat' });
    expect(pick(results, 'SKHCN', 'month')).toMatchObject({ a: 1, b: 2, value: 0.5, status: 'chua_dat' });
    expect(pick(results, 'TINH', 'month')).toMatchObject({ a: 2, b: 4, value: 0.5 });
    // the mean of unit ratios would be (1 + 0.5 + 0.5) / 3
    expect(results.map((r) => `${r.unit}/${r.scope}`)).toEqual([
      'TINH/month',
      'TINH/ytd',
      'SKHCN/month',
      'SKHCN/ytd',
      'SKHCN-VP/month',
      'SKHCN-VP/ytd',
      'VPUB/month',
      'VPUB/ytd',
    ]);
  });

  it('leaves out units without data and keeps every unit above one that has it', () => {
    const results = run(['T26-09'], [fact('T26-09', 'baocao', 'SKHCN-VP', 'ytd', { a: 2 })]);
    expect(results.map((r) => r.unit)).toEqual(['TINH', 'SKHCN', 'SKHCN-VP']);
    expect(results.every((r) => r.scope === 'ytd')).toBe(true);
  });

  it('shows only the asked units, with results still covering their subtree', () => {
    const results = run(['HS-SOHOA'], [fact('HS-SOHOA', 'tthc-tinh', 'SKHCN-VP', 'month', { a: 3, b: 3 })], {
      onlyUnits: ['TINH'],
    });
    expect(results.map((r) => `${r.unit}/${r.scope}/${r.a}/${r.b}`)).toEqual([
      'TINH/month/3/3',
      'TINH/ytd/0/0',
    ]);
  });

  it('keeps a unit code unknown to the tree as a root of its own', () => {
    const results = run(['T26-09'], [fact('T26-09', 'baocao', 'LA', 'ytd', { a: 5 })]);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ unit: 'LA', a: 5, b: null, value: 5, status: 'dat' });
  });

  it('survives a cycle in the parents', () => {
    const results = run(['T26-09'], [fact('T26-09', 'baocao', 'X', 'ytd', { a: 1 })], {
      units: [
        { code: 'X', parentCode: 'Y' },
        { code: 'Y', parentCode: 'X' },
      ],
    });
    expect(results.map((r) => `${r.unit}:${r.a}`)).toEqual(['X:1', 'Y:1']);
  });
});

describe('value and status', () => {
  it('judges exactly at 70,00% and just below it', () => {
    const results = run(
      ['T26-01'],
      [
        fact('T26-01', 'qlvb', 'SKHCN', 'month', { a: 7, b: 10 }),
        fact('T26-01', 'lienthong', 'SKHCN', 'month', { a: 7, b: 10 }),
        fact('T26-01', 'qlvb', 'VPUB', 'month', { a: 6999, b: 10000 }),
        fact('T26-01', 'lienthong', 'VPUB', 'month', { a: 6999, b: 10000 }),
      ],
    );
    expect(pick(results, 'SKHCN', 'month')).toMatchObject({ value: 0.7, status: 'dat', flags: [] });
    expect(pick(results, 'VPUB', 'month')).toMatchObject({ value: 0.6999, status: 'chua_dat', flags: [] });
  });

  it('keeps the full result shape and field order of the contract', () => {
    const [r] = run(
      ['HS-SOHOA'],
      [fact('HS-SOHOA', 'tthc-tinh', 'XA-A', 'month', { a: 123, b: 170, reentered: 3 })],
      { onlyUnits: ['XA-A'] },
    );
    expect(Object.keys(r as Result)).toEqual([
      'indicator',
      'unit',
      'scope',
      'a',
      'b',
      'value',
      'target',
      'status',
      'excluded',
      'flags',
      'sources',
    ]);
    expect(r).toEqual({
      indicator: 'HS-SOHOA',
      unit: 'XA-A',
      scope: 'month',
      a: 123,
      b: 170,
      value: 0.723529,
      target: { op: '>=', value: 0.95 },
      status: 'chua_dat',
      excluded: { reentered: 3 },
      flags: [],
      sources: [{ source: 'tthc-tinh', a: 123, b: 170 }],
    });
  });

  it('b = 0 → value null and chua_danh_gia', () => {
    const results = run(
      ['HS-TTTT'],
      [fact('HS-TTTT', 'tthc-tinh', 'XA-A', 'month', { records: 4, a: 0, b: 0 })],
    );
    expect(pick(results, 'XA-A', 'month')).toMatchObject({
      a: 0,
      b: 0,
      value: null,
      status: 'chua_danh_gia',
    });
    expect(pick(results, 'XA-A', 'ytd')).toMatchObject({
      a: 0,
      b: 0,
      value: null,
      status: 'chua_danh_gia',
      sources: [],
    });
  });

  it('a > b → invalid_value, value still shown', () => {
    const results = run(
      ['HS-TAISUDUNG'],
      [fact('HS-TAISUDUNG', 'tthc-tinh', 'XA-A', 'month', { records: 2, a: 12, b: 10, invalid: 1 })],
    );
    const r = pick(results, 'XA-A', 'month');
    expect(r).toMatchObject({ value: 1.2, status: 'chua_danh_gia' });
    expect(r.flags.map((f) => f.code)).toEqual(['invalid_value']);
    expect(r.flags[0]?.message).toContain('tử số a = 12 lớn hơn mẫu số b = 10');
  });

  it('counts: T26-09 a = count, b null, judged ≥ 5 at every level, ytd only', () => {
    const results = run(
      ['T26-09'],
      [fact('T26-09', 'baocao', 'SKHCN', 'ytd', { a: 3 }), fact('T26-09', 'baocao', 'VPUB', 'ytd', { a: 2 })],
    );
    expect(pick(results, 'SKHCN', 'ytd')).toMatchObject({
      a: 3,
      b: null,
      value: 3,
      status: 'chua_dat',
      target: { op: '>=', value: 5 },
    });
    expect(pick(results, 'TINH', 'ytd')).toMatchObject({
      a: 5,
      b: null,
      value: 5,
      status: 'dat',
      sources: [{ source: 'baocao', a: 5, b: null }],
    });
  });

  it('DV-THOIGIANNOP: the pooled mean in seconds, judged Σ < 300·count; a and b null', () => {
    const results = run(
      ['DV-THOIGIANNOP'],
      [
        fact('DV-THOIGIANNOP', 'tthc-tinh', 'SKHCN', 'month', { records: 2, sum: 500, count: 2 }),
        fact('DV-THOIGIANNOP', 'tthc-tinh', 'VPUB', 'month', { records: 1, sum: 400, count: 1 }),
      ],
    );
    expect(pick(results, 'SKHCN', 'month')).toMatchObject({
      a: null,
      b: null,
      value: 250,
      status: 'dat',
      target: { op: '<', value: 300 },
    });
    expect(pick(results, 'VPUB', 'month')).toMatchObject({ value: 400, status: 'chua_dat' });
    // pooled: 900 / 3 = 300, not < 300
    expect(pick(results, 'TINH', 'month')).toMatchObject({
      value: 300,
      status: 'chua_dat',
      sources: [{ source: 'tthc-tinh', a: null, b: null }],
    });
    expect(pick(results, 'TINH', 'ytd')).toMatchObject({ value: null, status: 'chua_danh_gia' });
  });

  it('DV-GIAMTHOIGIAN: 1 − mean(online)/mean(direct), exact at 30%; either side empty → chua_danh_gia', () => {
    const results = run(
      ['DV-GIAMTHOIGIAN'],
      [
        fact('DV-GIAMTHOIGIAN', 'tthc-tinh', 'SKHCN', 'month', {
          records: 5,
          sumOnline: 140,
          countOnline: 2,
          sumDirect: 300,
          countDirect: 3,
        }),
        fact('DV-GIAMTHOIGIAN', 'tthc-tinh', 'VPUB', 'month', {
          records: 2,
          sumOnline: 100,
          countOnline: 2,
          sumDirect: 0,
          countDirect: 0,
        }),
      ],
    );
    expect(pick(results, 'SKHCN', 'month')).toMatchObject({
      a: null,
      b: null,
      value: 0.3,
      status: 'dat',
      target: { op: '>=', value: 0.3 },
    });
    expect(pick(results, 'VPUB', 'month')).toMatchObject({ value: null, status: 'chua_danh_gia' });
    // pooled: online 240/4 = 60, direct 300/3 = 100 → 40%
    expect(pick(results, 'TINH', 'month')).toMatchObject({ value: 0.4, status: 'dat' });
  });
});

describe('sources and reconciliation', () => {
  it('primary = the first source in order that has records for the unit; the others beside it', () => {
    const results = run(
      ['HS-SOHOA'],
      [
        fact('HS-SOHOA', 'tthc-bo', 'VPUB', 'month', { a: 1, b: 4 }),
        fact('HS-SOHOA', 'dvcqg', 'VPUB', 'month', { a: 3, b: 4 }),
        fact('HS-SOHOA', 'tthc-tinh', 'SKHCN', 'month', { a: 1, b: 1 }),
      ],
    );
    expect(pick(results, 'VPUB', 'month')).toMatchObject({
      a: 3,
      b: 4,
      sources: [
        { source: 'dvcqg', a: 3, b: 4 },
        { source: 'tthc-bo', a: 1, b: 4 },
      ],
    });
    // at the province tthc-tinh has records (from SKHCN), so it is primary there
    expect(pick(results, 'TINH', 'month')).toMatchObject({ a: 1, b: 1 });
  });

  it('a source outside the indicator list is shown after the listed ones', () => {
    const results = run(
      ['HS-SOHOA'],
      [
        fact('HS-SOHOA', 'hcm-tthc', 'VPUB', 'month', { a: 1, b: 1 }),
        fact('HS-SOHOA', 'dvcqg', 'VPUB', 'month', { a: 2, b: 2 }),
      ],
    );
    expect(pick(results, 'VPUB', 'month').sources.map((s) => s.source)).toEqual(['dvcqg', 'hcm-tthc']);
  });

  it('high risk, one source → single_source and chua_danh_gia, value still given', () => {
    const results = run(['HS-KQDT'], [fact('HS-KQDT', 'tthc-tinh', 'VPUB', 'month', { a: 10, b: 10 })]);
    const r = pick(results, 'VPUB', 'month');
    expect(r).toMatchObject({ value: 1, status: 'chua_danh_gia' });
    expect(r.flags.map((f) => f.code)).toEqual(['single_source']);
  });

  it('high risk, sources within 1 pp → judged; beyond → source_mismatch', () => {
    const results = run(
      ['T26-01'],
      [
        fact('T26-01', 'qlvb', 'SKHCN', 'month', { a: 71, b: 100 }),
        fact('T26-01', 'lienthong', 'SKHCN', 'month', { a: 70, b: 100 }),
        fact('T26-01', 'qlvb', 'VPUB', 'month', { a: 711, b: 1000 }),
        fact('T26-01', 'lienthong', 'VPUB', 'month', { a: 70, b: 100 }),
      ],
    );
    expect(pick(results, 'SKHCN', 'month')).toMatchObject({ value: 0.71, status: 'dat', flags: [] });
    const vpub = pick(results, 'VPUB', 'month');
    expect(vpub).toMatchObject({ a: 711, b: 1000, value: 0.711, status: 'chua_danh_gia' });
    expect(vpub.flags.map((f) => f.code)).toEqual(['source_mismatch']);
    // the province compares sums: qlvb 782/1100 = 71.09%, lienthong 140/200 = 70% → 1.09 pp
    const tinh = pick(results, 'TINH', 'month');
    expect(tinh).toMatchObject({ a: 782, b: 1100, status: 'chua_danh_gia' });
    expect(tinh.sources).toEqual([
      { source: 'qlvb', a: 782, b: 1100 },
      { source: 'lienthong', a: 140, b: 200 },
    ]);
  });

  it('a recorded decision settles the mismatch: judged, with the decision and the original flag', () => {
    const decision: Decision = {
      indicator: 'T26-01',
      unit: 'VPUB',
      period: '2026-03',
      scope: 'month',
      source: 'lienthong',
      decidedBy: 'tonghop.skhcn',
      decidedAt: '2026-04-05T03:00:00.000Z',
      reason: 'QLVB đếm trùng văn bản liên thông',
    };
    const facts = [
      fact('T26-01', 'qlvb', 'VPUB', 'month', { a: 60, b: 100, reentered: 2 }),
      fact('T26-01', 'lienthong', 'VPUB', 'month', { a: 75, b: 100, reentered: 1 }),
    ];
    const r = pick(run(['T26-01'], facts, { decisions: [decision] }), 'VPUB', 'month');
    expect(r).toMatchObject({
      a: 75,
      b: 100,
      value: 0.75,
      status: 'dat',
      excluded: { reentered: 1, paper_parallel: 0 },
    });
    expect(r.flags.map((f) => f.code)).toEqual(['source_mismatch']);
    expect(r.decision).toEqual({
      source: 'lienthong',
      decidedBy: 'tonghop.skhcn',
      decidedAt: '2026-04-05T03:00:00.000Z',
      reason: 'QLVB đếm trùng văn bản liên thông',
    });
    // a decision without a source keeps the primary; one of another period does nothing
    const primary = pick(
      run(['T26-01'], facts, { decisions: [{ ...decision, source: null }] }),
      'VPUB',
      'month',
    );
    expect(primary).toMatchObject({ a: 60, status: 'chua_dat', decision: { source: 'qlvb' } });
    const other = pick(
      run(['T26-01'], facts, { decisions: [{ ...decision, period: '2026-02' }] }),
      'VPUB',
      'month',
    );
    expect(other).toMatchObject({ status: 'chua_danh_gia' });
    expect(other.decision).toBeUndefined();
  });
});

describe('T26-08 sample size', () => {
  const ratings = (unit: string, a: number, b: number) => [
    fact('T26-08', 'dvcqg', unit, 'month', { a, b }),
    fact('T26-08', 'tthc-tinh', unit, 'month', { a, b }),
  ];
  const finished = (unit: string, source: string, n: number) =>
    fact(DOSSIER_CHECKS, source, unit, 'month', { records: 0, finished: n });

  it('ratings < n → sample_too_small; ratings = n → judged', () => {
    const results = run(
      ['T26-08'],
      [
        ...ratings('SKHCN', 79, 79),
        finished('SKHCN', 'tthc-tinh', 100),
        ...ratings('VPUB', 80, 80),
        finished('VPUB', 'tthc-tinh', 100),
      ],
    );
    const skhcn = pick(results, 'SKHCN', 'month');
    expect(skhcn).toMatchObject({ value: 1, status: 'chua_danh_gia' });
    expect(skhcn.flags.map((f) => f.code)).toEqual(['sample_too_small']);
    expect(pick(results, 'VPUB', 'month')).toMatchObject({ status: 'dat', flags: [] });
    // province: N = 200 → n = ⌈7683200 / 58316⌉ = 132; 159 ratings suffice
    expect(pick(results, 'TINH', 'month')).toMatchObject({ a: 159, b: 159, status: 'dat', flags: [] });
  });

  it('N = 0 → chua_danh_gia with sample_too_small', () => {
    const r = pick(run(['T26-08'], ratings('VPUB', 500, 500)), 'VPUB', 'month');
    expect(r.status).toBe('chua_danh_gia');
    expect(r.flags.map((f) => f.code)).toEqual(['sample_too_small']);
  });

  it('N comes from the primary dossier source only', () => {
    // tthc-tinh has 1 finished (n = 1), dvcqg 1000 (n = 278): tthc-tinh is primary
    const results = run(
      ['T26-08'],
      [...ratings('VPUB', 2, 2), finished('VPUB', 'dvcqg', 1000), finished('VPUB', 'tthc-tinh', 1)],
    );
    expect(pick(results, 'VPUB', 'month')).toMatchObject({ status: 'dat', flags: [] });
    // without tthc-tinh, dvcqg is primary
    const alone = run(['T26-08'], [...ratings('VPUB', 2, 2), finished('VPUB', 'dvcqg', 1000)]);
    expect(pick(alone, 'VPUB', 'month').flags.map((f) => f.code)).toEqual(['sample_too_small']);
  });
});

describe('data controls', () => {
  it('generated_vs_processed from the primary dossier source blocks dossier indicators', () => {
    const results = run(
      ['HS-SOHOA', 'HS-TOANTRINH'],
      [
        fact('HS-SOHOA', 'tthc-tinh', 'VPUB', 'month', { a: 5, b: 5 }),
        fact('HS-TOANTRINH', 'tthc-tinh', 'VPUB', 'month', { a: 5, b: 5 }),
        fact('HS-TOANTRINH', 'dvcqg', 'VPUB', 'month', { a: 5, b: 5 }),
        fact(DOSSIER_CHECKS, 'tthc-tinh', 'VPUB', 'month', {
          records: 0,
          finished: 5,
          finishedBeforeReceived: 1,
        }),
        fact(DOSSIER_CHECKS, 'dvcqg', 'VPUB', 'month', { records: 0, finishedUndated: 4 }),
      ],
    );
    const sohoa = pick(results, 'VPUB', 'month', 'HS-SOHOA');
    expect(sohoa.status).toBe('chua_danh_gia');
    expect(sohoa.flags.map((f) => f.code)).toEqual(['generated_vs_processed']);
    expect(sohoa.flags[0]?.message).toBe(
      'Số hồ sơ xử lý không khớp số hồ sơ phát sinh (nguồn tthc-tinh): 1 hồ sơ có ngày giải quyết trước ngày tiếp nhận.',
    );
    expect(pick(results, 'VPUB', 'month', 'HS-TOANTRINH').flags.map((f) => f.code)).toEqual([
      'generated_vs_processed',
    ]);
    expect(pick(results, 'VPUB', 'ytd', 'HS-SOHOA').flags).toEqual([]);
  });

  it('outlier informs without changing the status', () => {
    const history: HistoryFact[] = [1, 2].map((month) => ({
      indicator: 'HS-SOHOA',
      source: 'tthc-tinh',
      unit: 'VPUB',
      month,
      measures: { records: 10, a: 10, b: 10 },
    }));
    const facts = [
      fact('HS-SOHOA', 'tthc-tinh', 'VPUB', 'month', { a: 96, b: 100 }),
      fact('HS-SOHOA', 'tthc-tinh', 'VPUB', 'month', { a: 0, b: 0 }),
    ];
    // two months of history are not enough
    expect(pick(run(['HS-SOHOA'], facts, { history, month: 3 }), 'VPUB', 'month').flags).toEqual([]);
    const longer: HistoryFact[] = [1, 2, 3].map((month) => ({
      indicator: 'HS-SOHOA',
      source: 'tthc-tinh',
      unit: 'VPUB',
      month,
      measures: { records: 10, a: 1, b: 10 },
    }));
    const r = pick(run(['HS-SOHOA'], facts, { history: longer, month: 4 }), 'VPUB', 'month');
    expect(r.status).toBe('dat');
    expect(r.flags.map((f) => f.code)).toEqual(['outlier']);
  });

  it('every built-in indicator is defined once, in the contract order, with its targets', () => {
    expect(BUILTIN_INDICATORS.map((d) => `${d.code} ${d.target.op} ${d.target.num}/${d.target.den}`)).toEqual(
      [
        'T26-01 >= 70/100',
        'T26-02 >= 80/100',
        'T26-03 >= 80/100',
        'T26-04 >= 80/100',
        'T26-05 = 100/100',
        'T26-06 >= 50/100',
        'T26-07 = 100/100',
        'T26-08 >= 95/100',
        'T26-09 >= 5/1',
        'HS-SOHOA >= 95/100',
        'HS-KQDT = 100/100',
        'HS-TTTT >= 80/100',
        'HS-DUNGHAN > 95/100',
        'HS-TOANTRINH >= 70/100',
        'HS-TAISUDUNG >= 90/100',
        'DV-THOIGIANNOP < 300/1',
        'DV-GIAMTHOIGIAN >= 30/100',
        'CKS-SUDUNG = 100/100',
      ],
    );
    expect(BUILTIN_INDICATORS.filter((d) => d.highRisk).map((d) => d.code)).toEqual([
      'T26-01',
      'T26-02',
      'T26-03',
      'T26-08',
      'HS-KQDT',
      'HS-TOANTRINH',
    ]);
  });
});
