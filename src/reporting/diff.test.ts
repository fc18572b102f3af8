import { describe, expect, it } from 'vitest';
import { diffContent } from './diff.js';

describe('diffContent', () => {
  it('lists changed fields by code, with before and after', () => {
    const v1 = {
      indicators: [
        { code: 'T26-01', a: 60, b: 100, notes: '' },
        { code: 'T26-09', value: 2 },
      ],
      difficulties: 'A',
      tasks: [],
    };
    const v2 = {
      indicators: [
        { code: 'T26-09', value: 3 },
        { code: 'T26-01', a: 60, b: 90, notes: 'sửa' },
      ],
      difficulties: 'A',
      tasks: [],
    };
    expect(diffContent(v1, v2)).toEqual([
      { path: 'indicators.T26-01.b', before: 100, after: 90 },
      { path: 'indicators.T26-01.notes', before: '', after: 'sửa' },
      { path: 'indicators.T26-09.value', before: 2, after: 3 },
    ]);
  });
  it('sees added entries and whole lists of plain values', () => {
    expect(
      diffContent({ tasks: [] }, { tasks: [{ code: 'K1', status: 'done', attachments: [1, 2] }] }),
    ).toEqual([
      { path: 'tasks.K1.status', before: null, after: 'done' },
      { path: 'tasks.K1.attachments', before: null, after: [1, 2] },
    ]);
    expect(diffContent({ tasks: [{ code: 'K1', status: 'done' }] }, { tasks: [] })).toEqual([
      { path: 'tasks.K1.status', before: 'done', after: null },
    ]);
  });
});
