import { Alert, Card, Space, Table, Tabs, Typography } from 'antd';
import { LoadError } from '../../components/LoadError.js';
import { useApi } from '../../state/data.js';
import { apiQuery, Filters, useQueryState } from './parts.js';
import { numberVi, periodLabel } from './show.js';
import { useWords } from './words.js';

interface Part {
  key: string;
  label: string;
  labelEn: string;
  max: number;
  points: number | null;
  numerator: number | null;
  denominator: number | null;
  basis: string;
  basisEn: string;
}
interface RankItem {
  rank: number;
  unit: string;
  unitName: string;
  kind: string;
  score: { total: number | null; earned: number; available: number; parts: Part[] };
}
interface Ranking {
  period: string;
  formula: { vi: string; en: string; timelinessWindow: string[] };
  groups: { key: string; label: string; labelEn: string; items: RankItem[] }[];
}

/** "Xếp hạng" (seed 003 §V.2.g): departments and communes ranked apart, the published formula beside them. */
export function RankingPage() {
  const { w, lang } = useWords();
  const q = useQueryState();
  const { data, error, loading, reload } = useApi<Ranking>(
    `/ranking${apiQuery({ period: q.get('period') })}`,
  );
  const score = (v: number | null) => (v === null ? '—' : numberVi(v, 2));

  return (
    <Card
      loading={loading && !data}
      data-testid="ranking-page"
      title={
        <Space direction="vertical" size={0} style={{ whiteSpace: 'normal' }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {w('rk.title')}
          </Typography.Title>
          {data && <Typography.Text type="secondary">{periodLabel(data.period, lang)}</Typography.Text>}
        </Space>
      }
      extra={<Filters shownPeriod={data?.period} withUnit={false} />}
    >
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Alert
            type="info"
            data-testid="ranking-formula"
            message={w('rk.formula')}
            description={
              <Space direction="vertical" size={2}>
                <span style={{ whiteSpace: 'pre-line' }}>
                  {lang === 'en' ? data.formula.en : data.formula.vi}
                </span>
                <Typography.Text type="secondary">
                  {w('rk.window', {
                    periods: data.formula.timelinessWindow.map((p) => periodLabel(p, lang)).join(', '),
                  })}
                </Typography.Text>
              </Space>
            }
          />
          <Tabs
            items={data.groups.map((group) => ({
              key: group.key,
              label: `${lang === 'en' ? group.labelEn : group.label} (${group.items.length})`,
              children: (
                <Table<RankItem>
                  data-testid={`ranking-${group.key}`}
                  size="small"
                  rowKey="unit"
                  dataSource={group.items}
                  pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
                  scroll={{ x: 480 }}
                  expandable={{
                    expandedRowRender: (item) => <Parts parts={item.score.parts} />,
                    rowExpandable: (item) => item.score.parts.length > 0,
                  }}
                  columns={[
                    { title: w('common.rank'), dataIndex: 'rank', width: 72, align: 'right' },
                    { title: w('common.unit'), dataIndex: 'unitName' },
                    {
                      title: w('common.score'),
                      dataIndex: ['score', 'total'],
                      width: 120,
                      align: 'right',
                      render: (v: number | null) => <strong>{score(v)}</strong>,
                    },
                    {
                      title: `${w('rk.points')} / ${w('rk.max')}`,
                      width: 150,
                      align: 'right',
                      render: (_: unknown, item) =>
                        `${score(item.score.earned)} / ${score(item.score.available)}`,
                    },
                  ]}
                />
              ),
            }))}
          />
        </Space>
      )}
    </Card>
  );
}

function Parts({ parts }: { parts: Part[] }) {
  const { w, lang } = useWords();
  return (
    <Table<Part>
      data-testid="score-parts"
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={parts}
      columns={[
        { title: w('rk.part'), render: (_: unknown, p) => (lang === 'en' ? p.labelEn : p.label) },
        {
          title: w('rk.points'),
          align: 'right',
          render: (_: unknown, p) =>
            p.points === null ? w('rk.notApplicable') : `${numberVi(p.points, 2)} / ${p.max}`,
        },
        { title: w('rk.basis'), render: (_: unknown, p) => (lang === 'en' ? p.basisEn : p.basis) },
      ]}
    />
  );
}
