import { describe, expect, it } from 'vitest';
import { projectTrajectory } from './trajectory.js';

describe('projectTrajectory: counts (linear pace)', () => {
  it('projects Σ·12/k against the target', () => {
    // T26-09: 05 products in 2026; 2 by the end of March → 8 on the current pace
    const t = projectTrajectory({
      kind: 'count',
      year: 2026,
      points: [
        { month: 1, a: 0 },
        { month: 2, a: 1 },
        { month: 3, a: 2 },
      ],
      target: { op: '>=', value: '5' },
    });
    expect(t.projected).toBe(8);
    expect(t.projectedExact).toEqual({ num: 8n, den: 1n });
    expect(t.willMeet).toBe(true);
    expect(t.trend).toBe('steady'); // +1 in February, +1 in March
    expect(t.explanationVi).toBe(
      'Lũy kế đến hết tháng 3/2026: 2; theo nhịp hiện tại cả năm ước đạt 8, dự kiến đạt chỉ tiêu ≥ 5.',
    );
  });

  it('is exact at the boundary and reads the months in any order', () => {
    // 2 in 5 months → 4,8 a year: short of 5
    const short = projectTrajectory({
      kind: 'count',
      year: 2026,
      points: [
        { month: 5, a: 2 },
        { month: 4, a: 2 },
      ],
      target: { op: '>=', value: '5' },
    });
    expect(short.projectedExact).toEqual({ num: 24n, den: 5n });
    expect(short.willMeet).toBe(false);
    expect(short.trend).toBe('falling'); // +0 in May after +2 by April
    expect(short.explanationVi).toBe(
      'Lũy kế đến hết tháng 5/2026: 2; theo nhịp hiện tại cả năm ước đạt 4,8, dự kiến không đạt chỉ tiêu ≥ 5.',
    );
    // 5 in 12 months is the year itself
    expect(
      projectTrajectory({
        kind: 'count',
        year: 2026,
        points: [{ month: 12, a: 5 }],
        target: { op: '>=', value: '5' },
      }).willMeet,
    ).toBe(true);
  });

  it('cannot say without data or target', () => {
    const empty = projectTrajectory({
      kind: 'count',
      year: 2026,
      points: [],
      target: { op: '>=', value: '5' },
    });
    expect(empty).toMatchObject({
      projected: null,
      willMeet: null,
      trend: null,
      explanationVi: 'Chưa có số liệu năm 2026 để dự báo.',
    });
    const noTarget = projectTrajectory({
      kind: 'count',
      year: 2026,
      points: [{ month: 6, a: 3 }],
      target: null,
    });
    expect(noTarget.willMeet).toBeNull();
    expect(noTarget.projected).toBe(6);
    expect(noTarget.explanationVi).toContain('chưa có chỉ tiêu định lượng để so sánh');
  });
});

describe('projectTrajectory: ratios (ytd ratio and trend)', () => {
  it('projects the ytd ratio and reports the month-over-month trend', () => {
    const t = projectTrajectory({
      kind: 'ratio',
      year: 2026,
      points: [
        { month: 1, a: 60, b: 100 },
        { month: 2, a: 138, b: 200 }, // 69%
        { month: 3, a: 213, b: 300 }, // 71%
      ],
      target: { op: '>=', value: '70' },
      unitOfMeasure: '%',
    });
    expect(t.projected).toBeCloseTo(0.71, 12);
    expect(t.projectedExact).toEqual({ num: 71n, den: 100n });
    expect(t.willMeet).toBe(true);
    expect(t.trend).toBe('rising');
    expect(t.explanationVi).toBe(
      'Lũy kế đến hết tháng 3/2026: 71,00%, tăng 2,00 điểm % so với tháng trước; nếu giữ nhịp hiện tại, dự kiến đạt chỉ tiêu ≥ 70%.',
    );
    expect(t.explanationEn).toBe(
      'Year to date to the end of 3/2026: 71.00%, up 2.00 points from last month; at the current pace, expected to meet the target ≥ 70%.',
    );
  });

  it('says when it falls short and falls', () => {
    const t = projectTrajectory({
      kind: 'ratio',
      year: 2026,
      points: [
        { month: 1, a: 96, b: 100 },
        { month: 2, a: 189, b: 200 },
      ],
      target: { op: '>=', value: '95' },
    });
    expect(t.willMeet).toBe(false);
    expect(t.trend).toBe('falling');
    expect(t.explanationVi).toBe(
      'Lũy kế đến hết tháng 2/2026: 94,50%, giảm 1,50 điểm % so với tháng trước; nếu giữ nhịp hiện tại, dự kiến không đạt chỉ tiêu ≥ 95%.',
    );
  });

  it('cannot say when b is 0', () => {
    const t = projectTrajectory({
      kind: 'ratio',
      year: 2026,
      points: [{ month: 1, a: 0, b: 0 }],
      target: { op: '>=', value: '70' },
    });
    expect(t).toMatchObject({ projected: null, willMeet: null, trend: null });
    expect(t.explanationVi).toBe('Lũy kế đến hết tháng 1/2026: Mẫu số bằng 0: chưa có đối tượng để tính.');
  });
});
