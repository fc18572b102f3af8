import { Card, Col, Row, Segmented, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { LoadError } from '../../components/LoadError.js';
import { useApi } from '../../state/data.js';
import { UnitPicker } from '../data/parts.js';
import { apiQuery, useQueryState } from './parts.js';
import { dayVi } from './show.js';
import type { TaskCounts, TaskRow, Timing } from './types.js';
import { useWords } from './words.js';

interface TaskBoard {
  period: string;
  asOf: string;
  counts: TaskCounts & { byPlan: { plan: string; title: string; tasks: number }[] };
  overdueByUnit: { unit: string; unitName: string; overdue: number }[];
  items: TaskRow[];
}

const STATUSES = ['done', 'in_progress', 'not_started', 'not_reported'] as const;
const TIMINGS: Timing[] = ['overdue', 'done_late', 'on_track', 'done_on_time', 'no_deadline'];
const TIMING_COLOUR: Record<Timing, string> = {
  overdue: 'red',
  done_late: 'orange',
  on_track: 'blue',
  done_on_time: 'green',
  no_deadline: 'default',
};

/** "Nhiệm vụ": the tasks by status, lead unit, overdue and done late, with filters and counts. */
export function TaskBoardPage() {
  const { w } = useWords();
  const q = useQueryState();
  const filters = {
    plan: q.get('plan'),
    unit: q.get('unit'),
    status: q.get('status'),
    timing: q.get('timing'),
  };
  const { data, error, loading, reload } = useApi<TaskBoard>(`/taskboard${apiQuery(filters)}`);
  const groupBy = q.get('group') === 'status' ? 'status' : 'timing';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="taskboard-page">
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {w('tasks.title')}
          </Typography.Title>
          <Space wrap>
            <Select
              allowClear
              placeholder={w('tasks.plan')}
              style={{ minWidth: 220 }}
              value={filters.plan}
              onChange={(plan?: string) => q.set({ plan })}
              options={(data?.counts.byPlan ?? []).map((p) => ({
                value: p.plan,
                label: `${p.plan} (${p.tasks})`,
              }))}
            />
            <UnitPicker value={filters.unit} onChange={(unit) => q.set({ unit })} />
            <Select
              allowClear
              placeholder={w('tasks.byStatus')}
              style={{ minWidth: 170 }}
              value={filters.status}
              onChange={(status?: string) => q.set({ status })}
              options={STATUSES.map((s) => ({ value: s, label: w(`task.status.${s}`) }))}
            />
            <Select
              allowClear
              placeholder={w('tasks.byTiming')}
              style={{ minWidth: 190 }}
              value={filters.timing}
              onChange={(timing?: string) => q.set({ timing })}
              options={TIMINGS.map((t) => ({ value: t, label: w(`task.timing.${t}`) }))}
            />
          </Space>
        </Space>
      </Card>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {loading && !data && <Card loading />}
      {data && (
        <>
          <Typography.Text type="secondary">
            {w('tasks.leadEntries', { tasks: data.counts.tasks, entries: data.counts.leadEntries })}
          </Typography.Text>
          <Row gutter={[12, 12]}>
            {STATUSES.map((s) => (
              <Col key={s} xs={12} md={6}>
                <Card size="small" data-testid={`count-${s}`}>
                  <Statistic
                    title={w(`task.status.${s}`)}
                    value={data.counts.byStatus[s]}
                    groupSeparator="."
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Card
            size="small"
            title={w('tasks.groupBy')}
            extra={
              <Segmented
                value={groupBy}
                onChange={(g) => q.set({ group: g === 'status' ? 'status' : undefined })}
                options={[
                  { value: 'timing', label: w('tasks.byTiming') },
                  { value: 'status', label: w('tasks.byStatus') },
                ]}
              />
            }
          >
            <Row gutter={[12, 12]} wrap>
              {(groupBy === 'timing' ? TIMINGS : STATUSES).map((key) => {
                const rows = data.items.filter((t) =>
                  groupBy === 'timing' ? t.timing === key : (t.status ?? 'not_reported') === key,
                );
                const label = groupBy === 'timing' ? w(`task.timing.${key}`) : w(`task.status.${key}`);
                return (
                  <Col key={key} xs={24} md={12} xl={groupBy === 'timing' ? 8 : 6}>
                    <Card
                      size="small"
                      type="inner"
                      data-testid={`column-${key}`}
                      title={
                        <Space>
                          <Tag color={TIMING_COLOUR[key as Timing] ?? 'default'}>{label}</Tag>
                          <span>{rows.length}</span>
                        </Space>
                      }
                      styles={{ body: { maxHeight: 420, overflowY: 'auto', padding: 8 } }}
                    >
                      {rows.length === 0 ? (
                        <Typography.Text type="secondary">{w('common.none')}</Typography.Text>
                      ) : (
                        rows.map((t) => <TaskItem key={t.code} task={t} />)
                      )}
                    </Card>
                  </Col>
                );
              })}
            </Row>
          </Card>
          <Card size="small" title={w('tasks.overdueByUnit')}>
            <Table
              size="small"
              rowKey="unit"
              dataSource={data.overdueByUnit.filter((u) => u.overdue > 0)}
              pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
              columns={[
                { title: w('common.unit'), dataIndex: 'unitName' },
                {
                  title: w('task.timing.overdue'),
                  dataIndex: 'overdue',
                  width: 120,
                  align: 'right',
                  defaultSortOrder: 'descend',
                  sorter: (a: { overdue: number }, b: { overdue: number }) => a.overdue - b.overdue,
                },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}

function TaskItem({ task }: { task: TaskRow }) {
  const { w } = useWords();
  const late = task.leads.filter((l) => l.timing === 'overdue' || l.timing === 'done_late');
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="task-item">
      <Typography.Paragraph ellipsis={{ rows: 3, tooltip: task.name }} style={{ marginBottom: 4 }}>
        <Tag>{task.planCode}</Tag>
        {task.name}
      </Typography.Paragraph>
      <div style={{ fontSize: 12 }}>
        <div>
          <Typography.Text type="secondary">{w('tasks.lead')}: </Typography.Text>
          {task.leadText}
        </div>
        <div>
          <Typography.Text type="secondary">{w('tasks.deadline')}: </Typography.Text>
          {task.deadlineText ?? '—'}
          {task.dueOn && ` → ${dayVi(task.dueOn)}`}
        </div>
        {late.length > 0 && (
          <div>
            <Typography.Text type="danger">
              {late
                .slice(0, 3)
                .map((l) => l.unitName)
                .join(', ')}
              {late.length > 3 ? ` ${w('tasks.more', { count: late.length - 3 })}` : ''}
            </Typography.Text>
          </div>
        )}
      </div>
    </Card>
  );
}
