import { afterAll, beforeAll, expect, it } from 'vitest';
import { seed002ReportInput } from '../../test/fixtures/seed002/report-input.js';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { describeEachEngine } from '../../test/support/db.js';
import { loadCatalogue } from '../catalogue/load.js';
import { buildOfficialReportModel } from '../exports/build.js';
import type { GroupRow, IndicatorAppendix, IndicatorRow, TaskAppendix, TaskRow } from '../exports/model.js';
import { officialReportInput } from './report-draft.js';

/**
 * The Office's report drafted from the shipped catalogue lays Phụ lục I and III out as plan 002
 * (seed 002) prints them: the same group rows, STT, names, targets, deadlines and products.
 */
describeEachEngine('official report draft from the catalogue', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ engine, seed: false, now: () => new Date('2026-04-20T03:00:00Z') });
    await loadCatalogue(t.app, { kind: 'cli' });
  }, 120_000);
  afterAll(() => t.close());

  const shape = (rows: (GroupRow | IndicatorRow | TaskRow)[]) =>
    rows.map((r) =>
      r.kind === 'group'
        ? ['group', r.stt, r.title]
        : r.kind === 'indicator'
          ? [r.stt, r.name, r.target]
          : [r.stt, r.name, r.lead, r.product, r.deadline],
    );

  it('reproduces the layout of seed 002 for the Office (VPUBND)', async () => {
    const drafted = buildOfficialReportModel(
      await officialReportInput(t.app, { kind: 'cli' }, { unit: 'VPUBND', period: '2026-04' }),
    );
    const printed = buildOfficialReportModel(seed002ReportInput());
    const indicators = (m: typeof drafted) =>
      m.appendices.find((a): a is IndicatorAppendix => a.kind === 'indicators');
    const tasks = (m: typeof drafted) => m.appendices.find((a): a is TaskAppendix => a.kind === 'tasks');
    expect(shape(indicators(drafted)?.rows ?? [])).toEqual(shape(indicators(printed)?.rows ?? []));
    expect(shape(tasks(drafted)?.rows ?? [])).toEqual(shape(tasks(printed)?.rows ?? []));
    expect(indicators(drafted)?.rows).toHaveLength(23);
    expect(drafted.signature).toEqual({ authority: ['CHÁNH VĂN PHÒNG'], name: 'Trần Bình Minh' });
  });
});

describeEachEngine('official report draft for other units', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ engine, seed: false, now: () => new Date('2026-04-20T03:00:00Z') });
    await loadCatalogue(t.app, { kind: 'cli' });
  }, 120_000);
  afterAll(() => t.close());

  it('groups the province’s indicators by the plans it issued, a plan a letter, its own headings renumbered under it', async () => {
    const model = buildOfficialReportModel(
      await officialReportInput(t.app, { kind: 'cli' }, { unit: 'SONLA', period: '2026-04' }),
    );
    expect(model.issuer).toEqual({
      parentBody: '',
      body: 'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
      name: 'UBND tỉnh Sơn La',
    });
    expect([model.symbol, model.place]).toEqual(['BC-UBND', 'Sơn La']);
    const headings = model.appendices.flatMap((a) =>
      a.kind === 'indicators'
        ? a.rows
            .filter((r): r is GroupRow => r.kind === 'group')
            .map((r) => `${r.stt}. ${r.title.slice(0, 36)}`)
        : [],
    );
    expect(headings).toEqual([
      'A. QUYẾT ĐỊNH: BAN HÀNH KẾ HOẠCH CẢI CÁ',
      'I. Giai đoạn 2026 - 2027',
      'II. Giai đoạn 2028 - 2030',
      'III. Một số chỉ tiêu cụ thể — Về cải cách',
      'IV. Một số chỉ tiêu cụ thể — Về cải cách',
      'V. Một số chỉ tiêu cụ thể — Về cải cách',
      'VI. Một số chỉ tiêu cụ thể — Về cải cách',
      'VII. Một số chỉ tiêu cụ thể — Về xây dựng',
      'B. QUYẾT ĐỊNH: VỀ VIỆC BAN HÀNH KẾ HOẠC',
      'C. KẾ HOẠCH SỐ 169/KH-UBND: NÂNG CAO CH',
      'I. Mục tiêu — Mục tiêu cụ thể — Về số l',
      'II. Mục tiêu — Mục tiêu cụ thể — Về chất',
      'III. Mục tiêu — Hồ sơ thủ tục hành chính',
    ]);
  });
});
