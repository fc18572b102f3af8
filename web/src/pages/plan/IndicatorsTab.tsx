import { Descriptions, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/index.js';
import type { ReactNode } from 'react';
import { frequencyLabel, sourceLabel, targetLabel, unitRefLabel } from '../../labels.js';
import type { UnitDirectory } from '../../state/data.js';
import { useI18n } from '../../state/language.js';
import type { Indicator, PlanDetail } from '../../types.js';
import { type GroupedRow, withGroupRows } from './grouping.js';

type Row = GroupedRow<Indicator>;

/**
 * Tab "Chỉ tiêu": the plan's indicator table as printed (heading rows, STT), each row the
 * definition seed 000 §II.1 requires — formula, unit, baseline, targets, source, tracking agency,
 * frequency, risk; a row opens to the full formula and the units it is assigned to.
 */
export function IndicatorsTab({ plan, directory }: { plan: PlanDetail; directory: UnitDirectory | null }) {
  const { t, lang } = useI18n();
  const unitName = (code: string) => directory?.name(code);
  const rows = withGroupRows(
    plan.indicators,
    (i) => i.group,
    (i) => i.code,
  );
  const baselineYears = new Set(plan.indicators.flatMap((i) => (i.baseline ? [i.baseline.year] : [])));
  const [onlyYear] = baselineYears;
  const baselineTitle =
    baselineYears.size === 1 && onlyYear !== undefined
      ? t('ind.baseline', { year: onlyYear })
      : t('ind.baselineAny');

  // Heading rows span the whole table; the other cells of that row are hidden.
  const spanGroup = (first: boolean) => (row: Row) =>
    row.type === 'group'
      ? { colSpan: first ? columns.length : 0, style: { textAlign: 'left' as const } }
      : {};
  const item = (render: (indicator: Indicator) => ReactNode) => (_: unknown, row: Row) =>
    row.type === 'group' ? (
      <Typography.Text strong style={{ paddingLeft: row.depth * 16 }}>
        {row.label}
      </Typography.Text>
    ) : (
      render(row.item)
    );

  const columns: ColumnsType<Row> = [
    {
      title: t('ind.stt'),
      key: 'stt',
      width: 56,
      align: 'center',
      fixed: 'left',
      onCell: spanGroup(true),
      render: item((i) => i.stt ?? ''),
    },
    {
      title: t('ind.name'),
      key: 'name',
      width: 300,
      onCell: spanGroup(false),
      render: item((i) => (
        <div>
          <div>{i.name}</div>
          <Space size={4} wrap style={{ marginTop: 4 }}>
            <Tag>{i.code}</Tag>
            {i.risk === 'high' && <Tag color="red">{t('ind.highRisk')}</Tag>}
            {i.manual && <Tag color="orange">{t('ind.manual')}</Tag>}
          </Space>
        </div>
      )),
    },
    {
      title: t('ind.formula'),
      key: 'formula',
      width: 260,
      onCell: spanGroup(false),
      render: item((i) => (
        <Typography.Paragraph ellipsis={{ rows: 4 }} style={{ margin: 0 }}>
          {i.formula.denominator ? (
            <>
              <strong>a</strong> = {i.formula.numerator}; <strong>b</strong> = {i.formula.denominator};{' '}
              <strong>a/b</strong>
            </>
          ) : (
            i.formula.numerator
          )}
        </Typography.Paragraph>
      )),
    },
    {
      title: t('ind.unitOfMeasure'),
      key: 'uom',
      width: 90,
      align: 'center',
      onCell: spanGroup(false),
      render: item((i) => i.unitOfMeasure),
    },
    {
      title: baselineTitle,
      key: 'baseline',
      width: 100,
      align: 'center',
      onCell: spanGroup(false),
      render: item((i) => i.baseline?.text ?? '—'),
    },
    {
      title: t('ind.targets'),
      key: 'targets',
      width: 140,
      onCell: spanGroup(false),
      render: item((i) => (
        <Space direction="vertical" size={2}>
          {i.targets.map((target) => {
            const label = targetLabel(target, i.unitOfMeasure, plan.phases);
            return (
              <Tooltip key={target.period} title={target.text}>
                <span style={{ whiteSpace: 'nowrap' }}>
                  <Typography.Text type="secondary">{label.period}:</Typography.Text>{' '}
                  <strong>{label.value}</strong>
                </span>
              </Tooltip>
            );
          })}
        </Space>
      )),
    },
    {
      title: t('ind.sources'),
      key: 'sources',
      width: 200,
      onCell: spanGroup(false),
      render: item((i) => (
        <div>
          <div>{i.sourceText}</div>
          <Space size={4} wrap style={{ marginTop: 4 }}>
            {i.sources.map((source) => (
              <Tooltip key={source} title={sourceLabel(source, lang)}>
                <Tag color="blue">{source}</Tag>
              </Tooltip>
            ))}
          </Space>
        </div>
      )),
    },
    {
      title: t('ind.trackingUnit'),
      key: 'tracking',
      width: 150,
      onCell: spanGroup(false),
      render: item((i) => unitRefLabel(i.trackingUnit, unitName, lang)),
    },
    {
      title: t('ind.frequency'),
      key: 'frequency',
      width: 100,
      onCell: spanGroup(false),
      render: item((i) => frequencyLabel(i.frequency, lang)),
    },
  ];

  return (
    <Table<Row>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1450 }}
      sticky={{ offsetHeader: 64 }}
      tableLayout="fixed"
      locale={{ emptyText: t('ind.empty') }}
      rowClassName={(row) => (row.type === 'group' ? 'row-group' : 'row-indicator')}
      onRow={(row) => (row.type === 'group' ? { style: { background: '#fafafa' } } : {})}
      expandable={{
        // fixed: the opened definition stays in view while the wide table scrolls sideways
        fixed: 'left',
        rowExpandable: (row) => row.type === 'item',
        expandedRowRender: (row) =>
          row.type === 'item' ? (
            <IndicatorDetail indicator={row.item} plan={plan} unitName={unitName} />
          ) : null,
      }}
      data-testid="indicators-table"
    />
  );
}

function IndicatorDetail({
  indicator,
  plan,
  unitName,
}: {
  indicator: Indicator;
  plan: PlanDetail;
  unitName: (code: string) => string | undefined;
}) {
  const { t, lang } = useI18n();
  const items: { key: string; label: string; children: ReactNode }[] = [];
  if (indicator.formula.text)
    items.push({ key: 'text', label: t('ind.formulaText'), children: indicator.formula.text });
  items.push({ key: 'a', label: t('ind.numerator'), children: indicator.formula.numerator });
  if (indicator.formula.denominator)
    items.push({ key: 'b', label: t('ind.denominator'), children: indicator.formula.denominator });
  items.push({
    key: 'computation',
    label: t('ind.computation'),
    children:
      indicator.computation === 'manual' ? t('ind.computationManual') : <Tag>{indicator.computation}</Tag>,
  });
  items.push({
    key: 'assigned',
    label: t('ind.assignedUnits'),
    children: (
      <Space size={4} wrap>
        {indicator.assignedUnits.map((ref) => (
          <Tag key={ref}>{unitRefLabel(ref, unitName, lang)}</Tag>
        ))}
      </Space>
    ),
  });
  if (indicator.unitTargets.length > 0) {
    items.push({
      key: 'unitTargets',
      label: t('ind.unitTargets'),
      children: (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {indicator.unitTargets.map((target) => {
            const label = targetLabel(target, indicator.unitOfMeasure, plan.phases);
            return (
              <li key={`${target.unit}:${target.period}`}>
                {unitRefLabel(target.unit, unitName, lang)} — {label.period}: <strong>{label.value}</strong>
              </li>
            );
          })}
        </ul>
      ),
    });
  }
  if (indicator.notes) items.push({ key: 'notes', label: t('ind.notes'), children: indicator.notes });
  return <Descriptions size="small" column={1} bordered items={items} styles={{ label: { width: 220 } }} />;
}
