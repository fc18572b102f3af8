import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldValueText, parseFieldPath } from './diff-labels.js';
import { wordTable } from './words.js';

describe('difference labels', () => {
  it('finds the code even when it holds dots', () => {
    expect(parseFieldPath('indicators.BC002-A.I.1.causes.subjective')).toEqual({
      section: 'indicators',
      code: 'BC002-A.I.1',
      field: 'causes.subjective',
    });
    expect(parseFieldPath('difficulties')).toEqual({ section: null, code: null, field: 'difficulties' });
  });
  it('names fields in the form’s words', () => {
    expect(fieldLabel('indicators.T26-01.a', 'vi')).toBe('Chỉ tiêu T26-01 · Tử số (a)');
    expect(fieldLabel('tasks.KH000-II-1.completedOn', 'vi')).toBe('Nhiệm vụ KH000-II-1 · Ngày hoàn thành');
    expect(fieldLabel('contributions.K2.text', 'vi')).toBe('Phối hợp nhiệm vụ K2 · Kết quả thực hiện');
    expect(fieldLabel('recommendations', 'vi')).toBe('Đề xuất, kiến nghị');
    expect(fieldLabel('indicators.T26-01.provenance.kind', 'en')).toBe('Indicator T26-01 · Provenance');
  });
  it('shows values as the form does', () => {
    expect(fieldValueText('tasks.K.status', 'done', 'vi')).toBe('Đã hoàn thành');
    expect(fieldValueText('tasks.K.completedOn', '2026-10-20', 'vi')).toBe('20/10/2026');
    expect(
      fieldValueText('tasks.K.evidence', [{ number: '03/KH-VPUB', date: '2026-01-07', title: '' }], 'vi'),
    ).toBe('03/KH-VPUB ngày 07/01/2026');
    expect(fieldValueText('indicators.X.provenance.kind', 'manual', 'vi')).toBe('Nhập tay');
    expect(fieldValueText('indicators.X.a', 1234, 'vi')).toBe('1.234');
    expect(fieldValueText('indicators.X.notes', '', 'vi')).toBe('(trống)');
  });
});

describe('the reporting pages’ dictionary', () => {
  it('has every word in both languages, with the same placeholders', () => {
    for (const [key, entry] of Object.entries(wordTable)) {
      expect(entry.vi.trim(), key).not.toBe('');
      expect(entry.en.trim(), key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(entry.en), key).toEqual(names(entry.vi));
    }
  });
});
