import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, api } from '../../api.js';
import { LoadError } from '../../components/LoadError.js';
import { formatCount } from '../../format.js';
import { useApi } from '../../state/data.js';
import { useSession } from '../../state/session.js';
import { FlagTags, indicatorName, StatusTag, UnitPicker, useUnitName } from './parts.js';
import { recordsLink } from './ResultsPage.js';
import { previousPeriod, valueText } from './show.js';
import type { FlagItem } from './types.js';
import { useWords } from './words.js';

const CODES = [
  'source_mismatch',
  'single_source',
  'sample_too_small',
  'generated_vs_processed',
  'reported_vs_extracted',
  'outlier',
  'invalid_value',
];
const RECONCILIATION = new Set(['source_mismatch', 'single_source']);

/** "Cảnh báo": every data-control flag of a period; an aggregator settles a source mismatch with a written reason. */
export function FlagsPage() {
  const { w, lang } = useWords();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? previousPeriod(Date.now());
  const unit = params.get('unit') ?? undefined;
  const code = params.get('code') ?? undefined;
  const unitName = useUnitName();
  const query = new URLSearchParams({ period });
  if (unit) query.set('unit', unit);
  if (code) query.set('code', code);
  const { data, error, loading, reload } = useApi<{ items: FlagItem[] }>(`/flags?${query.toString()}`);
  const [deciding, setDeciding] = useState<FlagItem | null>(null);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const mayDecide = (item: FlagItem) =>
    RECONCILIATION.has(item.flag.code) &&
    (me?.roles.includes('admin') ||
      (me?.roles.includes('aggregator') && me.user.trackedIndicators.includes(item.indicator)));

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {w('flags.title')}
        </Typography.Title>
      }
      extra={
        <Space wrap>
          <DatePicker
            picker="month"
            format="MM/YYYY"
            allowClear={false}
            value={dayjs(`${period}-01`)}
            onChange={(d) => d && set('period', d.format('YYYY-MM'))}
          />
          <UnitPicker value={unit} onChange={(c) => set('unit', c)} />
          <Select
            allowClear
            placeholder={w('flags.code')}
            style={{ width: 220 }}
            value={code}
            onChange={(c) => set('code', c)}
            options={CODES.map((c) => ({ value: c, label: w(`flag.${c}`) }))}
          />
        </Space>
      }
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Table
          data-testid="flags-table"
          size="small"
          loading={loading}
          rowKey={(r) => `${r.indicator}|${r.unit}|${r.scope}|${r.flag.code}`}
          dataSource={data?.items ?? []}
          locale={{ emptyText: w('flags.empty') }}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          scroll={{ x: 1140 }}
          columns={[
            {
              title: w('flags.code'),
              width: 150,
              render: (_: unknown, r: FlagItem) => <FlagTags flags={[r.flag]} />,
            },
            {
              title: w('results.indicator'),
              width: 180,
              render: (_: unknown, r: FlagItem) => (
                <Space direction="vertical" size={0}>
                  <strong>{r.indicator}</strong>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {indicatorName(r.indicator)}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: w('results.unit'), width: 150, render: (_: unknown, r: FlagItem) => unitName(r.unit) },
            {
              title: w('results.scope'),
              width: 100,
              render: (_: unknown, r: FlagItem) => w(`scope.${r.scope}`),
            },
            {
              title: w('results.value'),
              width: 120,
              render: (_: unknown, r: FlagItem) => (
                <Link to={recordsLink(period, r)}>
                  {valueText(r.indicator, r.value)}
                  {r.a !== null && r.b !== null ? ` (${formatCount(r.a)}/${formatCount(r.b)})` : ''}
                </Link>
              ),
            },
            {
              title: w('flags.message'),
              width: 320,
              render: (_: unknown, r: FlagItem) => (lang === 'en' ? r.flag.messageEn : r.flag.message),
            },
            {
              title: w('results.status'),
              width: 150,
              render: (_: unknown, r: FlagItem) => (
                <Space direction="vertical" size={4}>
                  <StatusTag status={r.status} />
                  {r.decision ? (
                    <Typography.Text type="success" style={{ fontSize: 12 }}>
                      {w('results.decision')}
                    </Typography.Text>
                  ) : mayDecide(r) ? (
                    <Button size="small" onClick={() => setDeciding(r)}>
                      {w('flags.decide')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      )}
      {deciding && (
        <DecisionModal
          item={deciding}
          period={period}
          onClose={(saved) => {
            setDeciding(null);
            if (saved) reload();
          }}
        />
      )}
    </Card>
  );
}

function DecisionModal({
  item,
  period,
  onClose,
}: {
  item: FlagItem;
  period: string;
  onClose: (saved: boolean) => void;
}) {
  const { w, lang } = useWords();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string; source?: string }>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await api('/flags/decisions', {
        method: 'POST',
        body: {
          indicator: item.indicator,
          unit: item.unit,
          period,
          scope: item.scope,
          reason: values.reason,
          ...(values.source ? { source: values.source } : {}),
        },
      });
      message.success(w('flags.saved'));
      onClose(true);
    } catch (error) {
      message.error(error instanceof ApiError ? error.text(lang) : String(error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={`${w('flags.decide')} — ${item.indicator}`}
      onOk={save}
      okButtonProps={{ loading: saving }}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph>{lang === 'en' ? item.flag.messageEn : item.flag.message}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="source" label={w('flags.chosenSource')}>
          <Select
            allowClear
            placeholder={w('flags.primary')}
            options={item.sources.map((s) => ({ value: s.source, label: s.source }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={w('flags.reason')}
          rules={[{ required: true, min: 10, message: w('flags.reason') }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
