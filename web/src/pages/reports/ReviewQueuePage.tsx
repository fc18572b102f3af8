import { Card, Select, Space, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.js';
import { compareVi } from '../../format.js';
import { useApi } from '../../state/data.js';
import { ReportStatusTag } from './parts.js';
import { formatInstant, reportStatusLabel, subjectText } from './show.js';
import type { PeriodList, ReportList, ReportStatus, ReportSummary } from './types.js';
import { useWords } from './words.js';

const STATUSES: ReportStatus[] = ['submitted', 'returned', 'accepted', 'approved', 'draft'];

/**
 * "Hàng chờ duyệt": the reports asking for an indicator the aggregator tracks (GET /reports
 * ?tracked=true), submitted ones first by default; a report opens read only with Tiếp nhận / Trả lại.
 */
export function ReviewQueuePage() {
  const { w, lang } = useWords();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? '';
  const status = params.get('status') ?? 'submitted';
  const query = new URLSearchParams({ tracked: 'true' });
  if (period) query.set('period', period);
  if (status !== 'all') query.set('status', status);
  const periods = useApi<PeriodList>('/periods?back=12&ahead=0');
  const { data, error, loading, reload } = useApi<ReportList>(`/reports?${query.toString()}`);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const rows = [...(data?.items ?? [])].sort(
    (a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || compareVi(a.unit.name, b.unit.name),
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {w('queue.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{w('queue.hint')}</Typography.Text>
      <Space wrap>
        <Select
          data-testid="queue-period"
          style={{ minWidth: 200 }}
          value={period}
          onChange={(v) => set('period', v)}
          options={[
            { value: '', label: w('queue.allPeriods') },
            ...(periods.data?.items ?? []).map((p) => ({
              value: p.code,
              label: lang === 'en' ? p.labelEn : p.label,
            })),
          ]}
        />
        <Select
          data-testid="queue-status"
          style={{ minWidth: 200 }}
          value={status}
          onChange={(v) => set('status', v)}
          options={[
            { value: 'all', label: w('queue.allStatuses') },
            ...STATUSES.map((s) => ({ value: s, label: reportStatusLabel(s, lang) })),
          ]}
        />
      </Space>
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<ReportSummary>
            rowKey="id"
            size="middle"
            loading={loading}
            dataSource={rows}
            pagination={{ pageSize: 25, hideOnSinglePage: true }}
            locale={{ emptyText: w('queue.empty') }}
            scroll={{ x: 'max-content' }}
            data-testid="queue-table"
            columns={[
              {
                title: w('queue.unit'),
                key: 'unit',
                render: (_, r) => (
                  <Link to={`/reports/${r.id}`} data-testid={`queue-open-${r.unit.code}`}>
                    {r.unit.name}
                  </Link>
                ),
              },
              { title: w('queue.subject'), key: 'subject', render: (_, r) => subjectText(r, lang) },
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
              { title: w('mine.deadline'), key: 'deadline', render: (_, r) => formatInstant(r.deadline) },
              { title: w('mine.version'), dataIndex: 'version', align: 'right' },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
