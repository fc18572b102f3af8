import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/index.js';
import { Link } from 'react-router-dom';
import { LoadError } from '../components/LoadError.js';
import { compareVi, formatCount, formatIsoDate } from '../format.js';
import { useApi, useUnits } from '../state/data.js';
import { useI18n } from '../state/language.js';
import type { PlanSummary } from '../types.js';

/** Every plan of the catalogue, in the order of the seed documents; each column sorts the Vietnamese way. */
export function PlansPage() {
  const { t } = useI18n();
  const plans = useApi<{ items: PlanSummary[] }>('/plans');
  const { directory } = useUnits();
  const issuerName = (plan: PlanSummary) => directory?.name(plan.issuer) ?? plan.issuer;

  const columns: ColumnsType<PlanSummary> = [
    {
      title: t('plans.number'),
      key: 'number',
      width: 150,
      render: (_, plan) => <Link to={`/plans/${encodeURIComponent(plan.id)}`}>{plan.numberText}</Link>,
      sorter: (a, b) => compareVi(a.numberText, b.numberText),
    },
    {
      title: t('plans.docType'),
      dataIndex: 'docType',
      width: 130,
      sorter: (a, b) => compareVi(a.docType, b.docType),
    },
    {
      title: t('plans.summary'),
      key: 'title',
      render: (_, plan) => (
        <Link to={`/plans/${encodeURIComponent(plan.id)}`} style={{ color: 'inherit' }}>
          <Typography.Paragraph ellipsis={{ rows: 3, tooltip: plan.title }} style={{ margin: 0 }}>
            {plan.title}
          </Typography.Paragraph>
        </Link>
      ),
      sorter: (a, b) => compareVi(a.title, b.title),
    },
    {
      title: t('plans.issuer'),
      key: 'issuer',
      width: 200,
      render: (_, plan) => issuerName(plan),
      sorter: (a, b) => compareVi(issuerName(a), issuerName(b)),
    },
    {
      title: t('plans.date'),
      key: 'date',
      width: 120,
      render: (_, plan) =>
        plan.issuedOn ? (
          formatIsoDate(plan.issuedOn)
        ) : (
          <Typography.Text type="secondary">{plan.dateText}</Typography.Text>
        ),
      sorter: (a, b) => (a.issuedOn ?? '').localeCompare(b.issuedOn ?? ''),
    },
    {
      title: t('plans.indicatorCount'),
      dataIndex: 'indicatorCount',
      width: 110,
      align: 'right',
      render: (n: number) => formatCount(n),
      sorter: (a, b) => a.indicatorCount - b.indicatorCount,
    },
    {
      title: t('plans.taskCount'),
      dataIndex: 'taskCount',
      width: 110,
      align: 'right',
      render: (n: number) => formatCount(n),
      sorter: (a, b) => a.taskCount - b.taskCount,
    },
  ];

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('plans.title')}
        </Typography.Title>
      }
    >
      {plans.error ? (
        <LoadError error={plans.error} onRetry={plans.reload} />
      ) : (
        <Table<PlanSummary>
          rowKey="id"
          size="middle"
          loading={plans.loading}
          columns={columns}
          dataSource={plans.data?.items ?? []}
          pagination={false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('plans.empty') }}
          data-testid="plans-table"
        />
      )}
    </Card>
  );
}
