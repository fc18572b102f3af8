import { Button, Card, DatePicker, Form, Input, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, api } from '../../api.js';
import { LoadError } from '../../components/LoadError.js';
import { formatCount } from '../../format.js';
import { useApi } from '../../state/data.js';
import { UnitPicker, useUnitName } from './parts.js';
import { instantVi } from './show.js';
import type { SpotCheck } from './types.js';
import { useWords } from './words.js';

/** "Kiểm tra đột xuất": the inspectors' checks, and opening one on a unit and period (SPEC §6.7). */
export function SpotChecksPage() {
  const { w, lang } = useWords();
  const navigate = useNavigate();
  const unitName = useUnitName();
  const { data, error, loading, reload } = useApi<{ items: SpotCheck[] }>('/spotchecks');
  const [form] = Form.useForm<{ unit: string; period: Dayjs; note: string }>();
  const [failure, setFailure] = useState<string | null>(null);

  const open = async () => {
    const values = await form.validateFields();
    setFailure(null);
    try {
      const check = await api<SpotCheck>('/spotchecks', {
        method: 'POST',
        body: { unit: values.unit, period: values.period.format('YYYY-MM'), note: values.note },
      });
      navigate(`/data/spotchecks/${check.id}`);
    } catch (reason) {
      setFailure(reason instanceof ApiError ? reason.text(lang) : String(reason));
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={3} style={{ margin: 0 }}>
            {w('spot.title')}
          </Typography.Title>
        }
      >
        {error ? (
          <LoadError error={error} onRetry={reload} />
        ) : (
          <Table
            data-testid="spotchecks-table"
            rowKey="id"
            size="small"
            loading={loading}
            dataSource={data?.items ?? []}
            locale={{ emptyText: w('spot.empty') }}
            columns={[
              {
                title: '#',
                dataIndex: 'id',
                width: 60,
                render: (id: number) => <Link to={`/data/spotchecks/${id}`}>{id}</Link>,
              },
              { title: w('results.unit'), dataIndex: 'unit', render: (code: string) => unitName(code) },
              { title: w('results.period'), dataIndex: 'period', width: 100 },
              { title: w('spot.note'), dataIndex: 'note' },
              {
                title: w('spot.openedBy'),
                width: 200,
                render: (_: unknown, c: SpotCheck) => `${c.openedBy} · ${instantVi(c.openedAt)}`,
              },
              {
                title: w('spot.findings'),
                dataIndex: 'findings',
                width: 110,
                render: (n: number) => formatCount(n),
              },
              {
                title: w('imports.status'),
                dataIndex: 'status',
                width: 130,
                render: (s: SpotCheck['status']) => (
                  <Tag color={s === 'open' ? 'processing' : 'default'}>{w(`spot.state.${s}`)}</Tag>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Card title={w('spot.open')}>
        <Form form={form} layout="vertical" style={{ maxWidth: 640 }} onFinish={open}>
          <Space wrap size="large">
            <Form.Item
              name="unit"
              label={w('results.unit')}
              rules={[{ required: true, message: w('results.unit') }]}
            >
              <UnitPicker allowClear={false} onChange={(code) => form.setFieldValue('unit', code)} />
            </Form.Item>
            <Form.Item
              name="period"
              label={w('results.period')}
              rules={[{ required: true, message: w('results.period') }]}
            >
              <DatePicker picker="month" format="MM/YYYY" data-testid="spot-period" />
            </Form.Item>
          </Space>
          <Form.Item name="note" label={w('spot.note')} rules={[{ required: true, message: w('spot.note') }]}>
            <Input.TextArea rows={2} data-testid="spot-note" />
          </Form.Item>
          {failure && <Typography.Paragraph type="danger">{failure}</Typography.Paragraph>}
          <Button type="primary" htmlType="submit" data-testid="spot-open">
            {w('spot.open')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
