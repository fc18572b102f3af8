import { describe, expect, it } from 'vitest';
import type { ReportForm } from '../content.js';
import { prefilled } from './open.js';

const form: ReportForm = {
  year: 2026,
  indicators: [
    {
      code: 'T26-06',
      name: 'Tỷ lệ cán bộ chuyên trách',
      kind: 'ratio',
      unitOfMeasure: '%',
      target: { op: '>=', value: '100', text: '100%' },
      manual: false,
      trackingUnitCode: 'SKHCN',
    },
    {
      code: 'T26-01',
      name: 'Tỷ lệ văn bản điện tử',
      kind: 'ratio',
      unitOfMeasure: '%',
      target: null,
      manual: false,
      trackingUnitCode: 'SKHCN',
    },
  ],
  leadTasks: [],
  coordinatedTasks: [],
};
const extract = (a: number, b: number) => ({
  a,
  b,
  value: null,
  status: 'dat',
  scope: 'ytd',
  source: 'qlvb',
  importId: 7,
  sha256: 'ab'.repeat(32),
});

describe('prefilled', () => {
  it('puts each extracted value in the draft with its extract, except one the form would refuse', () => {
    const content = prefilled(form, { 'T26-06': extract(0, 0), 'T26-01': extract(3, 4) });
    const [zero, filled] = content.indicators;
    // a ratio over no records (b = 0) cannot be saved: left for the unit to enter
    expect(zero).toMatchObject({ code: 'T26-06', a: null, b: null, provenance: null });
    expect(filled).toMatchObject({
      code: 'T26-01',
      a: 3,
      b: 4,
      provenance: { kind: 'extract', importId: 7, source: 'qlvb' },
    });
  });
});
