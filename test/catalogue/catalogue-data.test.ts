import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogueDir, readPlanFiles, unitFiles } from '../../src/catalogue/load.js';
import { readUnitFiles } from '../../src/catalogue/read-units.js';
import { type Plan, plan as planSchema } from '../../src/catalogue/schema.js';
import type { UnitNode } from '../../src/catalogue/selectors.js';
import { type CatalogueFile, validateCatalogue } from '../../src/catalogue/validate.js';

let units: UnitNode[] = [];
let files: CatalogueFile[] = [];
beforeAll(async () => {
  units = await readUnitFiles(unitFiles(defaultCatalogueDir));
  files = readPlanFiles(defaultCatalogueDir);
});

function loaded(prefix: string): Plan {
  const file = files.find((p) => p.fileName.startsWith(`plans/${prefix}`));
  if (!file) throw new Error(`no plan ${prefix}`);
  return planSchema.parse(file.content);
}

describe('catalogue data of seeds 000–002 and the Sơn La unit tree', () => {
  it('is valid as a whole: every plan file, every unit reference, every code', () => {
    expect(validateCatalogue(files, units).problems).toEqual([]);
    expect(files.map((f) => f.fileName)).toHaveLength(5);
  });

  it('holds the 75 commune-level units of Resolution 1681/NQ-UBTVQH15', () => {
    expect(units.filter((u) => u.kind === 'ward')).toHaveLength(8);
    expect(units.filter((u) => u.kind === 'commune')).toHaveLength(67);
    const name = (code: string) => units.find((u) => u.code === code)?.name;
    expect(name('P-TO-HIEU')).toBe('Phường Tô Hiệu');
    expect(name('XA-MUONG-BU')).toBe('Xã Mường Bú');
    expect(name('XA-PUNG-BANH')).toBe('Xã Púng Bánh');
    expect(units.find((u) => u.code === 'VPUBND-TCHCQT')).toEqual({
      code: 'VPUBND-TCHCQT',
      name: 'Phòng Tổ chức - Hành chính - Quản trị',
      kind: 'division',
      parentCode: 'VPUBND',
    });
  });

  it('reads plan 000: nine indicators of Phụ lục I, CKS-SUDUNG, 37 tasks, the 12th-of-month regime', () => {
    const p = loaded('000-');
    expect(p.indicators.map((i) => i.code)).toEqual([
      'T26-01',
      'T26-02',
      'T26-03',
      'T26-04',
      'T26-05',
      'T26-06',
      'T26-07',
      'T26-08',
      'T26-09',
      'CKS-SUDUNG',
    ]);
    expect(p.tasks).toHaveLength(37);
    expect(p.plan.reporting).toEqual({ frequency: 'monthly', dueDay: 12, dueTime: '17:00' });
    const t02 = p.indicators.find((i) => i.code === 'T26-02');
    expect(t02?.baseline).toEqual({ year: 2025, text: '90,46%', value: '90.46' });
    expect(t02?.targets).toEqual([{ period: '2026', op: '>=', value: '80', text: '≥ 80%' }]);
    const perAppendix = Object.fromEntries(
      ['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'].map((s) => [
        s,
        p.tasks.filter((t) => t.section === `Phụ lục ${s}`).length,
      ]),
    );
    expect(perAppendix).toEqual({ II: 5, III: 7, IV: 2, V: 5, VI: 5, VII: 3, VIII: 4, IX: 3, X: 3 });
  });

  it('reads plan 001 as implementing 000 with the Office’s own targets', () => {
    const p = loaded('001-');
    expect(p.plan.implements).toBe('KH000');
    const vp02 = p.indicators.find((i) => i.code === 'VP26-02');
    expect([vp02?.computation, vp02?.implements, vp02?.targets[0]?.op, vp02?.targets[0]?.value]).toEqual([
      'T26-01',
      'T26-01',
      '=',
      '100',
    ]);
    expect(p.tasks.map((t) => t.lead)).toEqual([
      ['VPUBND-TCHCQT'],
      ['@divisions:VPUBND'],
      ['VPUBND-TCHCQT'],
      ['VPUBND-TCHCQT'],
      ['VPUBND-TTTT'],
      ['VPUBND-TCHCQT'],
      ['VPUBND-TTTT'],
    ]);
  });

  it('reads report 002: Phụ lục I rows under their groups, Phụ lục III tasks', () => {
    const p = loaded('002-');
    expect(p.plan.docType).toBe('BÁO CÁO');
    expect(p.indicators).toHaveLength(16);
    expect(p.tasks).toHaveLength(16);
    const row = p.indicators.find((i) => i.code === 'BC002-B.II.3.1');
    expect(row?.group).toEqual([
      'B. CHỈ TIÊU CHUYỂN ĐỔI SỐ',
      'II. PHÁT TRIỂN NGUỒN LỰC',
      '3. Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông',
    ]);
    expect(p.indicators.find((i) => i.code === 'BC002-B.III.4')?.computation).toBe('HS-SOHOA');
  });
});

describe('catalogue checks', () => {
  it('reports an unknown unit, a duplicated code and a high-risk built-in not marked high', () => {
    const base = loaded('000-');
    const t01 = base.indicators[0];
    if (!t01) throw new Error('no T26-01');
    const broken: CatalogueFile = {
      fileName: 'x.yaml',
      content: {
        ...base,
        plan: { ...base.plan, code: 'KHX' },
        indicators: [{ ...t01, risk: 'normal', trackingUnit: 'NOPE' }],
        tasks: [],
      },
    };
    const problems = validateCatalogue(
      [{ fileName: 'a.yaml', content: { ...base, tasks: [] } }, broken],
      units,
    ).problems;
    expect(problems.map((p) => `${p.file} ${p.at}: ${p.en}`)).toEqual([
      'x.yaml T26-01: Duplicate indicator code "T26-01" (already in a.yaml).',
      'x.yaml chỉ tiêu T26-01.trackingUnit: Unit "NOPE" is not in the unit catalogue.',
      'x.yaml chỉ tiêu T26-01.risk: T26-01 is high-risk (seed 000 §II.3).',
    ]);
  });

  it('refuses an indicator without its formula, source or tracking agency (seed 000 §II.1)', () => {
    const base = loaded('000-');
    const { formula: _f, trackingUnit: _t, ...incomplete } = base.indicators[0] as Record<string, unknown>;
    const problems = validateCatalogue(
      [{ fileName: 'y.yaml', content: { ...base, indicators: [incomplete], tasks: [] } }],
      units,
    ).problems;
    expect(problems.map((p) => p.at)).toEqual(['chỉ tiêu T26-01: formula', 'chỉ tiêu T26-01: trackingUnit']);
    expect(problems[0]?.vi).toContain('Thiếu trường bắt buộc "formula"');
  });
});
