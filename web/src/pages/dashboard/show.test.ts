import { describe, expect, it } from 'vitest';
import {
  blocksToText,
  currentPeriod,
  dayVi,
  dispositionFileName,
  numberVi,
  percentVi,
  periodLabel,
  periodOptions,
  recordsHref,
  textToBlocks,
} from './show.js';

describe('dashboard show helpers', () => {
  it('takes the month in Việt Nam time whatever the browser zone', () => {
    // 2026-03-31T17:30Z is already 1 April 00:30 in Hà Nội
    expect(currentPeriod(Date.UTC(2026, 2, 31, 17, 30))).toBe('2026-04');
    expect(currentPeriod(Date.UTC(2026, 2, 31, 16, 59))).toBe('2026-03');
  });

  it('offers the months back to January of the previous year, newest first', () => {
    const options = periodOptions('2026-03');
    expect(options.length).toBe(15);
    expect(options.slice(0, 4)).toEqual(['2026-03', '2026-02', '2026-01', '2025-12']);
    expect(options.at(-1)).toBe('2025-01');
    expect(periodLabel('2026-03', 'vi')).toBe('Tháng 3/2026');
    expect(periodLabel('2026-11', 'en')).toBe('Month 11/2026');
  });

  it('writes numbers the Vietnamese way', () => {
    expect(percentVi(0.904612)).toBe('90,46%');
    expect(percentVi(0.823, 1)).toBe('82,3%');
    expect(numberVi(1234.5)).toBe('1.234,5');
    expect(numberVi(1234567)).toBe('1.234.567');
    expect(numberVi(-0.5)).toBe('-0,5');
    expect(dayVi('2026-06-30')).toBe('30/06/2026');
    expect(dayVi(null)).toBe('—');
  });

  it('round-trips the narrative blocks through the editor text', () => {
    const blocks = [
      { kind: 'heading' as const, text: '1. Kết quả thực hiện các chỉ tiêu' },
      { kind: 'paragraph' as const, text: 'Có 6/18 chỉ tiêu đạt.' },
      { kind: 'bullet' as const, text: 'Xã Sốp Cộp: 56,45%' },
    ];
    const text = blocksToText(blocks);
    expect(text).toBe('# 1. Kết quả thực hiện các chỉ tiêu\nCó 6/18 chỉ tiêu đạt.\n- Xã Sốp Cộp: 56,45%');
    expect(textToBlocks(text)).toEqual(blocks);
    expect(textToBlocks('  Một đoạn.  \n\n\n• gạch\r\nHai')).toEqual([
      { kind: 'paragraph', text: 'Một đoạn.' },
      { kind: 'bullet', text: 'gạch' },
      { kind: 'paragraph', text: 'Hai' },
    ]);
  });

  it('reads the download name from Content-Disposition, UTF-8 first', () => {
    expect(
      dispositionFileName(
        `attachment; filename="Bao-cao-VPUBND-2026-03.docx"; filename*=UTF-8''B%C3%A1o-c%C3%A1o.docx`,
        'x.docx',
      ),
    ).toBe('Báo-cáo.docx');
    expect(dispositionFileName('attachment; filename="Bao-cao.xlsx"', 'x.xlsx')).toBe('Bao-cao.xlsx');
    expect(dispositionFileName(null, 'x.xlsx')).toBe('x.xlsx');
  });

  it('links a number to the records behind it', () => {
    expect(recordsHref({ period: '2026-10', unit: 'SONLA', indicator: 'T26-01', scope: 'ytd' })).toBe(
      '/data/records?period=2026-10&unit=SONLA&indicator=T26-01&scope=ytd',
    );
  });
});
