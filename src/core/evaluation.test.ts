import { describe, expect, it } from 'vitest';
import { type EvaluationInput, evaluate, secondsPerUnit, targetFor } from './evaluation.js';

const t = (op: '>=' | '>' | '=' | '<=' | '<', value: string) => ({ op, value });

describe('evaluate', () => {
  it.each<[string, EvaluationInput, string, number | null]>([
    // ratio, percent target (T26-01 ≥ 70%): exact at 70,00%
    [
      'ratio at 70% exactly',
      { kind: 'ratio', a: 119, b: 170, target: t('>=', '70'), unitOfMeasure: '%' },
      'dat',
      0.7,
    ],
    [
      'ratio just below 70%',
      { kind: 'ratio', a: 118, b: 170, target: t('>=', '70'), unitOfMeasure: '%' },
      'chua_dat',
      118 / 170,
    ],
    ['ratio, % is the default unit', { kind: 'ratio', a: 7, b: 10, target: t('>=', '70') }, 'dat', 0.7],
    [
      'ratio, target as a fraction of one',
      { kind: 'ratio', a: 7, b: 10, target: t('>=', '0.7'), unitOfMeasure: 'tỷ lệ' },
      'dat',
      0.7,
    ],
    [
      'ratio > 95% (HS-DUNGHAN) at 95%',
      { kind: 'ratio', a: 95, b: 100, target: t('>', '95') },
      'chua_dat',
      0.95,
    ],
    ['ratio = 100%', { kind: 'ratio', a: 170, b: 170, target: t('=', '100') }, 'dat', 1],
    [
      'ratio = 100% missed by one',
      { kind: 'ratio', a: 169, b: 170, target: t('=', '100') },
      'chua_dat',
      169 / 170,
    ],
    [
      'ratio with a decimal target',
      { kind: 'ratio', a: 4523, b: 5000, target: t('>=', '90.46') },
      'dat',
      0.9046,
    ],
    ['ratio b = 0', { kind: 'ratio', a: 0, b: 0, target: t('>=', '70') }, 'chua_danh_gia', null],
    ['ratio no data', { kind: 'ratio', a: null, b: null, target: t('>=', '70') }, 'chua_danh_gia', null],
    ['ratio a > b', { kind: 'ratio', a: 11, b: 10, target: t('>=', '70') }, 'chua_danh_gia', null],
    ['ratio negative', { kind: 'ratio', a: -1, b: 10, target: t('>=', '70') }, 'chua_danh_gia', null],
    ['ratio not whole', { kind: 'ratio', a: 1.5, b: 10, target: t('>=', '70') }, 'chua_danh_gia', null],
    [
      'ratio without target keeps the value',
      { kind: 'ratio', a: 1, b: 4, target: { text: 'Tăng' } },
      'chua_danh_gia',
      0.25,
    ],
    [
      'ratio with a target in words',
      { kind: 'ratio', a: 1, b: 4, target: { op: '>=', value: 'khoảng 5' } },
      'chua_danh_gia',
      0.25,
    ],
    [
      'ratio in bigints',
      { kind: 'ratio', a: 7n * 10n ** 20n, b: 10n ** 21n, target: t('>=', '70') },
      'dat',
      0.7,
    ],
    // count (T26-09 ≥ 5)
    ['count reached', { kind: 'count', a: 5, target: t('>=', '5') }, 'dat', 5],
    ['count short', { kind: 'count', a: 4, target: t('>=', '5') }, 'chua_dat', 4],
    ['count no data', { kind: 'count', a: null, target: t('>=', '5') }, 'chua_danh_gia', null],
    // level (seed 003: maturity level 3)
    ['level reached', { kind: 'level', a: 3, target: t('>=', '3') }, 'dat', 3],
    ['level short', { kind: 'level', a: 2, target: t('>=', '3') }, 'chua_dat', 2],
    // duration (DV-THOIGIANNOP < 300 s ⇔ Σ < 300·n)
    [
      'duration mean 299,5 s',
      { kind: 'duration', totalSeconds: 599, count: 2, target: t('<', '300'), unitOfMeasure: 'giây' },
      'dat',
      299.5,
    ],
    [
      'duration mean exactly 300 s',
      { kind: 'duration', totalSeconds: 600, count: 2, target: t('<', '300') },
      'chua_dat',
      300,
    ],
    [
      'duration target in minutes',
      { kind: 'duration', totalSeconds: 599, count: 2, target: t('<', '5'), unitOfMeasure: 'phút' },
      'dat',
      299.5,
    ],
    [
      'duration 8 minutes (2025)',
      { kind: 'duration', totalSeconds: 960, count: 2, target: t('<', '8'), unitOfMeasure: 'phút' },
      'chua_dat',
      480,
    ],
    [
      'duration no dossier',
      { kind: 'duration', totalSeconds: 0, count: 0, target: t('<', '300') },
      'chua_danh_gia',
      null,
    ],
    [
      'duration unknown unit',
      { kind: 'duration', totalSeconds: 10, count: 1, target: t('<', '5'), unitOfMeasure: 'lần' },
      'chua_danh_gia',
      10,
    ],
    // reduction (DV-GIAMTHOIGIAN ≥ 30% ⇔ 10·Σon·n_dir ≤ 7·Σdir·n_on)
    [
      'reduction exactly 30%',
      {
        kind: 'reduction',
        onlineTotal: 700,
        onlineCount: 10,
        directTotal: 1000,
        directCount: 10,
        target: t('>=', '30'),
      },
      'dat',
      0.3,
    ],
    [
      'reduction just under 30%',
      {
        kind: 'reduction',
        onlineTotal: 701,
        onlineCount: 10,
        directTotal: 1000,
        directCount: 10,
        target: t('>=', '30'),
      },
      'chua_dat',
      0.299,
    ],
    [
      'reduction with different counts',
      // online mean 70, direct mean 100 → 30%
      {
        kind: 'reduction',
        onlineTotal: 140,
        onlineCount: 2,
        directTotal: 500,
        directCount: 5,
        target: t('>=', '30'),
      },
      'dat',
      0.3,
    ],
    [
      'reduction 20% target (2025)',
      {
        kind: 'reduction',
        onlineTotal: 81,
        onlineCount: 1,
        directTotal: 100,
        directCount: 1,
        target: t('>=', '20'),
      },
      'chua_dat',
      0.19,
    ],
    [
      'reduction, online slower',
      {
        kind: 'reduction',
        onlineTotal: 150,
        onlineCount: 1,
        directTotal: 100,
        directCount: 1,
        target: t('>=', '30'),
      },
      'chua_dat',
      -0.5,
    ],
    [
      'reduction without direct dossiers',
      {
        kind: 'reduction',
        onlineTotal: 100,
        onlineCount: 1,
        directTotal: 0,
        directCount: 0,
        target: t('>=', '30'),
      },
      'chua_danh_gia',
      null,
    ],
    // multiple (seed 003: '30 lần GDP') and percent_over ('cao hơn khoảng 5% so với dự toán')
    ['multiple reached', { kind: 'multiple', a: 300, b: 10, target: t('>=', '30') }, 'dat', 30],
    ['multiple short', { kind: 'multiple', a: 299, b: 10, target: t('>=', '30') }, 'chua_dat', 29.9],
    ['percent over by 5%', { kind: 'percent_over', a: 105, b: 100, target: t('>=', '5') }, 'dat', 0.05],
    ['percent over by 4%', { kind: 'percent_over', a: 104, b: 100, target: t('>=', '5') }, 'chua_dat', 0.04],
    [
      'percent over, no reference',
      { kind: 'percent_over', a: 104, b: 0, target: t('>=', '5') },
      'chua_danh_gia',
      null,
    ],
    ['qualitative', { kind: 'text', target: { text: 'Hoàn thành' } }, 'chua_danh_gia', null],
  ])('%s', (_name, input, status, value) => {
    const result = evaluate(input);
    expect(result.status).toBe(status);
    if (value === null) expect(result.value).toBeNull();
    else expect(result.value).toBeCloseTo(value, 12);
  });

  it('says why it cannot judge, in Vietnamese first', () => {
    expect(evaluate({ kind: 'ratio', a: 0, b: 0, target: t('>=', '70') })).toEqual({
      status: 'chua_danh_gia',
      value: null,
      exact: null,
      reasonCode: 'zero_denominator',
      reason: 'Mẫu số bằng 0: chưa có đối tượng để tính.',
      reasonEn: 'The denominator is 0: nothing to compute over.',
    });
    expect(evaluate({ kind: 'count', a: null, target: t('>=', '5') }).reason).toBe('Chưa có số liệu.');
    expect(evaluate({ kind: 'ratio', a: 1, b: 2, target: null }).reasonCode).toBe('no_target');
  });

  it('returns the exact value', () => {
    expect(evaluate({ kind: 'ratio', a: 123, b: 170, target: t('>=', '70') })).toEqual({
      status: 'dat',
      value: 123 / 170,
      exact: { num: 123n, den: 170n },
    });
  });
});

describe('secondsPerUnit', () => {
  it.each([
    ['giây', 1n],
    ['s', 1n],
    ['Phút', 60n],
    ['phut', 60n],
    ['giờ', 3600n],
    ['ngày', 86400n],
    [undefined, 1n],
    ['%', null],
  ])('%s → %s', (unit, seconds) => {
    expect(secondsPerUnit(unit)).toBe(seconds);
  });
});

describe('targetFor', () => {
  const targets = [
    { period: '2025', text: '≥ 60%' },
    { period: '2026-2027', text: '≥ 80%' },
    { period: '2027', text: '≥ 85%' },
    { period: '2028-2030', text: '100%' },
  ];
  it.each([
    [2025, '≥ 60%'],
    [2026, '≥ 80%'],
    [2027, '≥ 85%'], // a year's own target wins over its phase
    [2029, '100%'],
    [2030, '100%'],
    [2031, undefined],
    [2024, undefined],
  ])('%i → %s', (year, text) => {
    expect(targetFor(targets, year)?.text).toBe(text);
  });
});
