import { DownloadOutlined } from '@ant-design/icons';
import { Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { LoadError } from '../../components/LoadError.js';
import { formatCount } from '../../format.js';
import { sourceLabel } from '../../labels.js';
import { useApi } from '../../state/data.js';
import { instantVi, sizeVi } from './show.js';
import type { ImportItem, Page } from './types.js';
import { RECORD_SETS, useWords } from './words.js';

/** "Lịch sử nhập": every import with its SHA-256 fingerprint, counts, status, who and when, and the kept original. */
export function HistoryPage() {
  const { w, lang } = useWords();
  const [recordSet, setRecordSet] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const query = new URLSearchParams({ page: String(page), pageSize: '20' });
  if (recordSet) query.set('recordSet', recordSet);
  const { data, error, loading, reload } = useApi<Page<ImportItem>>(`/imports?${query.toString()}`);

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {w('imports.title')}
        </Typography.Title>
      }
      extra={
        <Select
          allowClear
          placeholder={w('upload.recordSet')}
          style={{ width: 260 }}
          value={recordSet}
          onChange={(value) => {
            setRecordSet(value);
            setPage(1);
          }}
          options={RECORD_SETS.map((s) => ({ value: s.name, label: w(`set.${s.name}`) }))}
        />
      }
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Table
          data-testid="imports-table"
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: w('imports.empty') }}
          scroll={{ x: 1300 }}
          pagination={{
            current: page,
            pageSize: 20,
            total: data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
          columns={[
            { title: '#', dataIndex: 'id', width: 60 },
            {
              title: w('imports.when'),
              dataIndex: 'createdAt',
              width: 140,
              render: (v: string) => instantVi(v),
            },
            {
              title: w('upload.recordSet'),
              width: 200,
              render: (_: unknown, row: ImportItem) => (
                <Space direction="vertical" size={0}>
                  <span>{w(`set.${row.recordSet}`)}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.source ? sourceLabel(row.source, lang) : ''}
                    {row.period ? ` · ${row.period.slice(5)}/${row.period.slice(0, 4)}` : ''}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: w('imports.file'),
              width: 220,
              render: (_: unknown, row: ImportItem) => (
                <Space direction="vertical" size={0}>
                  <span>{row.fileName}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.format.toUpperCase()} · {sizeVi(row.sizeBytes)}
                    {row.encoding ? ` · ${row.encoding}` : ''}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: w('imports.fingerprint'),
              dataIndex: 'sha256',
              width: 190,
              render: (sha: string) => (
                <Typography.Text code copyable={{ text: sha }} title={sha} data-testid="import-sha">
                  {sha.slice(0, 12)}
                </Typography.Text>
              ),
            },
            {
              title: w('imports.counts'),
              width: 170,
              render: (_: unknown, row: ImportItem) =>
                [row.rowsRead, row.imported, row.replaced, row.unchanged].map(formatCount).join(' / '),
            },
            {
              title: w('imports.status'),
              dataIndex: 'status',
              width: 130,
              render: (status: string) =>
                status === 'applied' ? (
                  <Tag color="green">{w('imports.applied')}</Tag>
                ) : (
                  <Tag>{w('imports.unchangedStatus')}</Tag>
                ),
            },
            {
              title: w('imports.who'),
              width: 160,
              render: (_: unknown, row: ImportItem) => (
                <Space direction="vertical" size={0}>
                  <span>{row.actor}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {w(`imports.via.${row.via}`)}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: '',
              width: 60,
              render: (_: unknown, row: ImportItem) => (
                <a
                  href={row.fileUrl}
                  title={w('imports.download')}
                  aria-label={w('imports.download')}
                  download
                >
                  <DownloadOutlined />
                </a>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
