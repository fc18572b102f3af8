import { Card, DatePicker, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.js';
import { formatCount } from '../../format.js';
import { sourceLabel } from '../../labels.js';
import { useApi } from '../../state/data.js';
import { FlagTags, indicatorName, StatusTag, UnitPicker, useUnitName } from './parts.js';
import { previousPeriod, targetText, valueText } from './show.js';
import type { Result, Scope } from './types.js';
import { useWords } from './words.js';

export const recordsLink = (period: string, r: Pick<Result, 'unit' | 'indicator' | 'scope'>, extra = '') =>
  `/data/records?${new URLSearchParams({ period, unit: r.unit, indicator: r.indicator, scope: r.scope }).toString()}${extra}`;

/** "Kết quả": every indicator × unit of a period with a, b, value, target, status, flags and sources; a number opens its records. */
export function ResultsPage() {
  const { w, lang } = useWords();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? previousPeriod(Date.now());
  const unit = params.get('unit') ?? undefined;
  const scope = (params.get('scope') ?? 'all') as Scope | 'all';
  const unitName = useUnitName();
  const query = new URLSearchParams({ period });
  if (unit) query.set('unit', unit);
  const { data, error, loading, reload } = useApi<{ period: string; results: Result[] }>(
    `/results?${query.toString()}`,
  );
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const rows = (data?.results ?? []).filter((r) => scope === 'all' || r.scope === scope);
  const number = (r: Result, n: number | null, filter: string) =>
    n === null ? (
      '—'
    ) : (
      <Link
        to={recordsLink(period, r, `&filter=${filter}`)}
        data-testid={`num-${r.indicator}-${r.unit}-${r.scope}-${filter}`}
      >
        {formatCount(n)}
      </Link>
    );

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {w('results.title')}
        </Typography.Title>
      }
      extra={
        <Space wrap>
          <DatePicker
            data-testid="period-picker"
            picker="month"
            format="MM/YYYY"
            allowClear={false}
            value={dayjs(`${period}-01`)}
            onChange={(d) => d && set('period', d.format('YYYY-MM'))}
            aria-label={w('results.period')}
          />
          <UnitPicker value={unit} onChange={(code) => set('unit', code)} />
          <Segmented
            value={scope}
            onChange={(v) => set('scope', v === 'all' ? undefined : String(v))}
            options={[
              { value: 'all', label: w('records.filter.all') },
              { value: 'month', label: w('scope.month') },
              { value: 'ytd', label: w('scope.ytd') },
              { value: 'snapshot', label: w('scope.snapshot') },
            ]}
          />
        </Space>
      }
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Table
          data-testid="results-table"
          size="small"
          loading={loading}
          rowKey={(r) => `${r.indicator}|${r.unit}|${r.scope}`}
          dataSource={rows}
          locale={{ emptyText: w('results.empty') }}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          scroll={{ x: 1300 }}
          columns={[
            {
              title: w('results.indicator'),
              width: 260,
              render: (_: unknown, r: Result) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{r.indicator}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {indicatorName(r.indicator)}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: w('results.unit'),
              dataIndex: 'unit',
              width: 200,
              render: (code: string) => unitName(code),
            },
            {
              title: w('results.scope'),
              dataIndex: 'scope',
              width: 100,
              render: (s: string) => w(`scope.${s}`),
            },
            {
              title: 'a',
              width: 80,
              align: 'right',
              render: (_: unknown, r: Result) => number(r, r.a, r.b === null ? 'all' : 'in_a'),
            },
            {
              title: 'b',
              width: 80,
              align: 'right',
              render: (_: unknown, r: Result) => number(r, r.b, 'all'),
            },
            {
              title: w('results.value'),
              width: 100,
              align: 'right',
              render: (_: unknown, r: Result) => (
                <Typography.Text strong>{valueText(r.indicator, r.value)}</Typography.Text>
              ),
            },
            {
              title: w('results.target'),
              width: 100,
              render: (_: unknown, r: Result) => targetText(r.indicator, r.target),
            },
            {
              title: w('results.status'),
              width: 130,
              render: (_: unknown, r: Result) => (
                <Space size={2}>
                  <StatusTag status={r.status} />
                  {r.decision && (
                    <Tooltip title={`${r.decision.decidedBy}: ${r.decision.reason}`}>
                      <Tag color="blue">✓</Tag>
                    </Tooltip>
                  )}
                </Space>
              ),
            },
            {
              title: w('results.flags'),
              width: 200,
              render: (_: unknown, r: Result) => <FlagTags flags={r.flags} />,
            },
            {
              title: w('results.sources'),
              width: 230,
              render: (_: unknown, r: Result) =>
                r.sources.map((s) => (
                  <div key={s.source} style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                    <Tooltip title={sourceLabel(s.source, lang)}>
                      <Tag style={{ marginInlineEnd: 4 }}>{s.source}</Tag>
                    </Tooltip>
                    {s.a === null ? '' : formatCount(s.a)}
                    {s.b === null ? '' : ` / ${formatCount(s.b)}`}
                  </div>
                )),
            },
            {
              title: w('results.excluded'),
              width: 180,
              render: (_: unknown, r: Result) =>
                Object.entries(r.excluded)
                  .filter(([, n]) => n > 0)
                  .map(([rule, n]) => (
                    <div key={rule} style={{ fontSize: 12 }}>
                      <Link to={recordsLink(period, r, `&filter=excluded&rule=${rule}`)}>
                        {w(`rule.${rule}`)}: {formatCount(n)}
                      </Link>
                    </div>
                  )),
            },
          ]}
        />
      )}
    </Card>
  );
}
