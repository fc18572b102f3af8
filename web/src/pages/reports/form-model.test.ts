import { describe, expect, it } from 'vitest';
import {
  groupIndicators,
  issuesUnder,
  updateContribution,
  updateIndicator,
  updateTask,
} from './form-model.js';
import type { FormIndicator, ReportContent } from './types.js';

const ind = (code: string): FormIndicator => ({
  code,
  name: code,
  kind: 'ratio',
  unitOfMeasure: '%',
  target: null,
  manual: true,
  trackingUnitCode: 'SKHCN',
});
const content: ReportContent = {
  indicators: [
    {
      code: 'A',
      a: 1,
      b: 2,
      value: null,
      text: null,
      provenance: null,
      notes: '',
      causes: { subjective: '', objective: '', remedies: '', nextSteps: '' },
    },
  ],
  tasks: [],
  contributions: [],
  difficulties: '',
  recommendations: '',
};

describe('report form model', () => {
  it('groups indicators by plan and first group, in the form’s order, unknown ones last', () => {
    const places = new Map([
      ['A', { plan: '000', group: ['I. Chuyển đổi số'] }],
      ['B', { plan: '003', group: [] }],
      ['C', { plan: '000', group: ['I. Chuyển đổi số', '1.'] }],
    ]);
    const groups = groupIndicators(
      [ind('A'), ind('B'), ind('X'), ind('C')],
      places,
      (p) => `KH ${p}`,
      'Khác',
    );
    expect(groups.map((g) => [g.plan, g.title, g.indicators.map((i) => i.code)])).toEqual([
      ['KH 000', 'I. Chuyển đổi số', ['A', 'C']],
      ['KH 003', '', ['B']],
      ['Khác', '', ['X']],
    ]);
  });
  it('changes one entry and adds a missing one, leaving the rest as they were', () => {
    const next = updateIndicator(content, 'A', (e) => ({ ...e, a: 5 }));
    expect(next.indicators[0]?.a).toBe(5);
    expect(content.indicators[0]?.a).toBe(1);
    const added = updateIndicator(content, 'B', (e) => ({ ...e, value: 3 }));
    expect(added.indicators.map((e) => [e.code, e.value])).toEqual([
      ['A', null],
      ['B', 3],
    ]);
    const task = updateTask(content, 'K1', (e) => ({ ...e, status: 'done' }));
    expect(task.tasks).toEqual([
      { code: 'K1', status: 'done', progress: '', evidence: [], attachments: [], completedOn: null },
    ]);
    expect(updateContribution(content, 'K2', 'phối hợp').contributions).toEqual([
      { taskCode: 'K2', text: 'phối hợp' },
    ]);
  });
  it('finds the issues of one entry by path', () => {
    const issue = (path: string) => ({
      severity: 'invalid' as const,
      path,
      code: 'x',
      message: path,
      messageEn: path,
    });
    const issues = [issue('indicators.A.a'), issue('indicators.AB.a'), issue('indicators.A')];
    expect(issuesUnder(issues, 'indicators.A').map((i) => i.path)).toEqual([
      'indicators.A.a',
      'indicators.A',
    ]);
  });
});
