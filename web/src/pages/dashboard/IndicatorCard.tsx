import { Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Sparkline } from './charts.js';
import { StatusTag, ValueLink } from './parts.js';
import { numberVi, percentVi } from './show.js';
import type { DashboardIndicator, Status, UnitResult } from './types.js';
import { useWords } from './words.js';

const STATUS_ORDER: Record<Status, number> = { chua_dat: 0, chua_danh_gia: 1, dat: 2 };

/** The projection as the target reads: ratios with one decimal (82,3%), durations in minutes. */
export function projectedText(kind: string, projected: number): string {
  if (kind === 'ratio' || kind === 'reduction') return percentVi(projected, 1);
  if (kind === 'duration') return `${numberVi(projected / 60, 2)} phút`;
  return numberVi(projected, 0);
}

/** One indicator on the dashboard: value against target, status, trend, trajectory, its units. */
export function IndicatorCard({ item, period }: { item: DashboardIndicator; period: string }) {
  const { w, lang } = useWords();
  const [open, setOpen] = useState(false);
  const current = item.current;
  const trajectory = item.trajectory;
  const reason =
    item.status === 'chua_danh_gia'
      ? current?.flags.map((f) => (lang === 'en' ? f.messageEn : f.message)).join(' ') || null
      : null;
  return (
    <Card
      size="small"
      data-testid="indicator-card"
      data-indicator={item.indicator}
      title={
        <Space direction="vertical" size={0} style={{ whiteSpace: 'normal' }}>
          <Link to={`/dashboard/indicators/${encodeURIComponent(item.indicator)}?period=${period}`}>
            <Typography.Text strong>{item.name}</Typography.Text>
          </Link>
          <Space size={4} wrap>
            <Tag>{item.indicator}</Tag>
            {item.catalogueCodes
              .filter((c) => c !== item.indicator)
              .slice(0, 3)
              .map((c) => (
                <Tag key={c} bordered={false}>
                  {c}
                </Tag>
              ))}
            {item.openFlags > 0 && <Tag color="orange">{`${w('dash.cardFlags')}: ${item.openFlags}`}</Tag>}
          </Space>
        </Space>
      }
      extra={
        <StatusTag
          status={item.status}
          reason={reason ?? (item.status === 'chua_danh_gia' ? w('status.chua_danh_gia') : null)}
        />
      }
      styles={{ header: { alignItems: 'flex-start', paddingTop: 8, paddingBottom: 8 } }}
    >
      <Space direction="vertical" style={{ width: '100%' }} size={4}>
        <Space align="baseline" wrap size={12}>
          <Typography.Text style={{ fontSize: 24, fontWeight: 600 }} data-testid="indicator-value">
            <ValueLink records={current?.records}>{current?.valueText ?? '—'}</ValueLink>
          </Typography.Text>
          <Typography.Text type="secondary">
            {w('common.target')}: {item.target?.text ?? '—'}
          </Typography.Text>
          {current?.numbersText && (
            <Typography.Text type="secondary">({current.numbersText})</Typography.Text>
          )}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {current?.scope === 'ytd'
            ? w('common.ytd')
            : current?.scope === 'snapshot'
              ? w('common.snapshot')
              : w('common.monthScope')}
          {item.month &&
            current?.scope !== 'month' &&
            ` · ${w('common.monthScope')}: ${item.month.valueText}`}
        </Typography.Text>
        {item.trend.some((p) => p.value !== null) && (
          <Sparkline points={item.trend} kind={item.kind} target={item.target} lang={lang} />
        )}
        {trajectory && trajectory.projected !== null && trajectory.willMeet !== null && (
          <Tooltip title={lang === 'en' ? trajectory.explanationEn : trajectory.explanationVi}>
            <Typography.Text data-testid="trajectory" type={trajectory.willMeet ? 'success' : 'danger'}>
              {w('dash.projected', {
                value: projectedText(item.kind, trajectory.projected),
                verdict: trajectory.willMeet ? w('dash.willMeet') : w('dash.willMiss'),
              })}
            </Typography.Text>
          </Tooltip>
        )}
        {item.breakdown.length > 0 && (
          <Button
            size="small"
            type={open ? 'primary' : 'default'}
            onClick={() => setOpen(!open)}
            data-testid="toggle-breakdown"
          >
            {w('dash.showBreakdown', { count: item.breakdown.length })}
          </Button>
        )}
        {open && <Breakdown rows={item.breakdown} period={period} />}
      </Space>
    </Card>
  );
}

/** The units under the one looked at: worst first as the API sends them, sortable. */
export function Breakdown({ rows, period }: { rows: UnitResult[]; period: string }) {
  const { w, lang } = useWords();
  return (
    <Table<UnitResult>
      data-testid="breakdown"
      size="small"
      rowKey="unit"
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
      scroll={{ x: 480 }}
      columns={[
        {
          title: w('common.unit'),
          dataIndex: 'unitName',
          sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'vi'),
          render: (name: string, row) => (
            <Link to={`/dashboard/units/${encodeURIComponent(row.unit)}?period=${period}`}>{name}</Link>
          ),
        },
        {
          title: w('common.value'),
          dataIndex: 'value',
          align: 'right',
          sorter: (a, b) => (a.value ?? -Infinity) - (b.value ?? -Infinity),
          render: (_: unknown, row) => (
            <Tooltip title={row.numbersText ?? undefined}>
              <span>
                <ValueLink records={row.records}>{row.valueText}</ValueLink>
              </span>
            </Tooltip>
          ),
        },
        {
          title: w('common.status'),
          dataIndex: 'status',
          sorter: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
          render: (status: Status, row) => (
            <StatusTag
              status={status}
              reason={
                row.flags.length > 0
                  ? row.flags.map((f) => (lang === 'en' ? f.messageEn : f.message)).join(' ')
                  : null
              }
            />
          ),
        },
      ]}
    />
  );
}
