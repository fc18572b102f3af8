import { describe, expect, it } from 'vitest';
import { draftNarrative, indicatorSummary, taskSummary } from './narrative.js';

describe('indicatorSummary', () => {
  it('counts met, unmet (with value and target) and not judged (with the shared reason)', () => {
    expect(
      indicatorSummary([
        {
          name: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
          status: 'dat',
          value: { a: 4523, b: 5000 },
          targetText: '≥ 70%',
        },
        { name: 'Tỷ lệ hồ sơ số hóa', status: 'chua_dat', value: { a: 1234, b: 2000 }, targetText: '≥ 95%' },
        {
          name: 'Tỷ lệ thanh toán trực tuyến',
          status: 'chua_dat',
          value: { text: 'Đang triển khai.' },
          targetText: '≥ 80%',
        },
        { name: 'Tỷ lệ CSDL kết nối LGSP', status: 'chua_danh_gia', reason: 'Chưa có số liệu.' },
        { name: 'Số sản phẩm số', status: 'chua_danh_gia', reason: 'chưa có số liệu' },
      ]),
    ).toBe(
      'Có 1/5 chỉ tiêu đạt (20%); 2 chỉ tiêu chưa đạt: “Tỷ lệ hồ sơ số hóa” (thực hiện 61,7%; chỉ tiêu ≥ 95%), “Tỷ lệ thanh toán trực tuyến” (Đang triển khai; chỉ tiêu ≥ 80%); 2 chỉ tiêu chưa đánh giá do chưa có số liệu: “Tỷ lệ CSDL kết nối LGSP”, “Số sản phẩm số”.',
    );
  });

  it('gives each not-judged indicator its own reason when they differ, and counts with vi-VN percentages', () => {
    expect(
      indicatorSummary([
        { name: 'A', status: 'dat' },
        { name: 'B', status: 'dat' },
        { name: 'C', status: 'chua_danh_gia', reason: 'Thống kê tỉnh tổng hợp' },
        { name: 'D', status: 'chua_danh_gia' },
      ]),
    ).toBe('Có 2/4 chỉ tiêu đạt (50%); 2 chỉ tiêu chưa đánh giá: “C” (do thống kê tỉnh tổng hợp), “D”.');
    expect(
      indicatorSummary([
        { name: 'A', status: 'dat' },
        { name: 'B', status: 'chua_dat' },
        { name: 'C', status: 'chua_dat' },
      ]),
    ).toBe('Có 1/3 chỉ tiêu đạt (33,33%); 2 chỉ tiêu chưa đạt: “B”, “C”.');
    expect(indicatorSummary([])).toBe('Kỳ báo cáo này không có chỉ tiêu được giao.');
  });
});

describe('taskSummary', () => {
  it('counts by progress and names the overdue tasks not done', () => {
    expect(
      taskSummary([
        { name: 'Ban hành kế hoạch', status: 'done', overdue: true },
        { name: 'Kiểm tra, giám sát', status: 'in_progress', overdue: true },
        { name: 'Tổ chức hội thảo', status: 'not_started' },
      ]),
    ).toBe(
      'Có 3 nhiệm vụ: đã hoàn thành 1, đang thực hiện 1, chưa thực hiện 1; 1 nhiệm vụ quá hạn: “Kiểm tra, giám sát”.',
    );
    expect(taskSummary([])).toBe('Kỳ báo cáo này không có nhiệm vụ được giao.');
  });
});

describe('draftNarrative', () => {
  it('drafts sections II–IV, lists the units below target and writes each difficulty once with who raised it', () => {
    const drafted = draftNarrative({
      indicators: [
        {
          name: 'Tỷ lệ hồ sơ số hóa',
          status: 'chua_dat',
          value: { a: 90, b: 100 },
          targetText: '≥ 95%',
          unitsNotAchieved: ['Sở Xây dựng', 'Xã Mường Bú'],
        },
      ],
      tasks: [{ name: 'Ban hành kế hoạch', status: 'done' }],
      submissions: [
        {
          unit: 'Sở Tư pháp',
          difficulties: ['- Hệ thống của Bộ hay lỗi;'],
          causes: ['Hệ thống mới xây dựng'],
          recommendations: ['Đề nghị Bộ sửa lỗi'],
        },
        { unit: 'Xã Mường Bú', difficulties: ['Hệ thống  của Bộ hay lỗi.', 'Thiếu máy scan'] },
      ],
    });
    expect(drafted.results).toEqual([
      { kind: 'heading', text: '1. Kết quả thực hiện các chỉ tiêu' },
      {
        kind: 'paragraph',
        text: 'Có 0/1 chỉ tiêu đạt (0%); 1 chỉ tiêu chưa đạt: “Tỷ lệ hồ sơ số hóa” (thực hiện 90%; chỉ tiêu ≥ 95%).',
      },
      { kind: 'bullet', text: '- “Tỷ lệ hồ sơ số hóa”: các đơn vị chưa đạt: Sở Xây dựng, Xã Mường Bú.' },
      { kind: 'heading', text: '2. Kết quả thực hiện các nhiệm vụ' },
      { kind: 'paragraph', text: 'Có 1 nhiệm vụ: đã hoàn thành 1, đang thực hiện 0, chưa thực hiện 0.' },
    ]);
    expect(drafted.difficulties).toEqual([
      { kind: 'heading', text: '1. Khó khăn, vướng mắc' },
      { kind: 'bullet', text: '- Hệ thống của Bộ hay lỗi (Sở Tư pháp, Xã Mường Bú).' },
      { kind: 'bullet', text: '- Thiếu máy scan (Xã Mường Bú).' },
      { kind: 'heading', text: '2. Nguyên nhân' },
      { kind: 'bullet', text: '- Hệ thống mới xây dựng (Sở Tư pháp).' },
    ]);
    expect(drafted.recommendations).toEqual([
      { kind: 'paragraph', text: '1. Đề nghị Bộ sửa lỗi (Sở Tư pháp).' },
    ]);
  });

  it("names no one in a unit's own report and says so when nothing was raised", () => {
    const own = draftNarrative({
      indicators: [],
      tasks: [],
      submissions: [{ unit: 'Văn phòng UBND tỉnh', recommendations: ['Đề nghị A.', 'Đề nghị B'] }],
    });
    expect(own.recommendations).toEqual([
      { kind: 'paragraph', text: '1. Đề nghị A.' },
      { kind: 'paragraph', text: '2. Đề nghị B.' },
    ]);
    expect(own.difficulties).toEqual([
      { kind: 'paragraph', text: 'Trong kỳ, các đơn vị không báo cáo khó khăn, vướng mắc.' },
    ]);
    expect(draftNarrative({ indicators: [], tasks: [], submissions: [] }).recommendations).toEqual([
      { kind: 'paragraph', text: 'Không có đề xuất, kiến nghị.' },
    ]);
  });
});
