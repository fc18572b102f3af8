import { describe, expect, it } from 'vitest';
import {
  type Deadline,
  dueDateOf,
  earliestDueDate,
  parseDeadline,
  type TaskStatus,
  taskTiming,
} from './deadlines.js';

/** What a parse keeps, without the texts: the comparable shape. */
function shape(d: Deadline): unknown {
  const { text: _text, ...rest } = d;
  if (d.kind === 'waves') return { kind: 'waves', waves: d.waves.map(shape) };
  return rest;
}

const date = (due: string) => ({ kind: 'date', due });
const ongoing = { kind: 'ongoing' };
const event = { kind: 'event' };

/**
 * Every phrasing of the "Thời hạn" / "Thời gian" columns of the five seeds, as printed, with the
 * seed it comes from. Seed 004 is an OCR without diacritics: its cells are given as scanned
 * (after joining the lines of a cell) and in a clean unaccented transcription.
 */
const SEED_PHRASINGS: [seed: string, text: string, expected: unknown][] = [
  ['000', 'Thường xuyên', ongoing],
  [
    '000',
    '- Đợt 1: Tháng 3/2026; - Các đợt tiếp theo: Khi có quy định mới của Trung ương',
    { kind: 'waves', waves: [date('2026-03-31'), event] },
  ],
  [
    '000',
    '- Đợt 1: Tháng 6/2026; - Các đợt tiếp theo: Khi có quy định mới của Trung ương',
    { kind: 'waves', waves: [date('2026-06-30'), event] },
  ],
  ['000', 'Quý II/2026', date('2026-06-30')],
  ['000', 'Quý III/2026', date('2026-09-30')],
  ['000', 'Quý IV/2026', date('2026-12-31')],
  ['000', 'Tháng 6/2026', date('2026-06-30')],
  ['000', 'Khi hệ thống có thay đổi, nâng cấp', event],
  ['000', 'Theo Quyết định giao dự toán', event],
  ['000', 'Theo thời hạn giao tại Kế hoạch của tỉnh', event],
  ['000', 'Theo Kế hoạch của tỉnh và của cơ quan, đơn vị', event],
  ['001', 'Năm 2026', date('2026-12-31')],
  ['001', 'Thường xuyên', ongoing],
  ['002', 'Năm 2026', date('2026-12-31')],
  ['002', 'Trước 30/11/2026', date('2026-11-30')],
  ['002', 'Tháng 11/2026', date('2026-11-30')],
  ['002', 'Quý I năm 2026', date('2026-03-31')],
  [
    '002',
    'Báo cáo: Quý, 6 tháng, năm và đột xuất',
    { kind: 'periodic', every: ['quarter', 'half', 'year', 'adhoc'] },
  ],
  [
    '002',
    '- Kế hoạch: Trước 15/01/2026 - Báo cáo: Quý, 6 tháng, năm và đột xuất',
    {
      kind: 'waves',
      waves: [date('2026-01-15'), { kind: 'periodic', every: ['quarter', 'half', 'year', 'adhoc'] }],
    },
  ],
  ['003', 'Thường xuyên', ongoing],
  ['003', 'Thường\nxuyên', ongoing], // a cell broken over two lines
  ['003', '2026-2030', { kind: 'range', fromYear: 2026, toYear: 2030, due: '2030-12-31' }],
  ['003', '2026 - 2030', { kind: 'range', fromYear: 2026, toYear: 2030, due: '2030-12-31' }],
  ['003', 'Tháng 12 hằng năm', { kind: 'recurring', month: 12 }],
  ['003', 'Hàng năm', { kind: 'recurring' }],
  ['003', 'Theo lộ trình tại Chương trình hành động của Chủ tịch UBND tỉnh', event],
  ['003', 'Ngày 01/3/2027', date('2027-03-01')],
  ['003', 'Tháng 02/2026', date('2026-02-28')],
  ['003', 'Tháng 3/2026', date('2026-03-31')],
  ['003', 'Theo kế hoạch hàng năm hoặc đột xuất', event],
  ['003', 'Năm 2027', date('2027-12-31')],
  [
    '003',
    'Tháng 01 hằng năm (sau khi có chương trình thực hành tiết kiệm, chống lãng phí của Chính phủ ban hành)',
    { kind: 'recurring', month: 1 },
  ],
  ['003', 'Báo cáo sau khi Trung tâm phát triển và hội nhập (CDI Việt Nam) tổ chức Hội nghị công bố', event],
  ['004', 'Thang 8/2025', date('2025-08-31')],
  ['004', 'Tháng 8/2025 (cấp tỉnh đã giao tại Quyết định số 1428 ngày 17/6/2025)', date('2025-08-31')],
  ['004', 'Théng 8/2025 (cap tinh da giao tai Quyét dinh sé 1428 ngay 17/6/2025)', date('2025-08-31')],
  ['004', 'Trong nam 2025', date('2025-12-31')],
  ['004', 'Thang 12/2025', date('2025-12-31')],
  ['004', 'Théng 12/2025', date('2025-12-31')],
  ['004', 'Thang 9/2025', date('2025-09-30')],
  ['004', 'Thang 7/2025', date('2025-07-31')],
  ['004', 'Nhiem vu thuong xuyen', ongoing],
  ['004', 'Nhi¢m vy thuong xuyeén', ongoing],
  ['004', 'Nhiém vu thuong Xuyeén', ongoing],
  [
    '004',
    'Cap xa 15/8/2025 Cap tinh trong nam 2025',
    { kind: 'waves', waves: [date('2025-08-15'), date('2025-12-31')] },
  ],
  [
    '004',
    'Cap xa 15/8/2025 Cép tinh trong nim 2025',
    { kind: 'waves', waves: [date('2025-08-15'), date('2025-12-31')] },
  ],
  [
    '004',
    '- Nam 2025: Thang 11/2025; - Nam 2026: thang 11',
    { kind: 'waves', waves: [date('2025-11-30'), date('2026-11-30')] },
  ],
  // A completion note printed in the deadline column: there is no deadline to read.
  ['004', '(Da ban hanh Ke hoach so 110/KH-UBND ngay 23/4/2025)', { kind: 'unknown' }],
  ['004', '(Da thuc hien ket noi)', { kind: 'unknown' }],
];

/** SPEC §7 and the task brief's further forms. */
const OTHER_PHRASINGS: [text: string, expected: unknown][] = [
  ['Quý 2/2026', date('2026-06-30')],
  ['Quy II/2026', date('2026-06-30')],
  ['QUÝ IV NĂM 2026', date('2026-12-31')],
  ['6 tháng đầu năm 2026', date('2026-06-30')],
  ['6 tháng cuối năm 2026', date('2026-12-31')],
  ['9 tháng đầu năm 2026', date('2026-09-30')],
  ['2026', date('2026-12-31')],
  ['Trước ngày 15/12/2026', date('2026-12-15')],
  ['Chậm nhất ngày 15.12.2026', date('2026-12-15')],
  ['Tháng 6 năm 2026', date('2026-06-30')],
  ['Hằng năm', { kind: 'recurring' }],
  ['Hang nam', { kind: 'recurring' }],
  ['Định kỳ hằng năm', { kind: 'recurring' }],
  ['Quý I hằng năm', { kind: 'recurring', month: 3 }],
  ['Trước ngày 15/12 hằng năm', { kind: 'recurring', month: 12, day: 15 }],
  ['Thường xuyên, hằng năm', ongoing],
  ['Thuong xuyen', ongoing],
  ['Hằng tháng', { kind: 'periodic', every: ['month'] }],
  ['Giai đoạn 2026-2030', { kind: 'range', fromYear: 2026, toYear: 2030, due: '2030-12-31' }],
  ['Từ năm 2026 đến năm 2030', { kind: 'range', fromYear: 2026, toYear: 2030, due: '2030-12-31' }],
  ['Khi có yêu cầu', event],
  [
    'Ð' + 'ợt 1: Tháng 3/2026; Các đợt tiếp theo: Khi có quy định mới',
    { kind: 'waves', waves: [date('2026-03-31'), event] },
  ],
  // Never guessed.
  ['Trước 31/02/2026', { kind: 'unknown' }],
  ['Tháng 13/2026', { kind: 'unknown' }],
  ['Quý V/2026', { kind: 'unknown' }],
  ['2030 - 2026', { kind: 'unknown' }],
  ['Sớm nhất có thể', { kind: 'unknown' }],
  ['', { kind: 'unknown' }],
];

describe('parseDeadline: every phrasing of the seeds', () => {
  it.each(SEED_PHRASINGS)('seed %s: %j', (_seed, text, expected) => {
    expect(shape(parseDeadline(text))).toEqual(expected);
  });
});

describe('parseDeadline: other phrasings', () => {
  it.each(OTHER_PHRASINGS)('%j', (text, expected) => {
    expect(shape(parseDeadline(text))).toEqual(expected);
  });

  it('keeps the text as written (NFC, spaces collapsed) and each wave’s own text', () => {
    const d = parseDeadline(
      '- Đợt 1: Tháng 3/2026;\n - Các đợt tiếp theo: Khi có quy định mới của Trung ương',
    );
    expect(d).toEqual({
      kind: 'waves',
      text: '- Đợt 1: Tháng 3/2026; - Các đợt tiếp theo: Khi có quy định mới của Trung ương',
      waves: [
        { kind: 'date', due: '2026-03-31', text: 'Đợt 1: Tháng 3/2026' },
        { kind: 'event', text: 'Các đợt tiếp theo: Khi có quy định mới của Trung ương' },
      ],
    });
    expect(parseDeadline('Thu\u0301ng 6/2026').text).toBe('Thúng 6/2026');
    expect(parseDeadline('Quý II/2026')).toEqual({ kind: 'date', due: '2026-06-30', text: 'Quý II/2026' });
  });
});

describe('dueDateOf / earliestDueDate', () => {
  it.each([
    ['Tháng 6/2026', undefined, '2026-06-30'],
    ['2026 - 2030', undefined, '2030-12-31'],
    ['Tháng 12 hằng năm', 2027, '2027-12-31'],
    ['Tháng 12 hằng năm', undefined, null],
    ['Hằng năm', 2026, '2026-12-31'],
    ['Quý I hằng năm', 2026, '2026-03-31'],
    ['Ngày 29/02 hằng năm', 2027, '2027-02-28'],
    ['Ngày 29/02 hằng năm', 2028, '2028-02-29'],
    ['Thường xuyên', 2026, null],
    ['Theo Quyết định giao dự toán', 2026, null],
    [
      '- Đợt 1: Tháng 3/2026; - Các đợt tiếp theo: Khi có quy định mới của Trung ương',
      undefined,
      '2026-03-31',
    ],
    ['- Nam 2025: Thang 11/2025; - Nam 2026: thang 11', 2026, '2026-11-30'],
    ['- Nam 2025: Thang 11/2025; - Nam 2026: thang 11', undefined, '2025-11-30'],
    ['- Nam 2025: Thang 11/2025; - Nam 2026: thang 11', 2030, '2025-11-30'],
  ] as const)('%j in %s → %s', (text, year, due) => {
    expect(dueDateOf(parseDeadline(text), year)).toBe(due);
  });

  it('gives the earliest fixed day for sorting', () => {
    expect(earliestDueDate(parseDeadline('Cap xa 15/8/2025 Cap tinh trong nam 2025'))).toBe('2025-08-15');
    expect(earliestDueDate(parseDeadline('Tháng 12 hằng năm'))).toBeNull();
    expect(earliestDueDate(parseDeadline('Quý III/2026'))).toBe('2026-09-30');
    expect(earliestDueDate(parseDeadline('Thường xuyên'))).toBeNull();
  });
});

describe('taskTiming (SPEC §7)', () => {
  const q2 = parseDeadline('Quý II/2026');
  it.each([
    [q2, 'in_progress', null, '2026-06-30', 'on_track'],
    [q2, 'in_progress', null, '2026-07-01', 'overdue'],
    [q2, 'not_started', null, '2026-07-01', 'overdue'],
    [q2, 'done', '2026-06-30', '2026-08-01', 'done_on_time'],
    [q2, 'done', '2026-07-01', '2026-08-01', 'done_late'],
    [q2, 'done', null, '2026-08-01', 'done_on_time'],
    [parseDeadline('Thường xuyên'), 'in_progress', null, '2030-01-01', 'no_deadline'],
    [parseDeadline('Thường xuyên'), 'done', '2030-01-01', '2030-01-01', 'done_on_time'],
    [parseDeadline('Khi hệ thống có thay đổi, nâng cấp'), 'not_started', null, '2030-01-01', 'no_deadline'],
    [parseDeadline('Không rõ'), 'not_started', null, '2030-01-01', 'no_deadline'],
    [parseDeadline('Tháng 12 hằng năm'), 'in_progress', null, '2026-12-31', 'on_track'],
    [parseDeadline('Tháng 12 hằng năm'), 'in_progress', null, '2027-01-02', 'on_track'],
    [
      parseDeadline('- Đợt 1: Tháng 3/2026; - Các đợt tiếp theo: Khi có quy định mới'),
      'in_progress',
      null,
      '2026-04-01',
      'overdue',
    ],
  ] as [Deadline, TaskStatus, string | null, string, string][])(
    '%j %s done %s, today %s → %s',
    (d, status, doneOn, today, timing) => {
      expect(taskTiming(d, status, doneOn, today)).toBe(timing);
    },
  );

  it('judges a recurring task in the cycle year given', () => {
    const d = parseDeadline('Tháng 12 hằng năm');
    expect(taskTiming(d, 'in_progress', null, '2027-01-02', 2026)).toBe('overdue');
    expect(taskTiming(d, 'done', '2027-01-02', '2027-01-05', 2026)).toBe('done_late');
  });
});
