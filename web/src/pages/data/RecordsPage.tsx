import { Card, Descriptions, Segmented, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.js';
import { formatCount } from '../../format.js';
import { sourceLabel } from '../../labels.js';
import { useApi } from '../../state/data.js';
import { FlagTags, indicatorName, StatusTag, useUnitName } from './parts.js';
import { instantVi, valueText } from './show.js';
import type { RecordRow, RecordsPage as RecordsData } from './types.js';
import { useWords } from './words.js';

const PLACE_COLOUR: Record<RecordRow['category'], string> = {
  in_a: 'green',
  in_b: 'default',
  excluded: 'red',
};
const PAGE_SIZE = 50;

/** "Hồ sơ gốc": the records behind one number, paged, filterable, each with its reason (SPEC §6.5). */
export function RecordsPage() {
  const { w, lang } = useWords();
  const [params, setParams] = useSearchParams();
  const unitName = useUnitName();
  const filter = params.get('filter') ?? 'all';
  const page = Number(params.get('page') ?? '1');
  const query = new URLSearchParams();
  for (const key of ['period', 'unit', 'indicator', 'scope', 'source', 'rule']) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  query.set('filter', filter);
  query.set('page', String(page));
  query.set('pageSize', String(PAGE_SIZE));
  const { data, error, loading, reload } = useApi<RecordsData>(`/results/records?${query.toString()}`);
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };
  const result = data?.result;

  return (
    <Card
      title={
        <Space direction="vertical" size={0}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {w('records.title')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {params.get('indicator')} — {indicatorName(params.get('indicator') ?? '')} ·{' '}
            {unitName(params.get('unit') ?? '')} · {w(`scope.${params.get('scope') ?? 'month'}`)}{' '}
            {params.get('period')}
          </Typography.Text>
        </Space>
      }
      extra={<Link to={`/data/results?period=${params.get('period') ?? ''}`}>{w('records.back')}</Link>}
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {data && (
            <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} data-testid="records-summary">
              <Descriptions.Item label={w('records.source')}>
                {data.source ? `${sourceLabel(data.source, lang)} (${data.source})` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={w('results.value')}>
                {result ? (
                  <Space>
                    <strong>{valueText(result.indicator, result.value)}</strong>
                    {result.a !== null &&
                      result.b !== null &&
                      `(${formatCount(result.a)} / ${formatCount(result.b)})`}
                    <StatusTag status={result.status} />
                  </Space>
                ) : (
                  '—'
                )}
              </Descriptions.Item>
              <Descriptions.Item label={w('results.flags')}>
                {result ? <FlagTags flags={result.flags} /> : '—'}
              </Descriptions.Item>
              <Descriptions.Item label="Σ" span={3}>
                <span data-testid="records-sum">
                  {w('records.sum', { a: formatCount(data.totals.a), b: formatCount(data.totals.b) })}
                </span>
              </Descriptions.Item>
            </Descriptions>
          )}
          <Segmented
            data-testid="records-filter"
            value={filter}
            onChange={(v) => set({ filter: String(v), page: undefined, rule: undefined })}
            options={(['all', 'in_a', 'in_b', 'excluded'] as const).map((f) => ({
              value: f,
              label: `${w(`records.filter.${f}`)}${data && f !== 'all' ? ` (${formatCount(data.totals.counts[f] ?? 0)})` : ''}`,
            }))}
          />
          {data && Object.keys(data.totals.rules).length > 0 && (
            <Space wrap>
              {Object.entries(data.totals.rules).map(([rule, n]) => (
                <Tag.CheckableTag
                  key={rule}
                  checked={params.get('rule') === rule}
                  onChange={(on) =>
                    set({ rule: on ? rule : undefined, filter: on ? 'excluded' : filter, page: undefined })
                  }
                >
                  {w(`rule.${rule}`)}: {formatCount(n)}
                </Tag.CheckableTag>
              ))}
            </Space>
          )}
          <Table
            data-testid="records-table"
            size="small"
            rowKey={(r) => `${r.unit}|${r.id}`}
            loading={loading}
            dataSource={data?.items ?? []}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: data?.total ?? 0,
              showSizeChanger: false,
              onChange: (p) => set({ page: String(p) }),
            }}
            expandable={{
              expandedRowRender: (r) => (
                <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                  {Object.entries(r.record).map(([key, value]) => (
                    <Descriptions.Item key={key} label={key}>
                      {typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)
                        ? instantVi(value)
                        : String(value ?? '—')}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              ),
            }}
            columns={[
              {
                title: w('records.id'),
                dataIndex: 'id',
                width: 160,
                render: (id: string) => <Typography.Text code>{id}</Typography.Text>,
              },
              {
                title: w('results.unit'),
                dataIndex: 'unit',
                width: 200,
                render: (code: string) => unitName(code),
              },
              {
                title: w('records.date'),
                dataIndex: 'at',
                width: 140,
                render: (at: string | null) => instantVi(at),
              },
              {
                title: w('records.place'),
                dataIndex: 'category',
                width: 170,
                render: (c: RecordRow['category']) => (
                  <Tag color={PLACE_COLOUR[c]}>{w(`records.filter.${c}`)}</Tag>
                ),
              },
              {
                title: w('records.reason'),
                render: (_: unknown, r: RecordRow) => (lang === 'en' ? r.reason.en : r.reason.vi),
              },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
