import { Alert, Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api.js';
import { LoadError } from '../../components/LoadError.js';
import { PageSpinner } from '../../components/PageSpinner.js';
import { useSession } from '../../state/session.js';
import { useServerNow } from './hooks.js';
import { ReportStatusTag, TimeLeft } from './parts.js';
import { formatInstant, periodDueIn, subjectText } from './show.js';
import type { PeriodList, ReportList, ReportSummary, ReportView } from './types.js';
import { useWords } from './words.js';

interface Loaded {
  current: ReportView | null;
  others: ReportSummary[];
}

/**
 * "Báo cáo của đơn vị", the home of a reporter and a unit head: the report due this month (opened
 * with POST /reports when it does not exist yet — idempotent), its deadline and the time left by
 * the server's clock, its status (and the comment when returned); the unit's other reports below.
 */
export function MyReportsPage() {
  const { w, lang } = useWords();
  const { me } = useSession();
  const navigate = useNavigate();
  const now = useServerNow();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const unit = me?.user.unitCode ?? '';
  const staff = (me?.roles ?? []).some((r) => r === 'reporter' || r === 'unit_head');

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger
  useEffect(() => {
    if (!staff || !unit) return;
    let live = true;
    setError(null);
    (async () => {
      const periods = await api<PeriodList>('/periods?back=0&ahead=0');
      const due = periodDueIn(Date.parse(periods.now));
      const list = await api<ReportList>(`/reports?unit=${encodeURIComponent(unit)}`);
      const existing = list.items.find((r) => r.period?.code === due);
      const current = existing
        ? await api<ReportView>(`/reports/${existing.id}`)
        : await api<ReportView>('/reports', { method: 'POST', body: { unit, period: due } });
      const others = list.items
        .filter((r) => r.id !== current.id)
        .sort((a, b) => b.deadline.localeCompare(a.deadline));
      if (live) setLoaded({ current, others });
    })().catch((reason: unknown) => live && setError(reason));
    return () => {
      live = false;
    };
  }, [unit, staff, attempt]);

  if (!staff) return <Alert type="info" showIcon message={w('mine.notStaff')} />;
  if (error) return <LoadError error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!loaded) return <PageSpinner />;
  const { current, others } = loaded;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {w('mine.title')} — {me?.unit?.name ?? unit}
      </Typography.Title>
      {current && (
        <Card
          data-testid="current-report"
          title={`${w('mine.current')}: ${subjectText(current, lang)}`}
          extra={
            <Button
              type="primary"
              onClick={() => navigate(`/reports/${current.id}`)}
              data-testid="open-current"
            >
              {w('mine.open')}
            </Button>
          }
        >
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={w('mine.deadline')}>
              {formatInstant(current.deadline)}
            </Descriptions.Item>
            <Descriptions.Item label={w('mine.status')}>
              <ReportStatusTag status={current.status} late={current.late} />
            </Descriptions.Item>
            {current.submittedAt ? (
              <Descriptions.Item label={w('mine.submittedAt')}>
                {formatInstant(current.submittedAt)}
              </Descriptions.Item>
            ) : (
              <Descriptions.Item label={w('mine.timeLeft')}>
                <TimeLeft deadline={current.deadline} now={now} />
              </Descriptions.Item>
            )}
            <Descriptions.Item label={w('mine.updated')}>
              {current.updatedBy} · {formatInstant(current.updatedAt)}
            </Descriptions.Item>
          </Descriptions>
          {current.status === 'returned' && current.returnComment && (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              message={w('mine.returnComment')}
              description={current.returnComment}
              data-testid="return-comment"
            />
          )}
        </Card>
      )}
      <Card title={w('mine.previous')}>
        <Table<ReportSummary>
          rowKey="id"
          size="small"
          dataSource={others}
          pagination={{ pageSize: 12, hideOnSinglePage: true }}
          locale={{ emptyText: w('mine.noPrevious') }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: w('mine.period'),
              key: 'subject',
              render: (_, r) => <Link to={`/reports/${r.id}`}>{subjectText(r, lang)}</Link>,
            },
            { title: w('mine.deadline'), key: 'deadline', render: (_, r) => formatInstant(r.deadline) },
            {
              title: w('mine.status'),
              key: 'status',
              render: (_, r) => <ReportStatusTag status={r.status} late={r.late} />,
            },
            {
              title: w('mine.submittedAt'),
              key: 'submittedAt',
              render: (_, r) => formatInstant(r.submittedAt),
            },
            { title: w('mine.version'), dataIndex: 'version', align: 'right' },
          ]}
        />
      </Card>
    </Space>
  );
}
