import { Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.js';
import { useApi } from '../../state/data.js';
import { apiQuery, Filters, StatusTag, useQueryState, ValueLink } from './parts.js';
import { dayVi, periodLabel } from './show.js';
import type { Counts, FlagSummary, ResultView, Status, TaskCounts, TaskRow } from './types.js';
import { useWords } from './words.js';

interface ScoreIndicator {
  code: string;
  name: string;
  stt: string;
  computation: string | null;
  manual: boolean;
  target: { text: string } | null;
  ownTarget: boolean;
  valueText: string;
  situationText: string;
  status: Status;
  reason: string | null;
  result: ResultView | null;
}
interface Scorecard {
  period: string;
  asOf: string;
  unit: { code: string; name: string; kind: string; parentCode: string | null };
  counts: Counts;
  indicators: ScoreIndicator[];
  tasks: TaskCounts & { items: TaskRow[] };
  timeliness: {
    period: string;
    label: string;
    deadlineLabel: string;
    status: 'on_time' | 'late' | 'missing' | null;
    submittedAt: string | null;
  }[];
  flags: FlagSummary;
}

const TL_COLOUR = { on_time: 'green', late: 'orange', missing: 'red' } as const;

/** "Thẻ điểm đơn vị": one unit's indicators against its own targets, its tasks, its reports. */
export function ScorecardPage() {
  const { w, lang } = useWords();
  const { code = '' } = useParams();
  const q = useQueryState();
  const { data, error, loading, reload } = useApi<Scorecard>(
    `/units/${encodeURIComponent(code)}/scorecard${apiQuery({ period: q.get('period') })}`,
  );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="scorecard-page">
      <Card size="small">
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space direction="vertical" size={0}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {w('sc.title')}: {data?.unit.name ?? code}
            </Typography.Title>
            {data && (
              <Typography.Text type="secondary">
                {periodLabel(data.period, lang)} · {w('common.asOf', { date: dayVi(data.asOf) })} ·{' '}
                <Link to={`/dashboard?unit=${encodeURIComponent(data.unit.code)}&period=${data.period}`}>
                  {w('menu.dashboard')}
                </Link>
              </Typography.Text>
            )}
          </Space>
          <Filters shownPeriod={data?.period} withUnit={false} />
        </Space>
      </Card>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {loading && !data && <Card loading />}
      {data && (
        <>
          <Row gutter={[12, 12]}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={w('dash.cardDat')}
                  value={data.counts.dat}
                  valueStyle={{ color: '#389e0d' }}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={w('dash.cardChuaDat')}
                  value={data.counts.chua_dat}
                  valueStyle={{ color: '#cf1322' }}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={w('dash.cardChuaDanhGia')} value={data.counts.chua_danh_gia} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={w('dash.cardOverdue')}
                  value={data.tasks.byTiming.overdue}
                  valueStyle={{ color: '#d46b08' }}
                />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={w('sc.timeliness12')}>
            <Space wrap size={4}>
              {data.timeliness.map((t) => (
                <Tag
                  key={t.period}
                  color={t.status ? TL_COLOUR[t.status] : 'default'}
                  title={t.deadlineLabel}
                >
                  {t.label}: {t.status ? w(`dash.${t.status === 'on_time' ? 'onTime' : t.status}`) : '—'}
                </Tag>
              ))}
            </Space>
          </Card>
          <Card size="small" title={`${w('dash.indicators')} (${data.counts.total})`}>
            <Table<ScoreIndicator>
              data-testid="scorecard-indicators"
              size="small"
              rowKey="code"
              dataSource={data.indicators}
              scroll={{ x: 800 }}
              pagination={{ pageSize: 25, showSizeChanger: false, hideOnSinglePage: true }}
              columns={[
                {
                  title: w('common.indicator'),
                  dataIndex: 'name',
                  render: (name: string, r) => (
                    <Space direction="vertical" size={0}>
                      <Link
                        to={`/dashboard/indicators/${encodeURIComponent(r.computation ?? r.code)}?period=${data.period}&unit=${data.unit.code}`}
                      >
                        {name}
                      </Link>
                      <Space size={4}>
                        <Tag>{r.code}</Tag>
                        {r.manual && <Tag color="purple">{w('common.manual')}</Tag>}
                      </Space>
                    </Space>
                  ),
                },
                {
                  title: w('common.target'),
                  width: 120,
                  render: (_: unknown, r) => (
                    <span title={r.ownTarget ? w('sc.ownTarget') : undefined}>
                      {r.target?.text ?? '—'}
                      {r.ownTarget ? ' *' : ''}
                    </span>
                  ),
                },
                {
                  title: w('common.value'),
                  width: 220,
                  render: (_: unknown, r) => (
                    <ValueLink records={r.result?.records}>{r.situationText}</ValueLink>
                  ),
                },
                {
                  title: w('common.status'),
                  width: 130,
                  dataIndex: 'status',
                  sorter: (a, b) => a.status.localeCompare(b.status),
                  render: (s: Status, r) => <StatusTag status={s} reason={r.reason} />,
                },
              ]}
            />
          </Card>
          <Card size="small" title={`${w('sc.tasks')} (${data.tasks.tasks})`}>
            <Table<TaskRow>
              size="small"
              rowKey="code"
              dataSource={data.tasks.items}
              scroll={{ x: 800 }}
              pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
              columns={[
                {
                  title: w('menu.tasks'),
                  dataIndex: 'name',
                  render: (n: string) => (
                    <Typography.Paragraph ellipsis={{ rows: 2, tooltip: n }} style={{ margin: 0 }}>
                      {n}
                    </Typography.Paragraph>
                  ),
                },
                {
                  title: w('tasks.deadline'),
                  width: 220,
                  render: (_: unknown, r) => (
                    <span>
                      {r.deadlineText ?? '—'}
                      {r.dueOn && <Typography.Text type="secondary"> → {dayVi(r.dueOn)}</Typography.Text>}
                    </span>
                  ),
                },
                {
                  title: w('common.status'),
                  width: 140,
                  render: (_: unknown, r) => r.leads[0]?.statusLabel ?? '—',
                },
                {
                  title: w('tasks.byTiming'),
                  width: 150,
                  render: (_: unknown, r) => (
                    <Tag color={r.timing === 'overdue' || r.timing === 'done_late' ? 'red' : 'default'}>
                      {w(`task.timing.${r.timing}`)}
                    </Tag>
                  ),
                },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
