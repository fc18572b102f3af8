import { describe, expect, it } from 'vitest';
import { procedureQuality, summariseCatalogue, topAndBottom } from './summary.js';

const row = (over: Partial<Parameters<typeof summariseCatalogue>[0][number]>) => ({
  source: 'dvcqg',
  unit: 'SKHCN',
  total: 0,
  full: 0,
  partial: 0,
  none: 0,
  eligible: 0,
  eform: 0,
  eformOnline: 0,
  ...over,
});

describe('summariseCatalogue', () => {
  it('writes the catalogue by online level as the plan does', () => {
    const s = summariseCatalogue(
      [
        row({ total: 2000, full: 350, partial: 1500, none: 150, eform: 400, eformOnline: 370 }),
        row({ unit: null, total: 66, full: 8, partial: 24, none: 34 }),
      ],
      'dvcqg',
    );
    expect(s.text).toBe('2.066 TTHC: 358 toàn trình, 1.524 một phần, 184 chưa cung cấp');
    expect([s.total, s.online, s.eform]).toEqual([2066, 1882, 400]);
    expect(s.eformShareText).toBe('19,66% (370/1.882 TTHC)');
  });
});

describe('procedureQuality', () => {
  const d = {
    procedure: 'P1',
    received: 8,
    online: 6,
    fullOnline: 4,
    submitSum: 1790,
    submitCount: 6,
    finished: 5,
    onlineSum: 7 * 86400,
    onlineCount: 2,
    directSum: 15 * 86400,
    directCount: 3,
  };
  it('judges submission time, reduction and satisfaction on the integers', () => {
    const q = procedureQuality(
      d,
      { ratings: 20, satisfied: 19 },
      { name: 'Cấp phép', onlineLevel: 'full', eform: true },
    );
    expect(q.onlineShareText).toBe('75,00%');
    expect(q.meanSubmitText).toBe('4,97 phút');
    expect(q.submitWithinTarget).toBe(true);
    expect(q.meanOnlineText).toBe('3,50 ngày');
    expect(q.meanDirectText).toBe('5,00 ngày');
    expect(q.reductionText).toBe('30,00%');
    expect(q.reductionMet).toBe(true);
    expect(q.satisfiedShareText).toBe('95,00%');
    expect(q.satisfactionMet).toBe(true);
  });
  it('leaves out what has no data', () => {
    const q = procedureQuality(
      { ...d, submitCount: 0, submitSum: 0, directCount: 0, directSum: 0 },
      undefined,
      undefined,
    );
    expect([q.meanSubmitText, q.reductionText, q.satisfiedShareText, q.name]).toEqual(['—', '—', '—', 'P1']);
    expect([q.submitWithinTarget, q.reductionMet, q.satisfactionMet]).toEqual([null, null, null]);
  });
  it('lists the busiest and the least satisfying procedures', () => {
    const a = procedureQuality(
      { ...d, procedure: 'A', received: 3 },
      { ratings: 10, satisfied: 5 },
      undefined,
    );
    const b = procedureQuality(
      { ...d, procedure: 'B', received: 9 },
      { ratings: 4, satisfied: 4 },
      undefined,
    );
    const c = procedureQuality({ ...d, procedure: 'C', received: 9 }, undefined, undefined);
    const { top, bottom } = topAndBottom([a, b, c], 2);
    expect(top.map((p) => p.procedure)).toEqual(['B', 'C']);
    expect(bottom.map((p) => p.procedure)).toEqual(['A', 'B']);
  });
});
