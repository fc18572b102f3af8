import { DownloadOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api.js';
import { LoadError } from '../../components/LoadError.js';
import { useApi } from '../../state/data.js';
import { type Appendix, AppendixPreview } from './AppendixPreview.js';
import { downloadExport } from './download.js';
import { apiQuery, Filters, useQueryState } from './parts.js';
import { blocksToText, periodLabel, textToBlocks } from './show.js';
import { type Block, SECTION_KEYS, type SectionKey } from './types.js';
import { useWords } from './words.js';

interface Draft {
  unit: string;
  period: string;
  model: {
    issuer: { parentBody: string; body: string; name: string };
    number: string | null;
    symbol: string;
    place: string;
    date: { year: number; month: number; day: number | null };
    summary: string;
    recipients: string[];
    signature: { authority: string[]; name: string };
    appendices: Appendix[];
  };
  sections: Record<SectionKey, Block[]>;
  headings: Record<SectionKey, string>;
}

interface Fields {
  number: string;
  symbol: string;
  date: string;
  authority: string;
  signer: string;
  recipients: string;
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** 'dd/mm/yyyy' as typed → 'YYYY-MM-DD' (text only); null when it is not a date. */
export function typedDay(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > (days[mo - 1] ?? 0)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * "Báo cáo chính thức" (issue 5 §5): the draft drafted from the data, its narrative sections I–IV
 * edited by the officer, then exported as DOCX (Decree 30/2020) or the appendices as XLSX.
 */
export function OfficialReportPage() {
  const { w, lang } = useWords();
  const { message } = App.useApp();
  const q = useQueryState();
  const { data, error, loading, reload } = useApi<Draft>(
    `/exports/official-report/draft${apiQuery({ period: q.get('period'), unit: q.get('unit') })}`,
  );
  const [texts, setTexts] = useState<Record<SectionKey, string> | null>(null);
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);
  const [form] = Form.useForm<Fields>();

  const drafted = useMemo(() => {
    if (!data) return null;
    return Object.fromEntries(SECTION_KEYS.map((k) => [k, blocksToText(data.sections[k])])) as Record<
      SectionKey,
      string
    >;
  }, [data]);

  // a new draft (another unit or period) replaces what was being edited
  useEffect(() => {
    if (!data || !drafted) return;
    setTexts(drafted);
    form.setFieldsValue({
      number: data.model.number ?? '',
      symbol: data.model.symbol,
      date: '',
      authority: data.model.signature.authority.join('\n'),
      signer: data.model.signature.name,
      recipients: data.model.recipients.join('\n'),
    });
  }, [data, drafted, form]);

  const exportAs = async (format: 'docx' | 'xlsx') => {
    if (!data || !texts) return;
    const fields = await form.validateFields();
    const sections = Object.fromEntries(SECTION_KEYS.map((k) => [k, textToBlocks(texts[k])]));
    const recipients = lines(fields.recipients);
    const authority = lines(fields.authority);
    const body = {
      unit: data.unit,
      period: data.period,
      format,
      sections,
      number: fields.number.trim() || null,
      symbol: fields.symbol.trim() || undefined,
      date: fields.date.trim() ? (typedDay(fields.date) ?? undefined) : undefined,
      signer: authority.length > 0 ? { authority, name: fields.signer.trim() } : undefined,
      recipients: recipients.length > 0 ? recipients : undefined,
    };
    setBusy(format);
    try {
      const file = await downloadExport(body, `Bao-cao-${data.unit}-${data.period}.${format}`);
      message.success(w('or.downloaded', { file }));
    } catch (reason) {
      message.error(reason instanceof ApiError ? reason.text(lang) : String(reason));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="official-report-page">
      <Card size="small">
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space direction="vertical" size={0} style={{ whiteSpace: 'normal' }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {w('or.title')}
            </Typography.Title>
            {data && (
              <Typography.Text type="secondary">
                {data.model.issuer.name} · {periodLabel(data.period, lang)} · {data.model.summary}
              </Typography.Text>
            )}
          </Space>
          <Filters shownPeriod={data?.period} />
        </Space>
      </Card>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {loading && !data && <Card loading />}
      {data && texts && (
        <>
          <Card size="small">
            <Form form={form} layout="vertical" requiredMark={false}>
              <Row gutter={12}>
                <Col xs={12} md={4}>
                  <Form.Item name="number" label={w('or.number')}>
                    <Input data-testid="or-number" maxLength={20} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name="symbol" label={w('or.symbol')} rules={[{ required: true, max: 40 }]}>
                    <Input data-testid="or-symbol" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item
                    name="date"
                    label={w('or.date')}
                    extra={w('or.dateHelp')}
                    rules={[
                      {
                        validator: async (_, v: string) => {
                          if (v?.trim() && !typedDay(v)) throw new Error('dd/mm/yyyy');
                        },
                      },
                    ]}
                  >
                    <Input placeholder="dd/mm/yyyy" data-testid="or-date" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="signer" label={w('or.signerName')}>
                    <Input data-testid="or-signer" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="authority" label={w('or.signerAuthority')}>
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="recipients" label={w('or.recipients')}>
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="or-recipients" />
                  </Form.Item>
                </Col>
              </Row>
            </Form>
          </Card>
          <Card
            size="small"
            extra={<Typography.Text type="secondary">{w('or.sectionsHelp')}</Typography.Text>}
          >
            {SECTION_KEYS.map((key) => (
              <div key={key} style={{ marginBottom: 16 }}>
                <Space>
                  <Typography.Text strong>{data.headings[key]}</Typography.Text>
                  {drafted && texts[key] !== drafted[key] && (
                    <>
                      <Tag color="blue">{w('or.edited')}</Tag>
                      <Button
                        size="small"
                        type="link"
                        icon={<UndoOutlined />}
                        onClick={() => setTexts({ ...texts, [key]: drafted[key] })}
                      >
                        {w('or.reset')}
                      </Button>
                    </>
                  )}
                </Space>
                <Input.TextArea
                  data-testid={`section-${key}`}
                  value={texts[key]}
                  onChange={(e) => setTexts({ ...texts, [key]: e.target.value })}
                  autoSize={{ minRows: 3, maxRows: 16 }}
                  style={{ fontFamily: '"Times New Roman", Times, serif', fontSize: 15, marginTop: 4 }}
                />
              </div>
            ))}
            <Space wrap>
              <Button
                type="primary"
                icon={<DownloadOutlined />}
                loading={busy === 'docx'}
                onClick={() => exportAs('docx')}
                data-testid="download-docx"
              >
                {w('or.docx')}
              </Button>
              <Button
                icon={<DownloadOutlined />}
                loading={busy === 'xlsx'}
                onClick={() => exportAs('xlsx')}
                data-testid="download-xlsx"
              >
                {w('or.xlsx')}
              </Button>
            </Space>
          </Card>
          <Card size="small" title={w('or.preview')}>
            {data.model.appendices.map((a) => (
              <AppendixPreview key={a.numeral} appendix={a} />
            ))}
          </Card>
        </>
      )}
    </Space>
  );
}
