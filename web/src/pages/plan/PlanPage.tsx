import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, type DescriptionsProps, Grid, Space, Tabs, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.js';
import { PageSpinner } from '../../components/PageSpinner.js';
import { formatCount, formatIsoDate } from '../../format.js';
import { frequencyLabel, unitRefLabel } from '../../labels.js';
import { useApi, useUnits } from '../../state/data.js';
import { useI18n } from '../../state/language.js';
import type { PlanDetail, PlanSummary } from '../../types.js';
import { IndicatorsTab } from './IndicatorsTab.js';
import { TasksTab } from './TasksTab.js';

/** One plan: its header as the document prints it, then its indicators and its tasks. */
export function PlanPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const [search, setSearch] = useSearchParams();
  const plan = useApi<PlanDetail>(`/plans/${encodeURIComponent(id)}`);
  const { directory } = useUnits();
  const wide = Grid.useBreakpoint().md === true;
  const parent = useApi<{ items: PlanSummary[] }>(plan.data?.implements ? '/plans' : null);

  if (plan.error) return <LoadError error={plan.error} onRetry={plan.reload} />;
  if (!plan.data || plan.loading) return <PageSpinner />;
  const p = plan.data;
  const tab = search.get('tab') === 'tasks' ? 'tasks' : 'indicators';
  const indicator = search.get('indicator');
  const setParam = (name: string, value: string | null) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );

  const parentPlan = parent.data?.items.find((item) => item.id === p.implements);
  const items: DescriptionsProps['items'] = [
    { key: 'docType', label: t('plans.docType'), children: p.docType },
    { key: 'number', label: t('plans.number'), children: p.numberText },
    {
      key: 'issuer',
      label: t('plans.issuer'),
      children: unitRefLabel(p.issuer, (code) => directory?.name(code), lang),
    },
    { key: 'date', label: t('plans.date'), children: p.issuedOn ? formatIsoDate(p.issuedOn) : p.dateText },
  ];
  if (p.signer) {
    items.push({
      key: 'signer',
      label: t('plan.signer'),
      children: [p.signer.authority, p.signer.title, p.signer.name].filter(Boolean).join(' — '),
    });
  }
  if (p.reporting) {
    items.push({
      key: 'reporting',
      label: t('plan.reporting'),
      children: t('plan.reportingDue', {
        frequency: frequencyLabel(p.reporting.frequency, lang),
        time: p.reporting.dueTime,
        day: p.reporting.dueDay,
      }),
    });
  }
  if (p.implements) {
    items.push({
      key: 'implements',
      label: t('plan.implements'),
      span: 'filled',
      children: (
        <Link to={`/plans/${encodeURIComponent(p.implements)}`}>
          {parentPlan ? `${parentPlan.docType} ${parentPlan.numberText} — ${parentPlan.title}` : p.implements}
        </Link>
      ),
    });
  }
  if (p.phases.length > 0) {
    items.push({
      key: 'phases',
      label: t('plan.phases'),
      span: 'filled',
      children: p.phases.map((phase) => `${phase.name} (${phase.fromYear}–${phase.toYear})`).join('; '),
    });
  }
  if (p.legalBases.length > 0) {
    items.push({
      key: 'legalBases',
      label: t('plan.legalBases'),
      span: 'filled',
      children: (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {p.legalBases.map((basis) => (
            <li key={basis}>
              <em>{basis}</em>
            </li>
          ))}
        </ul>
      ),
    });
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/plans">
        <ArrowLeftOutlined /> {t('plan.back')}
      </Link>
      <Card>
        <Typography.Text type="secondary" style={{ textTransform: 'uppercase', letterSpacing: 0.5 }}>
          {p.docType} · {p.numberText}
        </Typography.Text>
        <Typography.Title level={wide ? 3 : 5} style={{ marginTop: 4 }} data-testid="plan-title">
          {p.title}
        </Typography.Title>
        <Descriptions
          size="small"
          bordered
          layout={wide ? 'horizontal' : 'vertical'}
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 4 }}
          items={items}
        />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParam('tab', key === 'tasks' ? 'tasks' : null)}
          items={[
            {
              key: 'indicators',
              label: `${t('plan.tabIndicators')} (${formatCount(p.indicators.length)})`,
              children: <IndicatorsTab plan={p} directory={directory} />,
            },
            {
              key: 'tasks',
              label: `${t('plan.tabTasks')} (${formatCount(p.tasks.length)})`,
              children: (
                <TasksTab
                  plan={p}
                  directory={directory}
                  indicator={indicator}
                  onIndicatorChange={(code) => setParam('indicator', code)}
                />
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
