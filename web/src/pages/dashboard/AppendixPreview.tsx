import { Table, Typography } from 'antd';
import { useWords } from './words.js';

/** The appendices of the official report model (src/exports/model.ts), as the pages read them. */
export type AppendixRow =
  | { kind: 'group'; stt: string; title: string; bold?: boolean }
  | {
      kind: 'indicator';
      stt: string;
      name: string;
      target: string;
      lead: string;
      situation: string;
      result: 'dat' | 'chua_dat' | null;
      notes: string;
    }
  | {
      kind: 'task';
      stt: string;
      name: string;
      lead: string;
      product: string | null;
      deadline: string | null;
      progress: 'done' | 'in_progress' | 'not_started' | null;
      description: string;
    };

export interface Appendix {
  kind: 'indicators' | 'tasks' | string;
  numeral: string;
  title: string;
  targetYear?: number;
  rows: AppendixRow[];
}

type Row = AppendixRow & { key: number };

/** Phụ lục I (indicators) and the tasks appendix as tables, group rows spanning the row as in seed 002. */
export function AppendixPreview({ appendix }: { appendix: Appendix }) {
  const { w } = useWords();
  const rows: Row[] = appendix.rows.map((r, key) => ({ ...r, key }));
  const span = (cols: number) => (r: Row) => ({ colSpan: r.kind === 'group' ? (cols === 0 ? 99 : 0) : 1 });
  const first = (r: Row) => (r.kind === 'group' ? <strong>{`${r.stt}. ${r.title}`}</strong> : r.stt);
  const mark = (on: boolean) => (on ? 'x' : '');
  const columns =
    appendix.kind === 'indicators'
      ? [
          { title: w('or.stt'), width: 56, render: (_: unknown, r: Row) => first(r), onCell: span(0) },
          {
            title: w('common.indicator'),
            width: 320,
            render: (_: unknown, r: Row) => (r.kind === 'indicator' ? r.name : ''),
            onCell: span(1),
          },
          {
            title: w('or.target', { year: appendix.targetYear ?? '' }),
            width: 90,
            render: (_: unknown, r: Row) => (r.kind === 'indicator' ? r.target : ''),
            onCell: span(1),
          },
          {
            title: w('or.lead'),
            width: 200,
            render: (_: unknown, r: Row) =>
              r.kind === 'indicator' ? (
                <Typography.Paragraph ellipsis={{ rows: 3, tooltip: r.lead }} style={{ margin: 0 }}>
                  {r.lead}
                </Typography.Paragraph>
              ) : (
                ''
              ),
            onCell: span(1),
          },
          {
            title: w('or.situation'),
            width: 200,
            render: (_: unknown, r: Row) => (r.kind === 'indicator' ? r.situation : ''),
            onCell: span(1),
          },
          {
            title: w('status.dat'),
            width: 60,
            align: 'center' as const,
            render: (_: unknown, r: Row) => (r.kind === 'indicator' ? mark(r.result === 'dat') : ''),
            onCell: span(1),
          },
          {
            title: w('status.chua_dat'),
            width: 70,
            align: 'center' as const,
            render: (_: unknown, r: Row) => (r.kind === 'indicator' ? mark(r.result === 'chua_dat') : ''),
            onCell: span(1),
          },
          {
            title: w('or.notes'),
            width: 160,
            render: (_: unknown, r: Row) => (r.kind === 'indicator' ? r.notes : ''),
            onCell: span(1),
          },
        ]
      : [
          { title: w('or.stt'), width: 56, render: (_: unknown, r: Row) => first(r), onCell: span(0) },
          {
            title: w('or.task'),
            width: 320,
            render: (_: unknown, r: Row) => (r.kind === 'task' ? r.name : ''),
            onCell: span(1),
          },
          {
            title: w('or.lead'),
            width: 160,
            render: (_: unknown, r: Row) => (r.kind === 'task' ? r.lead : ''),
            onCell: span(1),
          },
          {
            title: w('or.product'),
            width: 160,
            render: (_: unknown, r: Row) => (r.kind === 'task' ? (r.product ?? '') : ''),
            onCell: span(1),
          },
          {
            title: w('or.deadline'),
            width: 130,
            render: (_: unknown, r: Row) => (r.kind === 'task' ? (r.deadline ?? '') : ''),
            onCell: span(1),
          },
          {
            title: w('task.status.done'),
            width: 70,
            align: 'center' as const,
            render: (_: unknown, r: Row) => (r.kind === 'task' ? mark(r.progress === 'done') : ''),
            onCell: span(1),
          },
          {
            title: w('task.status.in_progress'),
            width: 70,
            align: 'center' as const,
            render: (_: unknown, r: Row) => (r.kind === 'task' ? mark(r.progress === 'in_progress') : ''),
            onCell: span(1),
          },
          {
            title: w('task.status.not_started'),
            width: 70,
            align: 'center' as const,
            render: (_: unknown, r: Row) => (r.kind === 'task' ? mark(r.progress === 'not_started') : ''),
            onCell: span(1),
          },
          {
            title: w('or.description'),
            width: 160,
            render: (_: unknown, r: Row) => (r.kind === 'task' ? r.description : ''),
            onCell: span(1),
          },
        ];
  return (
    <div style={{ marginBottom: 24 }} data-testid={`appendix-${appendix.kind}`}>
      <Typography.Title level={5} style={{ textAlign: 'center' }}>
        {w('or.appendix', { numeral: appendix.numeral })}: {appendix.title}
      </Typography.Title>
      <Table<Row>
        size="small"
        bordered
        rowKey="key"
        dataSource={rows}
        columns={columns}
        pagination={rows.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
        scroll={{ x: 1100 }}
      />
    </div>
  );
}
