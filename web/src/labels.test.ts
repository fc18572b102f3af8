import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/core/deadlines.js';
import { deadlineLabel, deadlineLines, targetLabel, unitKindLabel, unitRefLabel } from './labels.js';

const names: Record<string, string> = { VPUBND: 'Văn phòng UBND tỉnh', SKHCN: 'Sở Khoa học và Công nghệ' };
const unitName = (code: string) => names[code];

describe('labels', () => {
  it('names unit kinds', () => {
    expect(
      ['province', 'department', 'agency', 'commune', 'ward', 'division'].map((k) => unitKindLabel(k, 'vi')),
    ).toEqual(['Tỉnh', 'Sở/ngành', 'Cơ quan', 'Xã', 'Phường', 'Phòng/đơn vị']);
    expect(unitKindLabel('commune', 'en')).toBe('Commune');
    expect(unitKindLabel('other', 'vi')).toBe('other');
  });

  it('reads unit codes and selectors', () => {
    expect(unitRefLabel('SKHCN', unitName, 'vi')).toBe('Sở Khoa học và Công nghệ');
    expect(unitRefLabel('NOPE', unitName, 'vi')).toBe('NOPE');
    expect(unitRefLabel('@so-ban-nganh', unitName, 'vi')).toBe('Các sở, ban, ngành');
    expect(unitRefLabel('@xa-phuong', unitName, 'vi')).toBe('UBND các xã, phường');
    expect(unitRefLabel('@all', unitName, 'vi')).toBe('Các sở, ban, ngành, UBND các xã, phường');
    expect(unitRefLabel('@divisions:VPUBND', unitName, 'vi')).toBe(
      'Các phòng, đơn vị thuộc Văn phòng UBND tỉnh',
    );
    expect(unitRefLabel('@divisions:VPUBND', unitName, 'en')).toBe('Divisions of Văn phòng UBND tỉnh');
  });

  it('shows targets with their comparator and the phase name', () => {
    const phases = [{ code: '2026-2027', name: 'Giai đoạn 1', fromYear: 2026, toYear: 2027 }];
    expect(targetLabel({ period: '2026', op: '>=', value: '70', text: '≥ 70%' }, '%', [])).toEqual({
      period: '2026',
      value: '≥ 70%',
    });
    expect(
      targetLabel({ period: '2026-2027', op: '=', value: '90.46', text: '90,46%' }, '%', phases),
    ).toEqual({
      period: 'Giai đoạn 1',
      value: '= 90,46%',
    });
    expect(targetLabel({ period: '2026', op: '>=', value: '5', text: '5 sản phẩm' }, 'sản phẩm', [])).toEqual(
      { period: '2026', value: '≥ 5 sản phẩm' },
    );
    expect(targetLabel({ period: '2026', text: 'Đạt cấp độ 3' }, 'cấp độ', [])).toEqual({
      period: '2026',
      value: 'Đạt cấp độ 3',
    });
  });

  it('writes a deadline as written and as read', () => {
    const lines = (text: string, lang: 'vi' | 'en' = 'vi') => deadlineLines(text, parseDeadline(text), lang);
    expect(lines('Quý II/2026')).toEqual(['Quý II/2026 → 30/06/2026']);
    expect(lines('Thường xuyên')).toEqual(['Thường xuyên']);
    expect(lines('Thường xuyên', 'en')).toEqual(['Thường xuyên → Ongoing']);
    expect(lines('Theo Quyết định giao dự toán')).toEqual(['Theo Quyết định giao dự toán → Theo sự kiện']);
    expect(lines('2026 - 2030')).toEqual(['2026 - 2030 → 31/12/2030']);
    expect(lines('- Đợt 1: Tháng 3/2026; - Các đợt tiếp theo: Khi có quy định mới của Trung ương')).toEqual([
      'Đợt 1: Tháng 3/2026 → 31/03/2026',
      'Các đợt tiếp theo: Khi có quy định mới của Trung ương → Theo sự kiện',
    ]);
    expect(deadlineLines('Tháng 6/2026', null, 'vi')).toEqual(['Tháng 6/2026']);
  });

  it('names every kind of parsed deadline', () => {
    expect(deadlineLabel(parseDeadline('Tháng 12 hằng năm'), 'vi')).toBe('Hằng năm, trước cuối tháng 12');
    expect(deadlineLabel(parseDeadline('Hằng năm'), 'vi')).toBe('Hằng năm, trước 31/12');
    expect(deadlineLabel(parseDeadline('Báo cáo: Quý, 6 tháng, năm và đột xuất'), 'vi')).toBe(
      'Định kỳ: quý, 6 tháng, năm, đột xuất',
    );
    expect(deadlineLabel(parseDeadline('(Đã thực hiện kết nối)'), 'vi')).toBe('Chưa xác định');
    expect(deadlineLabel({ kind: 'recurring', month: 3, day: 15, text: '15/3 hằng năm' }, 'en')).toBe(
      'Every year, by 15/03',
    );
  });
});
