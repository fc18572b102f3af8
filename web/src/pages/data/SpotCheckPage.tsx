import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  List,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, api } from '../../api.js';
import { LoadError } from '../../components/LoadError.js';
import { PageSpinner } from '../../components/PageSpinner.js';
import { formatCount } from '../../format.js';
import { useApi } from '../../state/data.js';
import { FlagTags, StatusTag, useUnitName } from './parts.js';
import { recordsLink } from './ResultsPage.js';
import { instantVi, valueText } from './show.js';
import type { Finding, SpotCheckDetail } from './types.js';
import { useWords } from './words.js';

const SEVERITY_COLOUR: Record<Finding['severity'], string> = {
  low: 'default',
  medium: 'orange',
  high: 'red',
};

/** One spot check: every number of the unit and period with a link to its records, the findings (append-only), closing. */
export function SpotCheckPage() {
  const { id } = useParams();
  const { w, lang } = useWords();
  const { message } = App.useApp();
  const unitName = useUnitName();
  const { data, error, reload } = useApi<SpotCheckDetail>(`/spotchecks/${id}`);
  const [form] = Form.useForm<{ indicator?: string; text: string; severity: Finding['severity'] }>();
  const [saving, setSaving] = useState(false);

  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return <PageSpinner />;
  const { check, findings, indicators } = data;
  const run = async (path: string, body: unknown) => {
    setSaving(true);
    try {
      await api(path, { method: 'POST', body });
      form.resetFields();
      reload();
    } catch (reason) {
      message.error(reason instanceof ApiError ? reason.text(lang) : String(reason));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title
            level={3}
            style={{ margin: 0 }}
          >{`${w('spot.title')} #${check.id}`}</Typography.Title>
        }
        extra={<Link to="/data/spotchecks">{w('spot.title')}</Link>}
      >
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="spot-detail">
          <Descriptions.Item label={w('results.unit')}>{unitName(check.unit)}</Descriptions.Item>
          <Descriptions.Item label={w('results.period')}>{check.period}</Descriptions.Item>
          <Descriptions.Item label={w('spot.note')}>{check.note}</Descriptions.Item>
          <Descriptions.Item label={w('imports.status')}>
            <Tag color={check.status === 'open' ? 'processing' : 'default'}>
              {w(`spot.state.${check.status}`)}
            </Tag>
            {check.closedAt && `${check.closedBy} · ${instantVi(check.closedAt)}`}
          </Descriptions.Item>
          <Descriptions.Item
            label={w('spot.openedBy')}
          >{`${check.openedBy} · ${instantVi(check.openedAt)}`}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={w('spot.numbers')}>
        <Table
          data-testid="spot-numbers"
          size="small"
          rowKey={(r) => `${r.indicator}|${r.scope}`}
          dataSource={indicators}
          pagination={false}
          columns={[
            {
              title: w('results.indicator'),
              render: (_: unknown, r) => (
                <span>
                  <strong>{r.indicator}</strong> — {r.name}
                </span>
              ),
            },
            { title: w('results.scope'), width: 110, render: (_: unknown, r) => w(`scope.${r.scope}`) },
            {
              title: 'a / b',
              width: 130,
              render: (_: unknown, r) => (
                <Link to={recordsLink(check.period, r)}>
                  {r.a === null ? '—' : formatCount(r.a)}
                  {r.b === null ? '' : ` / ${formatCount(r.b)}`}
                </Link>
              ),
            },
            {
              title: w('results.value'),
              width: 100,
              render: (_: unknown, r) => valueText(r.indicator, r.value),
            },
            {
              title: w('results.status'),
              width: 130,
              render: (_: unknown, r) => <StatusTag status={r.status} />,
            },
            { title: w('results.flags'), render: (_: unknown, r) => <FlagTags flags={r.flags} /> },
          ]}
        />
      </Card>
      <Card title={w('spot.findings')}>
        <Alert type="info" showIcon message={w('spot.immutable')} style={{ marginBottom: 16 }} />
        <List
          data-testid="spot-findings"
          dataSource={findings}
          locale={{ emptyText: '—' }}
          renderItem={(f) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Space>
                    <Tag color={SEVERITY_COLOUR[f.severity]}>{w(`spot.severity.${f.severity}`)}</Tag>
                    <span>{f.indicator ?? w('spot.general')}</span>
                  </Space>
                }
                description={`${f.recordedBy} · ${instantVi(f.recordedAt)}`}
              />
              <div style={{ flex: 2 }}>{f.text}</div>
            </List.Item>
          )}
        />
        {check.status === 'open' && (
          <Form
            form={form}
            layout="vertical"
            style={{ maxWidth: 720, marginTop: 16 }}
            initialValues={{ severity: 'medium' }}
            onFinish={(v) =>
              run(`/spotchecks/${check.id}/findings`, { ...v, indicator: v.indicator || undefined })
            }
          >
            <Space wrap size="large">
              <Form.Item name="indicator" label={w('results.indicator')}>
                <Select
                  allowClear
                  style={{ width: 240 }}
                  placeholder={w('spot.general')}
                  options={[...new Set(indicators.map((r) => r.indicator))].map((code) => ({
                    value: code,
                    label: code,
                  }))}
                />
              </Form.Item>
              <Form.Item name="severity" label={w('spot.severity')}>
                <Select
                  style={{ width: 160 }}
                  options={(['low', 'medium', 'high'] as const).map((s) => ({
                    value: s,
                    label: w(`spot.severity.${s}`),
                  }))}
                />
              </Form.Item>
            </Space>
            <Form.Item
              name="text"
              label={w('spot.findingText')}
              rules={[{ required: true, message: w('spot.findingText') }]}
            >
              <Input.TextArea rows={3} data-testid="finding-text" />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={saving} data-testid="finding-add">
                {w('spot.addFinding')}
              </Button>
              <Popconfirm title={w('spot.close')} onConfirm={() => run(`/spotchecks/${check.id}/close`, {})}>
                <Button danger>{w('spot.close')}</Button>
              </Popconfirm>
            </Space>
          </Form>
        )}
      </Card>
    </Space>
  );
}
