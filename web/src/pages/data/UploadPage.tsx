import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api.js';
import { formatCount } from '../../format.js';
import { sourceLabel } from '../../labels.js';
import { useSession } from '../../state/session.js';
import type { ImportSummary } from './types.js';
import { uploadExtract } from './upload.js';
import { RECORD_SETS, useWords } from './words.js';

const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'];

/** "Nhập số liệu": choose the set and source, drop the file, watch it upload, read the summary or every bad line. */
export function UploadPage() {
  const { w, lang } = useWords();
  const { me } = useSession();
  const [recordSet, setRecordSet] = useState('dossiers');
  const set = RECORD_SETS.find((s) => s.name === recordSet) ?? RECORD_SETS[0];
  const [source, setSource] = useState<string>('tthc-tinh');
  const [period, setPeriod] = useState<Dayjs | null>(null);
  const [encoding, setEncoding] = useState('auto');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const chooseSet = (name: string) => {
    setRecordSet(name);
    setSource(RECORD_SETS.find((s) => s.name === name)?.sources[0] ?? '');
  };

  const submit = async () => {
    setError(null);
    setSummary(null);
    if (!file) return setError(w('upload.needFile'));
    if (set?.snapshot && !period) return setError(w('upload.needPeriod'));
    setBusy(true);
    setProgress(0);
    try {
      const { summary: result } = await uploadExtract(
        { recordSet, source, period: set?.snapshot && period ? period.format('YYYY-MM') : '', encoding },
        file,
        me?.csrfToken ?? null,
        setProgress,
      );
      setSummary(result);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.text(lang) : String(reason));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Typography.Title level={3} style={{ margin: 0 }}>
            {w('upload.title')}
          </Typography.Title>
        }
      >
        <Form layout="vertical" style={{ maxWidth: 1000 }} onFinish={submit}>
          <Space wrap size="large">
            <Form.Item label={w('upload.recordSet')} style={{ minWidth: 260 }}>
              <Select
                data-testid="upload-recordset"
                value={recordSet}
                onChange={chooseSet}
                options={RECORD_SETS.map((s) => ({ value: s.name, label: w(`set.${s.name}`) }))}
              />
            </Form.Item>
            {set && set.sources.length > 0 && (
              <Form.Item label={w('upload.source')} style={{ minWidth: 260 }}>
                <Select
                  data-testid="upload-source"
                  value={source}
                  onChange={setSource}
                  options={set.sources.map((s) => ({ value: s, label: sourceLabel(s, lang) }))}
                />
              </Form.Item>
            )}
            {set?.snapshot && (
              <Form.Item label={w('upload.period')} help={w('upload.periodHelp')}>
                <DatePicker picker="month" format="MM/YYYY" value={period} onChange={setPeriod} />
              </Form.Item>
            )}
            <Form.Item label={w('upload.encoding')} style={{ minWidth: 180 }}>
              <Select
                value={encoding}
                onChange={setEncoding}
                options={[
                  { value: 'auto', label: w('upload.auto') },
                  ...ENCODINGS.map((e) => ({ value: e, label: e })),
                ]}
              />
            </Form.Item>
          </Space>
          <Form.Item>
            <Upload.Dragger
              style={{ maxWidth: 720 }}
              data-testid="upload-drop"
              multiple={false}
              accept=".csv,.txt,.xlsx,.jsonl,.ndjson,.json"
              beforeUpload={(chosen) => {
                setFile(chosen);
                setSummary(null);
                setProgress(null);
                return false; // sent by our own request, with progress
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{w('upload.drop')}</p>
              <p className="ant-upload-hint">{w('upload.dropHint')}</p>
            </Upload.Dragger>
          </Form.Item>
          {progress !== null && (
            <Form.Item
              label={progress < 1 ? w('upload.uploading') : busy ? w('upload.processing') : undefined}
            >
              <Progress
                data-testid="upload-progress"
                percent={Math.round(progress * 100)}
                status={busy && progress >= 1 ? 'active' : undefined}
              />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={busy} data-testid="upload-submit">
            {w('upload.submit')}
          </Button>
        </Form>
      </Card>
      {error && <Alert type="error" showIcon message={error} data-testid="upload-error" />}
      {summary && <SummaryCard summary={summary} />}
    </Space>
  );
}

function SummaryCard({ summary }: { summary: ImportSummary }) {
  const { w, lang } = useWords();
  if (summary.status === 'rejected') {
    return (
      <Card data-testid="upload-rejected">
        <Alert
          type="error"
          showIcon
          message={w('upload.rejected')}
          description={summary.fileName}
          style={{ marginBottom: 16 }}
        />
        <Table
          rowKey={(row) => `${row.line ?? 0}-${row.reason}`}
          dataSource={summary.rejected}
          pagination={summary.rejected.length > 50 ? { pageSize: 50 } : false}
          size="small"
          columns={[
            {
              title: w('upload.line'),
              dataIndex: 'line',
              width: 90,
              render: (line: number | null) => (line === null ? w('upload.wholeFile') : formatCount(line)),
            },
            {
              title: w('upload.reason'),
              render: (_: unknown, row) => (lang === 'en' ? row.reasonEn : row.reason),
            },
          ]}
        />
      </Card>
    );
  }
  return (
    <Card data-testid="upload-summary">
      <Alert
        type={summary.status === 'accepted' ? 'success' : 'info'}
        showIcon
        message={summary.status === 'accepted' ? w('upload.accepted') : w('upload.unchanged')}
        description={summary.fileName}
        style={{ marginBottom: 16 }}
      />
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={w('upload.recordSet')}>{w(`set.${summary.recordSet}`)}</Descriptions.Item>
        <Descriptions.Item label={w('upload.source')}>
          {summary.source ? sourceLabel(summary.source, lang) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={w('upload.rowsRead')}>{formatCount(summary.rowsRead)}</Descriptions.Item>
        <Descriptions.Item label={w('upload.imported')}>{formatCount(summary.imported)}</Descriptions.Item>
        <Descriptions.Item label={w('upload.replaced')}>{formatCount(summary.replaced)}</Descriptions.Item>
        <Descriptions.Item label={w('upload.unchangedRows')}>
          {formatCount(summary.unchanged)}
        </Descriptions.Item>
        <Descriptions.Item label={w('upload.encoding')}>{summary.encoding ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="SHA-256">
          <Typography.Text code copyable={{ text: summary.sha256 ?? '' }}>
            {summary.sha256?.slice(0, 16)}…
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {summary.warnings.length > 0 && (
        <Alert
          style={{ marginTop: 16 }}
          type="warning"
          message={w('upload.warnings')}
          description={summary.warnings.map((m) => (
            <div key={m.message}>{lang === 'en' ? m.messageEn : m.message}</div>
          ))}
        />
      )}
      <div style={{ marginTop: 16 }}>
        <Link to="/data/imports">{w('menu.imports')}</Link> ·{' '}
        <Link to="/data/results">{w('menu.results')}</Link> <Tag>{summary.format}</Tag>
      </div>
    </Card>
  );
}
