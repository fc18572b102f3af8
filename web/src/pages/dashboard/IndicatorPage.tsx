import { App, Card, Descriptions, Space, Switch, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError, api } from '../../api.js';
import { LoadError } from '../../components/LoadError.js';
import { sourceLabel } from '../../labels.js';
import { useApi } from '../../state/data.js';
import { useSession } from '../../state/session.js';
import { HistoryChart } from './charts.js';
import { Breakdown, projectedText } from './IndicatorCard.js';
import { apiQuery, Filters, StatusTag, useQueryState, ValueLink } from './parts.js';
import { periodLabel } from './show.js';
import type { Counts, ResultView, Target, Trajectory, UnitResult } from './types.js';
import { useWords } from './words.js';

interface Overview {
  period: string;
  unit: { code: string; name: string };
  definition: {
    code: string;
    name: string;
    kind: string;
    unitOfMeasure: string;
    computation: string | null;
    manual: boolean;
    isPublic: boolean;
    plan: { code: string; title: string; number: string | null } | null;
    formula: { numerator?: string; denominator?: string; text?: string } | null;
    contractTarget: Target | null;
    targets: { text: string; period: string }[];
    sources: string[];
    sourceText: string | null;
    trackingUnit: { code: string; name: string } | null;
    risk: string | null;
    assignedText: string | null;
    notes: string | null;
  };
  counts: Counts;
  current: ResultView | null;
  trajectory: Trajectory | null;
  history: { period: string; month: number; monthly: ResultView | null; cumulative: ResultView | null }[];
  units: UnitResult[];
}

/** "Chỉ tiêu": definition, formula, sources, tracking agency, every unit, monthly history, records. */
export function IndicatorPage() {
  const { w, lang } = useWords();
  const { code = '' } = useParams();
  const q = useQueryState();
  const { me } = useSession();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi<Overview>(
    `/indicators/${encodeURIComponent(code)}/overview${apiQuery({ period: q.get('period'), unit: q.get('unit') })}`,
  );
  const [isPublic, setPublic] = useState<boolean | null>(null);
  useEffect(() => setPublic(data?.definition.isPublic ?? null), [data]);
  const admin = me?.roles.includes('admin') ?? false;

  const togglePublic = async (value: boolean) => {
    if (!data) return;
    try {
      await api(`/indicators/${encodeURIComponent(data.definition.code)}/public`, {
        method: 'PUT',
        body: { public: value },
      });
      setPublic(value);
      message.success(w('ind.publicSaved'));
    } catch (reason) {
      message.error(reason instanceof ApiError ? reason.text(lang) : String(reason));
    }
  };

  const d = data?.definition;
  const target = d?.contractTarget ?? null;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="indicator-page">
      <Card size="small">
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space direction="vertical" size={0} style={{ whiteSpace: 'normal', maxWidth: 900 }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {d?.name ?? code}
            </Typography.Title>
            {data && d && (
              <Space size={4} wrap>
                <Tag>{d.code}</Tag>
                {d.computation && d.computation !== d.code && <Tag>{d.computation}</Tag>}
                {d.manual && <Tag color="purple">{w('common.manual')}</Tag>}
                {d.risk === 'high' && <Tag color="red">{w('common.highRisk')}</Tag>}
                <Typography.Text type="secondary">
                  {data.unit.name} · {periodLabel(data.period, lang)}
                </Typography.Text>
              </Space>
            )}
          </Space>
          <Filters shownPeriod={data?.period} />
        </Space>
      </Card>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {loading && !data && <Card loading />}
      {data && d && (
        <>
          <Card size="small" title={w('ind.definition')}>
            <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={w('common.value')} span={2}>
                <Space wrap>
                  <Typography.Text strong style={{ fontSize: 18 }}>
                    <ValueLink records={data.current?.records}>
                      {data.current?.situationText ?? '—'}
                    </ValueLink>
                  </Typography.Text>
                  <StatusTag status={data.current?.status ?? 'chua_danh_gia'} />
                  {data.trajectory?.projected != null && data.trajectory.willMeet !== null && (
                    <Typography.Text
                      type={data.trajectory.willMeet ? 'success' : 'danger'}
                      data-testid="trajectory"
                    >
                      {w('dash.projected', {
                        value: projectedText(d.kind, data.trajectory.projected),
                        verdict: data.trajectory.willMeet ? w('dash.willMeet') : w('dash.willMiss'),
                      })}
                    </Typography.Text>
                  )}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={w('common.target')}>
                {target?.text ?? d.targets.map((t) => `${t.text} (${t.period})`).join('; ') ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={w('ind.plan')}>
                {d.plan ? `${d.plan.number ?? d.plan.code} — ${d.plan.title}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={w('ind.formula')} span={2}>
                {d.formula?.numerator ? (
                  <div data-testid="formula">
                    <div>
                      <strong>a</strong> = {d.formula.numerator}
                    </div>
                    {d.formula.denominator && (
                      <div>
                        <strong>b</strong> = {d.formula.denominator}
                      </div>
                    )}
                    {d.formula.denominator && (
                      <div>{lang === 'en' ? 'Value = a / b × 100%' : 'Kết quả = a / b × 100%'}</div>
                    )}
                  </div>
                ) : (
                  (d.formula?.text ?? '—')
                )}
              </Descriptions.Item>
              <Descriptions.Item label={w('ind.sources')}>
                {d.sources.map((s) => sourceLabel(s, lang)).join(', ') || '—'}
                {d.sourceText && (
                  <div>
                    <Typography.Text type="secondary">{d.sourceText}</Typography.Text>
                  </div>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={w('ind.tracking')}>{d.trackingUnit?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={w('ind.assigned')}>{d.assignedText ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={w('ind.openData')}>
                <Space wrap>
                  {admin ? (
                    <Switch
                      data-testid="public-toggle"
                      checked={isPublic ?? false}
                      onChange={togglePublic}
                      checkedChildren={w('ind.publicOn')}
                      unCheckedChildren={w('ind.public')}
                    />
                  ) : (
                    isPublic && <Tag color="green">{w('ind.publicOn')}</Tag>
                  )}
                  <a
                    href={`/opendata/v1/results.json?period=${data.period}`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    JSON
                  </a>
                  <a href={`/opendata/v1/results.csv?period=${data.period}`} target="_blank" rel="noreferrer">
                    CSV
                  </a>
                </Space>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {data.history.length > 0 && (
            <Card size="small" title={w('ind.history')}>
              <HistoryChart
                months={data.history.map((h) => ({
                  period: h.period,
                  monthly: h.monthly?.value ?? null,
                  cumulative: h.cumulative?.value ?? null,
                }))}
                kind={d.kind}
                target={target}
                lang={lang}
                names={{
                  monthly: w('ind.monthly'),
                  cumulative: w('ind.cumulative'),
                  target: w('common.target'),
                }}
              />
              <Space wrap size={4}>
                {data.history.map((h) => (
                  <Tag key={h.period}>
                    {periodLabel(h.period, lang)}:{' '}
                    <ValueLink records={h.monthly?.records}>{h.monthly?.valueText ?? '—'}</ValueLink>
                  </Tag>
                ))}
              </Space>
            </Card>
          )}
          <Card size="small" title={`${w('ind.units')} (${data.units.length})`}>
            <Breakdown rows={data.units} period={data.period} />
          </Card>
        </>
      )}
    </Space>
  );
}
