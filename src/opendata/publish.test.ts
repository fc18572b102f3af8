import { describe, expect, it } from 'vitest';
import type { CatalogueIndicator } from '../dashboard/catalogue.js';
import { openResultRows, toCsv } from './publish.js';

const indicator = (code: string, computation: string | null): CatalogueIndicator => ({
  code,
  planCode: 'KH000',
  position: 0,
  name: `Tỷ lệ "${code}", điện tử`,
  kind: 'ratio',
  computation,
  manual: computation === null,
  trackingUnitCode: 'SKHCN',
  isPublic: true,
  unitOfMeasure: '%',
  group: [],
  stt: null,
  targets: [{ period: '2026', op: '>=', value: '70', text: '≥ 70%' }],
  assignedRefs: [],
  definition: {},
});

const result = (unit: string, scope: 'month' | 'ytd', a: number, b: number) => ({
  indicator: 'T26-01',
  unit,
  scope,
  a,
  b,
  value: a / b,
  target: { op: '>=' as const, value: 0.7 },
  status: a * 100 >= 70 * b ? ('dat' as const) : ('chua_dat' as const),
  excluded: {},
  flags: [],
  sources: [],
});

describe('open data', () => {
  const units = new Map([
    ['SONLA', { code: 'SONLA', name: 'Tỉnh Sơn La', kind: 'province', parentCode: null }],
    ['VPUBND', { code: 'VPUBND', name: 'Văn phòng UBND tỉnh', kind: 'department', parentCode: 'SONLA' }],
  ]);
  const doc = {
    period: '2026-03',
    results: [
      result('VPUBND', 'ytd', 16, 20),
      result('SONLA', 'month', 9, 10),
      result('VPUBND', 'month', 9, 10),
    ],
  };

  it('publishes only public computed indicators, per unit, in a stable order', () => {
    const rows = openResultRows(doc, [indicator('T26-01', 'T26-01'), indicator('KH000-SP', null)], units, [
      'SONLA',
      'VPUBND',
    ]);
    expect(rows.map((r) => [r.unit, r.scope, r.a, r.b, r.valueText, r.statusLabel])).toEqual([
      ['SONLA', 'month', 9, 10, '90,00%', 'Đạt'],
      ['VPUBND', 'month', 9, 10, '90,00%', 'Đạt'],
      ['VPUBND', 'ytd', 16, 20, '80,00%', 'Đạt'],
    ]);
  });

  it('writes CSV with a BOM, Vietnamese headers and quoted text', () => {
    const csv = toCsv(
      openResultRows(doc, [indicator('T26-01', 'T26-01')], units, ['SONLA', 'VPUBND']).slice(0, 1),
    );
    expect(csv).toBe(
      '\uFEFFKỳ báo cáo,Mã chỉ tiêu,Tên chỉ tiêu,Mã đơn vị,Tên đơn vị,Phạm vi,Tử số (a),Mẫu số (b),Giá trị,Giá trị (hiển thị),Chỉ tiêu,Đánh giá\r\n' +
        '2026-03,T26-01,"Tỷ lệ ""T26-01"", điện tử",SONLA,Tỉnh Sơn La,tháng,9,10,0.9,"90,00%",≥ 70%,Đạt\r\n',
    );
  });
});
