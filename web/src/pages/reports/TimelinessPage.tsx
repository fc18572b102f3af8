import { Card, Input, Segmented, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { foldVi } from '../../../../src/core/vi-text.js';
import { LoadError } from '../../components/LoadError.js';
import { PageSpinner } from '../../components/PageSpinner.js';
import { compareVi } from '../../format.js';
import { useApi } from '../../state/data.js';
import { useServerNow } from './hooks.js';
import { formatInstant, formatRate, periodDueIn } from './show.js';
import type { PeriodList, Timeliness, UnitTimeliness } from './types.js';
import { useWords } from './words.js';

const TimelinessChart = lazy(() => import('./TimelinessChart.js'));

type Row = Timeliness['units'][number];
const STATUS_COLOUR: Record<UnitTimeliness, string> = { on_time: 'green', late: 'orange', missing: 'red' };
const STATUS_WORD = { on_time: 'tl.onTime', late: 'tl.late', missing: 'tl.missing' } as const;
const ORDER: Record<UnitTimeliness, number> = { missing: 0, late: 1, on_time: 2 };

/**
 * "Tình hình báo cáo", a reporting-rate dashboard (SPEC §4): for a period, expected / submitted /
 * on time / late / missing with the rates, each unit with when it first submitted, and the last
 * 12 periods as a chart.
 */
export function TimelinessPage() {
  const { w, lang } = useWords();
  const [params, setParams] = useSearchParams();
  const now = useServerNow(600_000);
  const periods = useApi<PeriodList>('/periods?back=24&ahead=0');
  const period = params.get('period') ?? (now === null ? null : periodDueIn(now));
  const data = useApi<Timeliness>(
    period ? `/timeliness?period=${encodeURIComponent(period)}&history=12` : null,
  );
  const [filter, setFilter] = useState<'all' | UnitTimeliness>('all');
  const [search, setSearch] = useState('');

  const choose = (code: string) => {
    const next = new URLSearchParams(params);
    next.set('period', code);
    setParams(next, { replace: true });
  };

  const t = data.data;
  const needle = foldVi(search.trim());
  const rows = (t?.units ?? []).filter(
    (u) =>
      (filter === 'all' || u.status === filter) &&
      (needle === '' || foldVi(u.unitName).includes(needle) || foldVi(u.unitCode).includes(needle)),
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="timeliness-page">
      <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {w('tl.title')}
        </Typography.Title>
        <Space wrap>
          <span>{w('tl.period')}</span>
          <Select
            data-testid="tl-period"
            style={{ minWidth: 200 }}
            value={period ?? undefined}
            onChange={choose}
            options={(periods.data?.items ?? []).map((p) => ({
              value: p.code,
              label: lang === 'en' ? p.labelEn : p.label,
            }))}
          />
        </Space>
      </Space>
      {data.error ? (
        <LoadError error={data.error} onRetry={data.reload} />
      ) : !t ? (
        <PageSpinner />
      ) : (
        <>
          <Typography.Text type="secondary">
            {w('tl.deadline', { deadline: formatInstant(t.deadline) })}
          </Typography.Text>
          <div
            data-testid="tl-totals"
            style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: 12 }}
          >
            {(
              [
                ['tl.expected', String(t.totals.expected), undefined],
                ['tl.submitted', String(t.totals.submitted), undefined],
                ['tl.onTime', String(t.totals.onTime), '#389e0d'],
                ['tl.late', String(t.totals.late), '#d46b08'],
                ['tl.missing', String(t.totals.missing), '#cf1322'],
                ['tl.rate', formatRate(t.totals.rate), undefined],
                ['tl.onTimeRate', formatRate(t.totals.onTimeRate), undefined],
              ] as const
            ).map(([key, value, colour]) => (
              <Card key={key} size="small" data-testid={`tl-${key.slice(3)}`}>
                <Statistic title={w(key)} value={value} valueStyle={colour ? { color: colour } : undefined} />
              </Card>
            ))}
          </div>
          {t.history && t.history.length > 0 && (
            <Card size="small" title={w('tl.history')}>
              <Suspense fallback={<PageSpinner />}>
                <TimelinessChart history={t.history} lang={lang} />
              </Suspense>
            </Card>
          )}
          <Card
            size="small"
            title={t.label}
            extra={
              <Space wrap>
                <Input.Search
                  allowClear
                  placeholder={w('tl.search')}
                  onChange={(e) => setSearch(e.target.value)}
                  style={{ width: 220 }}
                />
                <Segmented
                  data-testid="tl-filter"
                  value={filter}
                  onChange={(v) => setFilter(v as typeof filter)}
                  options={[
                    { value: 'all', label: w('tl.filterAll') },
                    { value: 'missing', label: w('tl.missing') },
                    { value: 'late', label: w('tl.late') },
                    { value: 'on_time', label: w('tl.onTime') },
                  ]}
                />
              </Space>
            }
            styles={{ body: { padding: 0 } }}
          >
            <Table<Row>
              rowKey="unitCode"
              size="small"
              dataSource={rows}
              data-testid="tl-units"
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              locale={{ emptyText: w('tl.noUnits') }}
              scroll={{ x: 'max-content' }}
              columns={[
                {
                  title: w('tl.unit'),
                  dataIndex: 'unitName',
                  sorter: (a, b) => compareVi(a.unitName, b.unitName),
                  defaultSortOrder: 'ascend',
                },
                {
                  title: w('tl.status'),
                  key: 'status',
                  sorter: (a, b) => ORDER[a.status] - ORDER[b.status],
                  render: (_, u) => (
                    <Tag color={STATUS_COLOUR[u.status]} data-testid={`tl-status-${u.unitCode}`}>
                      {w(STATUS_WORD[u.status])}
                    </Tag>
                  ),
                },
                {
                  title: w('tl.submittedAt'),
                  key: 'submittedAt',
                  sorter: (a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
                  render: (_, u) => formatInstant(u.submittedAt),
                },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
