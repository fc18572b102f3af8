import { Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/index.js';
import type { ReactNode } from 'react';
import { formatCount } from '../../format.js';
import { deadlineLines, unitRefLabel } from '../../labels.js';
import type { UnitDirectory } from '../../state/data.js';
import { useI18n } from '../../state/language.js';
import type { PlanDetail, Task } from '../../types.js';
import { type GroupedRow, withGroupRows } from './grouping.js';

type Row = GroupedRow<Task>;

/**
 * Tab "Nhiệm vụ": the plan's tasks under their appendix headings, with lead and coordinating
 * units by name (selectors by their Vietnamese label), the deadline as written and as read
 * (SPEC §7: "Quý II/2026 → 30/06/2026"), the expected product; filtered by indicator.
 */
export function TasksTab(props: {
  plan: PlanDetail;
  directory: UnitDirectory | null;
  indicator: string | null;
  onIndicatorChange(code: string | null): void;
}) {
  const { plan, directory, indicator, onIndicatorChange } = props;
  const { t, lang } = useI18n();
  const unitName = (code: string) => directory?.name(code);
  const indicatorsByCode = new Map(plan.indicators.map((i) => [i.code, i]));
  const withTasks = plan.indicators.filter((i) => plan.tasks.some((task) => task.indicator === i.code));
  const shown = indicator ? plan.tasks.filter((task) => task.indicator === indicator) : plan.tasks;

  // A heading per appendix (as printed), naming the indicator its tasks serve.
  const heading = (task: Task): string[] => {
    const served = task.indicator ? indicatorsByCode.get(task.indicator) : undefined;
    const section = task.section ?? '';
    const title = served ? `${section}${section ? ' — ' : ''}${served.code}: ${served.name}` : section;
    return [title, ...task.group].filter((part) => part !== '');
  };
  const rows = withGroupRows(shown, heading, (task) => task.code);

  const spanGroup = (first: boolean) => (row: Row) =>
    row.type === 'group'
      ? { colSpan: first ? columns.length : 0, style: { textAlign: 'left' as const } }
      : {};
  const item = (render: (task: Task) => ReactNode) => (_: unknown, row: Row) =>
    row.type === 'group' ? (
      <Typography.Text strong style={{ paddingLeft: row.depth * 16 }}>
        {row.label}
      </Typography.Text>
    ) : (
      render(row.item)
    );
  const refs = (codes: readonly string[]) => codes.map((ref) => unitRefLabel(ref, unitName, lang));

  const columns: ColumnsType<Row> = [
    {
      title: t('task.stt'),
      key: 'stt',
      width: 56,
      align: 'center',
      fixed: 'left',
      onCell: spanGroup(true),
      render: item((task) => task.stt ?? ''),
    },
    {
      title: t('task.name'),
      key: 'name',
      width: 320,
      onCell: spanGroup(false),
      render: item((task) => (
        // plain blocks, not <Space>: a flex item would not hold the paragraph to the cell's width
        <div>
          <Typography.Text strong>{task.name}</Typography.Text>
          {task.description && (
            <Typography.Paragraph
              type="secondary"
              ellipsis={{ rows: 3, expandable: true, symbol: '…' }}
              style={{ margin: '2px 0 0' }}
            >
              {task.description}
            </Typography.Paragraph>
          )}
          {task.target && (
            <Tag color="purple" style={{ marginTop: 4, whiteSpace: 'normal' }}>
              {task.target.text}
            </Tag>
          )}
        </div>
      )),
    },
    {
      title: t('task.lead'),
      key: 'lead',
      width: 170,
      onCell: spanGroup(false),
      render: item((task) => (
        <Tooltip title={task.leadText}>
          <div>
            {refs(task.lead).map((name) => (
              <div key={name}>{name}</div>
            ))}
          </div>
        </Tooltip>
      )),
    },
    {
      title: t('task.coordinators'),
      key: 'coordinators',
      width: 170,
      onCell: spanGroup(false),
      render: item((task) => {
        const names = [...refs(task.coordinators), ...task.externalParties];
        if (names.length === 0) return task.coordinatorsText ?? '—';
        return names.map((name) => <div key={name}>{name}</div>);
      }),
    },
    {
      title: t('task.deadline'),
      key: 'deadline',
      width: 190,
      onCell: spanGroup(false),
      render: item((task) => (
        <div data-testid="task-deadline">
          {deadlineLines(task.deadlineText, task.deadline, lang).map((line) => (
            <div key={line}>{line}</div>
          ))}
        </div>
      )),
    },
    {
      title: t('task.product'),
      key: 'product',
      onCell: spanGroup(false),
      render: item((task) => (
        <Typography.Paragraph ellipsis={{ rows: 4, expandable: true, symbol: '…' }} style={{ margin: 0 }}>
          {task.product ?? '—'}
        </Typography.Paragraph>
      )),
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%' }} styles={{ item: { maxWidth: '100%' } }}>
        <Select<string>
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 560, maxWidth: '100%' }}
          placeholder={t('task.filterIndicator')}
          aria-label={t('task.filterIndicator')}
          value={indicator ?? undefined}
          onChange={(value) => onIndicatorChange(value ?? null)}
          options={withTasks.map((i) => ({ value: i.code, label: `${i.code} — ${i.name}` }))}
          data-testid="task-indicator-filter"
        />
        <Typography.Text type="secondary">
          {t('task.count', { count: formatCount(shown.length) })}
        </Typography.Text>
      </Space>
      <Table<Row>
        rowKey="key"
        size="small"
        bordered
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1100 }}
        sticky={{ offsetHeader: 64 }}
        tableLayout="fixed"
        locale={{ emptyText: t('task.empty') }}
        onRow={(row) => (row.type === 'group' ? { style: { background: '#fafafa' } } : {})}
        data-testid="tasks-table"
      />
    </Space>
  );
}
