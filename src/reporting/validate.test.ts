import { describe, expect, it } from 'vitest';
import { emptyContent, type FormIndicator, type ReportForm, reportContentSchema } from './content.js';
import { evaluateEntry, validateReport } from './validate.js';

const ratio: FormIndicator = {
  code: 'T26-01',
  name: 'Tỷ lệ văn bản xử lý toàn trình',
  kind: 'ratio',
  unitOfMeasure: '%',
  target: { op: '>=', value: '70', text: '≥ 70%' },
  manual: false,
  trackingUnitCode: 'SKHCN',
};
const count: FormIndicator = {
  ...ratio,
  code: 'T26-09',
  name: 'Sản phẩm thương mại hóa',
  kind: 'count',
  unitOfMeasure: 'sản phẩm',
  target: { op: '>=', value: '5', text: '05' },
};
const form: ReportForm = {
  year: 2026,
  indicators: [ratio, count],
  leadTasks: [{ code: 'KH000-II-1', name: 'Ban hành kế hoạch', deadlineText: 'Quý II/2026', product: null }],
  coordinatedTasks: [],
};

const withValues = (patch: Record<string, unknown>[]) => {
  const content = emptyContent(form);
  return reportContentSchema.parse({ ...content, indicators: patch });
};

describe('validateReport — as typed', () => {
  it('refuses a > b, fractions, negatives and b = 0 with messages naming the indicator', () => {
    const issues = validateReport(
      form,
      withValues([
        { code: 'T26-01', a: 120, b: 100 },
        { code: 'T26-09', value: 1.5 },
      ]),
      { forSubmit: false },
    );
    expect(issues.map((i) => [i.path, i.code, i.message])).toEqual([
      [
        'indicators.T26-01.a',
        'a_above_b',
        'Chỉ tiêu T26-01 "Tỷ lệ văn bản xử lý toàn trình": tử số a (120) không được lớn hơn mẫu số b (100).',
      ],
      [
        'indicators.T26-09.value',
        'not_whole',
        'Chỉ tiêu T26-09 "Sản phẩm thương mại hóa": giá trị phải là số nguyên không âm (đang nhập 1.5).',
      ],
    ]);
    expect(
      validateReport(form, withValues([{ code: 'T26-01', a: 0, b: 0 }]), { forSubmit: false }).map(
        (i) => i.code,
      ),
    ).toEqual(['zero_denominator']);
    expect(
      validateReport(form, withValues([{ code: 'T26-01', a: -1, b: 4 }]), { forSubmit: false }).map(
        (i) => i.code,
      ),
    ).toEqual(['not_whole']);
    expect(
      validateReport(form, withValues([{ code: 'X-1', a: 1, b: 4 }]), { forSubmit: false }).map(
        (i) => i.message,
      ),
    ).toEqual(['Chỉ tiêu X-1 không thuộc báo cáo này.']);
  });

  it('lets an incomplete draft be saved', () => {
    expect(validateReport(form, emptyContent(form), { forSubmit: false })).toEqual([]);
  });
});

describe('validateReport — before submission', () => {
  it('asks for values, provenance, causes of what is not achieved, task status and completion date', () => {
    const content = reportContentSchema.parse({
      indicators: [
        { code: 'T26-01', a: 60, b: 100, provenance: { kind: 'manual', reason: '' } },
        { code: 'T26-09', value: 5, provenance: { kind: 'manual', reason: 'Không có hệ thống' } },
      ],
      tasks: [{ code: 'KH000-II-1', status: 'done', progress: 'Đã ban hành' }],
    });
    expect(validateReport(form, content, { forSubmit: true }).map((i) => i.path)).toEqual([
      'indicators.T26-01.provenance.reason',
      'indicators.T26-01.causes.subjective',
      'indicators.T26-01.causes.objective',
      'indicators.T26-01.causes.remedies',
      'indicators.T26-01.causes.nextSteps',
      'tasks.KH000-II-1.completedOn',
    ]);
    const messages = validateReport(form, content, { forSubmit: true }).map((i) => i.message);
    expect(messages[1]).toBe(
      'Chỉ tiêu T26-01 "Tỷ lệ văn bản xử lý toàn trình": chưa đạt — cần nêu nguyên nhân chủ quan.',
    );
    expect(messages[5]).toBe(
      'Nhiệm vụ KH000-II-1 "Ban hành kế hoạch": đã hoàn thành — cần nhập ngày hoàn thành.',
    );
  });

  it('finds nothing in a complete report; an achieved value needs no causes', () => {
    const content = reportContentSchema.parse({
      indicators: [
        { code: 'T26-01', a: 70, b: 100, provenance: { kind: 'manual', reason: 'Chưa có trích xuất' } },
        { code: 'T26-09', value: 5, provenance: { kind: 'manual', reason: 'Báo cáo của đơn vị' } },
      ],
      tasks: [
        {
          code: 'KH000-II-1',
          status: 'done',
          progress: 'Đã ban hành',
          completedOn: '2026-01-07',
          evidence: [{ number: 'Kế hoạch số 03/KH-VPUB', date: '2026-01-07' }],
        },
      ],
    });
    expect(validateReport(form, content, { forSubmit: true })).toEqual([]);
  });

  it('names missing values and bad dates', () => {
    const content = reportContentSchema.parse({
      tasks: [{ code: 'KH000-II-1', status: 'in_progress', progress: 'x', completedOn: '2026-02-30' }],
    });
    expect(validateReport(form, content, { forSubmit: true }).map((i) => [i.path, i.severity])).toEqual([
      ['indicators.T26-01.value', 'incomplete'],
      ['indicators.T26-09.value', 'incomplete'],
      ['tasks.KH000-II-1.completedOn', 'invalid'],
    ]);
  });
});

describe('evaluateEntry', () => {
  it('judges exactly at the target, on the unit or indicator target', () => {
    const entry = (a: number, b: number) =>
      reportContentSchema.parse({ indicators: [{ code: 'T26-01', a, b }] }).indicators[0];
    expect(evaluateEntry(ratio, entry(70, 100)).status).toBe('dat');
    expect(evaluateEntry(ratio, entry(6999, 10000)).status).toBe('chua_dat');
    expect(evaluateEntry({ ...ratio, target: null }, entry(1, 2)).status).toBe('chua_danh_gia');
    expect(evaluateEntry(ratio, undefined).reasonCode).toBe('no_data');
  });
});
