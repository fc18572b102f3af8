import { Card, Col, Row, Segmented, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { LoadError } from '../../components/LoadError.js';
import { useApi } from '../../state/data.js';
import { CountPie } from './charts.js';
import { apiQuery, Filters, StatusTag, useQueryState, ValueLink } from './parts.js';
import { periodLabel } from './show.js';
import type { ResultView, Target } from './types.js';
import { useWords } from './words.js';

interface CatalogueCounts {
  total: number;
  full: number;
  partial: number;
  none: number;
  online: number;
  eform: number;
  eformShareText: string;
  text: string;
}
interface QualityIndicator {
  indicator: string;
  name: string;
  target: Target;
  result: ResultView | null;
}
interface Procedure {
  procedure: string;
  name: string;
  onlineLevel: string;
  eform: boolean;
  received: number;
  onlineShareText: string;
  meanSubmitText: string;
  submitWithinTarget: boolean | null;
  meanOnlineText: string;
  meanDirectText: string;
  reductionText: string;
  reductionMet: boolean | null;
  satisfiedShareText: string;
  satisfactionMet: boolean | null;
}
interface ServiceQuality {
  period: string;
  scope: 'month' | 'ytd';
  unit: { code: string; name: string };
  sources: { catalogue: string | null; dossiers: string | null; ratings: string | null };
  catalogue: (CatalogueCounts & { byUnit: (CatalogueCounts & { unit: string; unitName: string })[] }) | null;
  indicators: QualityIndicator[];
  units: { unit: string; unitName: string; indicators: QualityIndicator[] }[];
  procedures: { total: number; top: Procedure[]; bottom: Procedure[]; items: Procedure[] };
}

const LEVEL_COLOUR: Record<string, string> = { full: 'green', partial: 'blue', none: 'default' };

/** "Chất lượng DVC trực tuyến" (seed 004): the catalogue by online level and the quality criteria. */
export function ServiceQualityPage() {
  const { w, lang } = useWords();
  const q = useQueryState();
  const scope = q.get('scope') === 'ytd' ? 'ytd' : 'month';
  const { data, error, loading, reload } = useApi<ServiceQuality>(
    `/service-quality${apiQuery({ period: q.get('period'), unit: q.get('unit'), scope })}`,
  );
  const met = (ok: boolean | null, text: string) =>
    ok === null ? text : <Typography.Text type={ok ? 'success' : 'danger'}>{text}</Typography.Text>;
  const level = (l: string) => <Tag color={LEVEL_COLOUR[l]}>{w(`sq.${l}`)}</Tag>;
  const procedureColumns = [
    {
      title: w('sq.procedure'),
      dataIndex: 'name',
      render: (n: string, p: Procedure) => <span title={p.procedure}>{n}</span>,
    },
    { title: w('sq.level'), dataIndex: 'onlineLevel', width: 120, render: level },
    {
      title: w('sq.received'),
      dataIndex: 'received',
      width: 100,
      align: 'right' as const,
      sorter: (a: Procedure, b: Procedure) => a.received - b.received,
    },
    { title: w('sq.online'), dataIndex: 'onlineShareText', width: 100, align: 'right' as const },
    {
      title: w('sq.submit'),
      width: 120,
      align: 'right' as const,
      render: (_: unknown, p: Procedure) => met(p.submitWithinTarget, p.meanSubmitText),
    },
    {
      title: w('sq.processing'),
      width: 170,
      render: (_: unknown, p: Procedure) => `${p.meanOnlineText} / ${p.meanDirectText}`,
    },
    {
      title: w('sq.reduction'),
      width: 110,
      align: 'right' as const,
      render: (_: unknown, p: Procedure) => met(p.reductionMet, p.reductionText),
    },
    {
      title: w('sq.satisfaction'),
      width: 100,
      align: 'right' as const,
      render: (_: unknown, p: Procedure) => met(p.satisfactionMet, p.satisfiedShareText),
    },
  ];
  const procTable = (rows: Procedure[], testId: string) => (
    <Table<Procedure>
      data-testid={testId}
      size="small"
      rowKey="procedure"
      dataSource={rows}
      columns={procedureColumns}
      scroll={{ x: 1000 }}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
    />
  );
  const cat = data?.catalogue;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="service-quality-page">
      <Card size="small">
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space direction="vertical" size={0}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {w('sq.title')}
            </Typography.Title>
            {data && (
              <Typography.Text type="secondary">
                {data.unit.name} · {periodLabel(data.period, lang)} ·{' '}
                {w('sq.sources', {
                  catalogue: data.sources.catalogue ?? '—',
                  dossiers: data.sources.dossiers ?? '—',
                  ratings: data.sources.ratings ?? '—',
                })}
              </Typography.Text>
            )}
          </Space>
          <Filters
            shownPeriod={data?.period}
            extra={
              <Segmented
                value={scope}
                onChange={(v) => q.set({ scope: v === 'ytd' ? 'ytd' : undefined })}
                options={[
                  { value: 'month', label: w('sq.scopeMonth') },
                  { value: 'ytd', label: w('sq.scopeYtd') },
                ]}
              />
            }
          />
        </Space>
      </Card>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {loading && !data && <Card loading />}
      {data && (
        <>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={10}>
              <Card
                size="small"
                title={w('sq.catalogue')}
                style={{ height: '100%' }}
                data-testid="catalogue-card"
              >
                {cat ? (
                  <>
                    <Typography.Paragraph strong data-testid="catalogue-text">
                      {cat.text}
                    </Typography.Paragraph>
                    <CountPie
                      slices={[
                        { name: w('sq.full'), value: cat.full, color: '#52c41a' },
                        { name: w('sq.partial'), value: cat.partial, color: '#1677ff' },
                        { name: w('sq.none'), value: cat.none, color: '#bfbfbf' },
                      ]}
                    />
                    <Statistic title={w('sq.eform')} value={cat.eformShareText} />
                  </>
                ) : (
                  '—'
                )}
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card size="small" title={w('sq.indicators')} style={{ height: '100%' }}>
                <Row gutter={[12, 12]}>
                  {data.indicators.map((i) => (
                    <Col key={i.indicator} xs={24} sm={12}>
                      <Card size="small" data-testid="quality-indicator" data-indicator={i.indicator}>
                        <Typography.Text type="secondary" style={{ display: 'block', minHeight: 44 }}>
                          {i.name}
                        </Typography.Text>
                        <Space align="baseline" wrap>
                          <Typography.Text style={{ fontSize: 22, fontWeight: 600 }}>
                            <ValueLink records={i.result?.records}>{i.result?.valueText ?? '—'}</ValueLink>
                          </Typography.Text>
                          <Typography.Text type="secondary">
                            {w('common.target')}: {i.target.text}
                          </Typography.Text>
                          <StatusTag status={i.result?.status ?? 'chua_danh_gia'} />
                        </Space>
                        {i.result?.numbersText && (
                          <div style={{ fontSize: 12, color: '#8c8c8c' }}>{i.result.numbersText}</div>
                        )}
                      </Card>
                    </Col>
                  ))}
                </Row>
              </Card>
            </Col>
          </Row>
          <Card size="small">
            <Tabs
              items={[
                { key: 'units', label: w('sq.byUnit'), children: <UnitsTable data={data} /> },
                {
                  key: 'top',
                  label: `${w('sq.top')} (${data.procedures.top.length})`,
                  children: procTable(data.procedures.top, 'procedures-top'),
                },
                {
                  key: 'bottom',
                  label: `${w('sq.bottom')} (${data.procedures.bottom.length})`,
                  children: procTable(data.procedures.bottom, 'procedures-bottom'),
                },
                {
                  key: 'all',
                  label: `${w('sq.byProcedure')} (${data.procedures.total})`,
                  children: procTable(data.procedures.items, 'procedures-all'),
                },
              ]}
            />
          </Card>
        </>
      )}
    </Space>
  );
}

type UnitRow = {
  unit: string;
  unitName: string;
  indicators: QualityIndicator[];
  catalogue?: CatalogueCounts;
};

function UnitsTable({ data }: { data: ServiceQuality }) {
  const { w } = useWords();
  const byUnit = new Map((data.catalogue?.byUnit ?? []).map((c) => [c.unit, c]));
  const rows: UnitRow[] = data.units.map((u) => ({ ...u, catalogue: byUnit.get(u.unit) }));
  const codes = data.indicators.map((i) => i.indicator);
  const value = (row: UnitRow, code: string) =>
    row.indicators.find((i) => i.indicator === code)?.result ?? null;
  return (
    <Table<UnitRow>
      data-testid="quality-units"
      size="small"
      rowKey="unit"
      dataSource={rows}
      scroll={{ x: 1000 }}
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      columns={[
        {
          title: w('common.unit'),
          dataIndex: 'unitName',
          fixed: 'left',
          width: 200,
          sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'vi'),
        },
        { title: w('sq.catalogue'), width: 260, render: (_: unknown, r) => r.catalogue?.text ?? '—' },
        { title: w('sq.eform'), width: 150, render: (_: unknown, r) => r.catalogue?.eformShareText ?? '—' },
        ...codes.map((code) => ({
          title: data.indicators.find((i) => i.indicator === code)?.name ?? code,
          width: 150,
          align: 'right' as const,
          sorter: (a: UnitRow, b: UnitRow) =>
            (value(a, code)?.value ?? -Infinity) - (value(b, code)?.value ?? -Infinity),
          render: (_: unknown, r: UnitRow) => {
            const result = value(r, code);
            if (!result) return '—';
            return (
              <Typography.Text
                type={
                  result.status === 'dat' ? 'success' : result.status === 'chua_dat' ? 'danger' : 'secondary'
                }
              >
                <ValueLink records={result.records}>{result.valueText}</ValueLink>
              </Typography.Text>
            );
          },
        })),
      ]}
    />
  );
}
