import { Alert, Card, Col, Empty, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.js';
import { useApi } from '../../state/data.js';
import { TimelinessBars } from './charts.js';
import { IndicatorCard } from './IndicatorCard.js';
import { apiQuery, Filters, useQueryState } from './parts.js';
import { dayVi, percentVi, periodLabel } from './show.js';
import type { Dashboard } from './types.js';
import { useWords } from './words.js';

/** "Bảng điều khiển" (issue 5 §1, SPEC §8): where the province (or a unit) stands and who is behind. */
export function DashboardPage() {
  const { w, lang } = useWords();
  const q = useQueryState();
  const period = q.get('period');
  const unit = q.get('unit');
  const { data, error, loading, reload } = useApi<Dashboard>(`/dashboard${apiQuery({ period, unit })}`);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="dashboard-page">
      <Card size="small">
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space direction="vertical" size={0}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {w('dash.title')}
            </Typography.Title>
            {data && (
              <Typography.Text type="secondary">
                {data.unit.name} · {periodLabel(data.period, lang)} ·{' '}
                {w('common.asOf', { date: dayVi(data.asOf) })}
              </Typography.Text>
            )}
          </Space>
          <Filters shownPeriod={data?.period} />
        </Space>
      </Card>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {loading && (
        <Alert type="info" showIcon message={w('dash.computing')} data-testid="dashboard-loading" />
      )}
      {data && !error && (
        <>
          <SummaryCards data={data} />
          <Typography.Title level={4} style={{ margin: 0 }}>
            {w('dash.indicators')}
          </Typography.Title>
          {data.indicators.length === 0 ? (
            <Empty description={w('dash.noIndicators')} />
          ) : (
            <Row gutter={[12, 12]}>
              {data.indicators.map((item) => (
                <Col key={item.indicator} xs={24} lg={12} xxl={8}>
                  <IndicatorCard item={item} period={data.period} />
                </Col>
              ))}
            </Row>
          )}
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={12}>
              <TimelinessCard data={data} />
            </Col>
            <Col xs={24} xl={12}>
              <FlagsCard data={data} />
            </Col>
          </Row>
          <OverdueCard data={data} />
        </>
      )}
    </Space>
  );
}

function SummaryCards({ data }: { data: Dashboard }) {
  const { w } = useWords();
  const t = data.timeliness;
  const cards = [
    {
      key: 'dat',
      title: w('dash.cardDat'),
      value: data.counts.dat,
      color: '#389e0d',
      note: w('dash.ofTotal', { total: data.counts.total }),
    },
    {
      key: 'chua_dat',
      title: w('dash.cardChuaDat'),
      value: data.counts.chua_dat,
      color: '#cf1322',
      note: w('dash.ofTotal', { total: data.counts.total }),
    },
    {
      key: 'chua_danh_gia',
      title: w('dash.cardChuaDanhGia'),
      value: data.counts.chua_danh_gia,
      color: '#8c8c8c',
      note: w('dash.ofTotal', { total: data.counts.total }),
    },
    {
      key: 'on_time',
      title: w('dash.cardOnTime'),
      value: t.onTimeRate === null ? '—' : percentVi(t.onTimeRate),
      color: '#0b5cad',
      note: `${t.onTime}/${t.expected} · ${t.label}`,
    },
    {
      key: 'overdue',
      title: w('dash.cardOverdue'),
      value: data.tasks.byTiming.overdue,
      color: '#d46b08',
      note: `${data.tasks.tasks} ${w('menu.tasks').toLowerCase()}`,
    },
    {
      key: 'flags',
      title: w('dash.cardFlags'),
      value: data.flags.total,
      color: '#d48806',
      note:
        Object.keys(data.flags.byCode)
          .map((c) => w(`flag.${c}`))
          .join(', ') || w('common.none'),
    },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="summary-cards">
      {cards.map((c) => (
        <Col key={c.key} xs={12} md={8} xl={4}>
          <Card size="small" data-testid={`summary-${c.key}`} style={{ height: '100%' }}>
            <Statistic
              title={c.title}
              value={c.value}
              valueStyle={{ color: c.color, fontWeight: 600 }}
              groupSeparator="."
              decimalSeparator=","
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.note}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function TimelinessCard({ data }: { data: Dashboard }) {
  const { w, lang } = useWords();
  const t = data.timeliness;
  return (
    <Card
      size="small"
      title={`${w('dash.timeliness')} — ${t.label}`}
      style={{ height: '100%' }}
      data-testid="timeliness-card"
    >
      <Space wrap size={16}>
        <Statistic title={w('dash.expected')} value={t.expected} groupSeparator="." />
        <Statistic title={w('dash.submitted')} value={t.submitted} groupSeparator="." />
        <Statistic
          title={w('dash.onTime')}
          value={t.onTime}
          groupSeparator="."
          valueStyle={{ color: '#389e0d' }}
        />
        <Statistic
          title={w('dash.late')}
          value={t.late}
          groupSeparator="."
          valueStyle={{ color: '#d46b08' }}
        />
        <Statistic
          title={w('dash.missing')}
          value={t.missing}
          groupSeparator="."
          valueStyle={{ color: '#8c8c8c' }}
        />
      </Space>
      <div>
        <Typography.Text type="secondary">
          {w('dash.deadline')}: {t.deadlineLabel}
        </Typography.Text>
      </div>
      {t.history && t.history.length > 0 && (
        <TimelinessBars
          history={t.history}
          lang={lang}
          names={{ onTime: w('dash.onTime'), late: w('dash.late'), missing: w('dash.missing') }}
        />
      )}
      <Link to={`/reports/timeliness?period=${data.period}`}>{w('dash.timeliness')} →</Link>
    </Card>
  );
}

function FlagsCard({ data }: { data: Dashboard }) {
  const { w, lang } = useWords();
  return (
    <Card
      size="small"
      title={`${w('dash.flags')} (${data.flags.total})`}
      style={{ height: '100%' }}
      data-testid="flags-card"
    >
      <Space wrap style={{ marginBottom: 8 }}>
        {Object.entries(data.flags.byCode).map(([code, n]) => (
          <Tag key={code} color="orange" data-flag={code}>
            {w(`flag.${code}`)}: {n}
          </Tag>
        ))}
      </Space>
      <Table
        size="small"
        rowKey={(r) => `${r.indicator}|${r.unit}|${r.scope}|${r.code}`}
        dataSource={data.flags.items}
        pagination={
          data.flags.items.length > 6 ? { pageSize: 6, size: 'small', showSizeChanger: false } : false
        }
        scroll={{ x: 480 }}
        columns={[
          { title: w('common.unit'), dataIndex: 'unitName' },
          {
            title: w('common.indicator'),
            dataIndex: 'indicator',
            render: (code: string, r) => <span title={r.indicatorName}>{code}</span>,
          },
          {
            title: '',
            dataIndex: 'message',
            render: (_: string, r) => (lang === 'en' ? r.messageEn : r.message),
          },
        ]}
      />
      <Link to={`/data/flags?period=${data.period}`}>{w('dash.flags')} →</Link>
    </Card>
  );
}

function OverdueCard({ data }: { data: Dashboard }) {
  const { w } = useWords();
  const rows = data.tasks.overdue;
  return (
    <Card
      size="small"
      title={`${w('dash.overdueTasks')} (${data.tasks.byTiming.overdue})`}
      extra={<Link to="/dashboard/tasks?timing=overdue">{w('tasks.title')} →</Link>}
      data-testid="overdue-card"
    >
      <Table
        size="small"
        rowKey={(r) => `${r.code}|${r.lead.unit}`}
        dataSource={rows}
        pagination={rows.length > 8 ? { pageSize: 8, size: 'small', showSizeChanger: false } : false}
        scroll={{ x: 640 }}
        columns={[
          {
            title: w('menu.tasks'),
            dataIndex: 'name',
            render: (name: string) => (
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: name }} style={{ margin: 0 }}>
                {name}
              </Typography.Paragraph>
            ),
          },
          { title: w('tasks.lead'), dataIndex: ['lead', 'unitName'], width: 200 },
          {
            title: w('tasks.deadline'),
            dataIndex: 'deadlineText',
            width: 200,
            render: (text: string | null, r) => (
              <span>
                {text ?? '—'}
                {r.dueOn && <Typography.Text type="secondary"> → {dayVi(r.dueOn)}</Typography.Text>}
              </span>
            ),
          },
          { title: w('common.status'), dataIndex: ['lead', 'statusLabel'], width: 130 },
        ]}
      />
    </Card>
  );
}
