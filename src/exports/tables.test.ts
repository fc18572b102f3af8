import { describe, expect, it } from 'vitest';
import type { IndicatorAppendix, TaskAppendix } from './model.js';
import { appendixGrid, headerMatrix } from './tables.js';

const indicators: IndicatorAppendix = {
  kind: 'indicators',
  numeral: 'I',
  title: 'KẾT QUẢ',
  referenceLine: '(Kèm theo …)',
  targetYear: 2027,
  rows: [
    { kind: 'group', stt: 'A', title: 'CHỈ TIÊU', bold: true },
    {
      kind: 'indicator',
      stt: '1',
      name: 'Tỷ lệ',
      target: '70%',
      lead: 'Các sở',
      situation: '80%',
      result: 'dat',
      notes: '',
    },
    {
      kind: 'indicator',
      stt: '2',
      name: 'Tỷ lệ 2',
      target: '35%',
      lead: 'Các sở',
      situation: '0',
      result: 'chua_dat',
      notes: 'Đang triển khai',
    },
    {
      kind: 'indicator',
      stt: '3',
      name: 'Số người',
      target: '8',
      lead: 'Thống kê',
      situation: '',
      result: null,
      notes: 'Chưa đánh giá',
    },
  ],
};

describe('appendixGrid', () => {
  it('lays out Phụ lục I with the seed-002 two-row header and an x under Đạt or Chưa đạt', () => {
    const grid = appendixGrid(indicators);
    expect(headerMatrix(grid)).toEqual([
      [
        'STT',
        'Các mục tiêu/chỉ tiêu',
        'Chỉ tiêu 2027',
        'Cơ quan chủ trì',
        'Tình hình thực hiện chỉ tiêu',
        'Kết quả',
        '',
        'Ghi chú',
      ],
      ['', '', '', '', '', 'Đạt', 'Chưa đạt', ''],
    ]);
    expect(grid.header.find((h) => h.text === 'Kết quả')).toEqual({
      row: 0,
      col: 5,
      rowSpan: 1,
      colSpan: 2,
      text: 'Kết quả',
    });
    expect(grid.body).toEqual([
      { cells: ['A', 'CHỈ TIÊU', '', '', '', '', '', ''], bold: true, heading: true },
      { cells: ['1', 'Tỷ lệ', '70%', 'Các sở', '80%', 'x', '', ''], bold: false, heading: false },
      {
        cells: ['2', 'Tỷ lệ 2', '35%', 'Các sở', '0', '', 'x', 'Đang triển khai'],
        bold: false,
        heading: false,
      },
      { cells: ['3', 'Số người', '8', 'Thống kê', '', '', '', 'Chưa đánh giá'], bold: false, heading: false },
    ]);
  });

  it('lays out Phụ lục III with "Kết quả thực hiện" over the three progress columns', () => {
    const tasks: TaskAppendix = {
      kind: 'tasks',
      numeral: 'III',
      title: 'NHIỆM VỤ',
      referenceLine: '',
      rows: [
        {
          kind: 'task',
          stt: '1',
          name: 'Kiểm tra',
          lead: 'Ban Chỉ đạo',
          product: 'Báo cáo',
          deadline: 'Trước 30/11/2026',
          progress: 'not_started',
          description: '',
        },
      ],
    };
    const grid = appendixGrid(tasks);
    expect(headerMatrix(grid)).toEqual([
      [
        'STT',
        'Tên nhiệm vụ',
        'Cơ quan chủ trì báo cáo',
        'Sản phẩm',
        'Thời gian hoàn thành',
        'Kết quả thực hiện',
        '',
        '',
        'Mô tả',
      ],
      ['', '', '', '', '', 'Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', ''],
    ]);
    expect(grid.body[0]?.cells).toEqual([
      '1',
      'Kiểm tra',
      'Ban Chỉ đạo',
      'Báo cáo',
      'Trước 30/11/2026',
      '',
      '',
      'x',
      '',
    ]);
  });
});
