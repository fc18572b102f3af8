import { describe, expect, it } from 'vitest';
import { rankUnits, scoreUnit } from './score.js';

const base = {
  indicatorsJudged: 4,
  indicatorsAchieved: 3,
  periodsExpected: 3,
  periodsOnTime: 2,
  tasksLed: 5,
  tasksOnTrack: 4,
  openFlags: 2,
};

describe('scoreUnit', () => {
  it('adds the four parts, each from the numbers behind it', () => {
    const s = scoreUnit(base);
    expect(s.parts.map((p) => [p.key, p.points, p.max])).toEqual([
      ['indicators', 37.5, 50],
      ['timeliness', 13.33, 20],
      ['tasks', 16, 20],
      ['dataQuality', 8, 10],
    ]);
    expect(s.earned).toBe(74.83);
    expect(s.available).toBe(100);
    expect(s.total).toBe(74.83);
    expect(s.parts[0]?.basis).toBe('3/4 chỉ tiêu Đạt trên số chỉ tiêu đã đánh giá.');
  });

  it('leaves a part with nothing to judge out of the maximum', () => {
    const s = scoreUnit({ ...base, tasksLed: 0, tasksOnTrack: 0 });
    expect(s.parts[2]?.points).toBeNull();
    expect(s.parts[2]?.basis).toBe(
      'Không có nhiệm vụ hoàn thành hoặc chưa quá hạn trên số nhiệm vụ chủ trì để tính.',
    );
    expect(s.available).toBe(80);
    expect(s.earned).toBe(58.83);
    expect(s.total).toBe(73.54);
  });

  it('never takes the data-quality part below zero', () => {
    const s = scoreUnit({ ...base, openFlags: 25 });
    expect(s.parts[3]?.points).toBe(0);
    expect(s.total).toBe(66.83);
  });

  it('scores a unit with nothing at all as 10/10 data quality only', () => {
    const s = scoreUnit({
      indicatorsJudged: 0,
      indicatorsAchieved: 0,
      periodsExpected: 0,
      periodsOnTime: 0,
      tasksLed: 0,
      tasksOnTrack: 0,
      openFlags: 0,
    });
    expect(s.available).toBe(10);
    expect(s.total).toBe(100);
  });
});

describe('rankUnits', () => {
  it('orders by total, then the parts in weight order, then the Vietnamese name', () => {
    const a = { unit: 'A', unitName: 'Xã Ảng', score: scoreUnit(base) };
    // same total, more indicator points
    const b = {
      unit: 'B',
      unitName: 'Xã Bó',
      score: {
        ...scoreUnit(base),
        parts: scoreUnit({ ...base }).parts.map((p) =>
          p.key === 'indicators' ? { ...p, points: 40 } : p.key === 'tasks' ? { ...p, points: 13.5 } : p,
        ),
      },
    };
    const c = { unit: 'C', unitName: 'Xã Anh', score: scoreUnit(base) };
    const d = { unit: 'D', unitName: 'Xã Đông', score: scoreUnit({ ...base, indicatorsAchieved: 4 }) };
    expect(rankUnits([a, b, c, d]).map((r) => [r.rank, r.unit])).toEqual([
      [1, 'D'],
      [2, 'B'],
      // Vietnamese order: "Ảng" before "Anh" (letters first, tone marks after)
      [3, 'A'],
      [4, 'C'],
    ]);
  });
});
