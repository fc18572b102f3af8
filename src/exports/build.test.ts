import { describe, expect, it } from 'vitest';
import { buildOfficialReportModel, type OfficialReportInput, splitHeading, withGroupRows } from './build.js';

const base: OfficialReportInput = {
  unit: { parentBody: 'UBND TỈNH SƠN LA', body: 'SỞ TƯ PHÁP', name: 'Sở Tư pháp' },
  period: { year: 2026 },
  number: '7',
  symbol: 'BC-STP',
  place: 'Sơn La',
  date: { year: 2026, month: 5, day: 12 },
  summary: 'Kết quả thực hiện chỉ tiêu chuyển đổi số tháng 4 năm 2026 của Sở Tư pháp',
  recipients: ['Văn phòng UBND tỉnh'],
  indicators: [
    {
      group: ['A. CHỈ TIÊU CHUYỂN ĐỔI SỐ', 'I. CHÍNH QUYỀN SỐ'],
      stt: '1',
      name: 'Tỷ lệ hồ sơ số hóa',
      target: '≥ 95%',
      lead: 'Sở Tư pháp',
      situation: '97,8%',
      result: 'dat',
    },
    {
      group: ['A. CHỈ TIÊU CHUYỂN ĐỔI SỐ', 'I. CHÍNH QUYỀN SỐ', '2. Tỷ lệ tiếp cận dịch vụ số'],
      stt: '2.1',
      name: 'Trong y tế',
      target: '80%',
      lead: 'Sở Y tế',
      result: null,
      notes: 'Chưa có số liệu',
    },
    {
      group: ['A. CHỈ TIÊU CHUYỂN ĐỔI SỐ', 'II. KINH TẾ SỐ'],
      stt: '1',
      name: 'Tỷ lệ thanh toán không dùng tiền mặt',
      target: '50%',
      lead: 'Sở Tư pháp',
      situation: '40%',
      result: 'chua_dat',
    },
  ],
  tasks: [
    {
      group: ['A. NHIỆM VỤ'],
      stt: '1',
      name: 'Ban hành kế hoạch',
      lead: 'Sở Tư pháp',
      deadline: 'Trước 15/01/2026',
      progress: 'done',
    },
  ],
  distribution: ['Như trên', 'Lưu: VT, VP'],
  signature: { authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Nguyễn Văn A' },
};

describe('withGroupRows', () => {
  it('prints a heading where the path first differs; letters and Roman numerals bold, numbered parents not', () => {
    const rows = withGroupRows(base.indicators, (r) => r.stt);
    expect(rows).toEqual([
      { kind: 'group', stt: 'A', title: 'CHỈ TIÊU CHUYỂN ĐỔI SỐ', bold: true },
      { kind: 'group', stt: 'I', title: 'CHÍNH QUYỀN SỐ', bold: true },
      '1',
      { kind: 'group', stt: '2', title: 'Tỷ lệ tiếp cận dịch vụ số', bold: false },
      '2.1',
      { kind: 'group', stt: 'II', title: 'KINH TẾ SỐ', bold: true },
      '1',
    ]);
    expect(splitHeading('Không đánh số')).toEqual({ stt: '', title: 'Không đánh số' });
  });
});

describe('buildOfficialReportModel', () => {
  it('numbers the appendices, refers to the report under each, and drafts sections II–IV from the rows', () => {
    const report = buildOfficialReportModel({
      ...base,
      tables: [{ title: 'THỐNG KÊ', columns: ['Tổng số'], rows: [['3']] }],
    });
    expect(report.appendices.map((a) => [a.numeral, a.kind, a.referenceLine])).toEqual([
      ['I', 'indicators', '(Kèm theo Báo cáo số 07/BC-STP ngày 12 tháng 5 năm 2026 của Sở Tư pháp)'],
      ['II', 'table', '(Kèm theo Báo cáo số 07/BC-STP ngày 12 tháng 5 năm 2026 của Sở Tư pháp)'],
      ['III', 'tasks', '(Kèm theo Báo cáo số 07/BC-STP ngày 12 tháng 5 năm 2026 của Sở Tư pháp)'],
    ]);
    expect(report.sections.map((s) => s.heading)).toEqual([
      'I. CÔNG TÁC CHỈ ĐẠO VÀ TRIỂN KHAI, THỰC HIỆN',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(report.sections[1]?.blocks.map((b) => b.text)).toEqual([
      '1. Kết quả thực hiện các chỉ tiêu',
      'Có 1/3 chỉ tiêu đạt (33,33%); 1 chỉ tiêu chưa đạt: “Tỷ lệ thanh toán không dùng tiền mặt” (thực hiện 40%; chỉ tiêu 50%); 1 chỉ tiêu chưa đánh giá do chưa có số liệu: “Trong y tế”.',
      '2. Kết quả thực hiện các nhiệm vụ',
      'Có 1 nhiệm vụ: đã hoàn thành 1, đang thực hiện 0, chưa thực hiện 0.',
      '(*Chi tiết tại Phụ lục I, II, III gửi kèm theo*)',
    ]);
    expect(report.closing).toEqual([
      'Trên đây là Báo cáo kết quả thực hiện chỉ tiêu chuyển đổi số tháng 4 năm 2026 của Sở Tư pháp./.',
    ]);
    const first = report.appendices[0];
    expect(first?.kind === 'indicators' && first.rows[2]).toEqual({
      kind: 'indicator',
      stt: '1',
      name: 'Tỷ lệ hồ sơ số hóa',
      target: '≥ 95%',
      lead: 'Sở Tư pháp',
      situation: '97,8%',
      result: 'dat',
      notes: '',
    });
  });

  it("keeps the officer's text of a section and the printed reference lines", () => {
    const direction = [{ kind: 'paragraph' as const, text: 'Sở đã ban hành Kế hoạch số 03/KH-STP.' }];
    const report = buildOfficialReportModel({
      ...base,
      indicators: [],
      sections: { direction },
      referenceLines: { I: '(Ban hành kèm theo …)' },
    });
    expect(report.sections[0]?.blocks).toEqual(direction);
    expect(report.appendices.map((a) => [a.numeral, a.kind, a.referenceLine])).toEqual([
      ['I', 'tasks', '(Ban hành kèm theo …)'],
    ]);
    expect(report.sections[1]?.blocks.at(-1)?.text).toBe('(*Chi tiết tại Phụ lục I gửi kèm theo*)');
  });
});
