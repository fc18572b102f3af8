import { DeleteOutlined, PaperClipOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Input, Select, Space, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { memo, useState } from 'react';
import { API_BASE, ApiError } from '../../../api.js';
import { formatBytes } from '../show.js';
import type { AttachmentView, Evidence, FormTask, Issue, TaskEntry, TaskStatus } from '../types.js';
import { useWords } from '../words.js';
import { sameIssues } from './IndicatorCard.js';
import { FieldMessages } from './messages.js';

const STATUSES: TaskStatus[] = ['done', 'in_progress', 'not_started'];
const DAY_FORMAT = 'DD/MM/YYYY';

/** A calendar day 'YYYY-MM-DD' ↔ the picker's value, read with an explicit format (no time zone involved). */
const toPicker = (iso: string | null): Dayjs | null => (iso ? dayjs(iso, 'YYYY-MM-DD') : null);
const fromPicker = (day: Dayjs | null): string | null => (day ? day.format('YYYY-MM-DD') : null);

export interface TaskCardProps {
  task: FormTask;
  entry: TaskEntry;
  issues: Issue[];
  editable: boolean;
  reportId: number;
  csrfToken: string | null;
  attachments: readonly AttachmentView[];
  onChange: (code: string, change: (entry: TaskEntry) => TaskEntry) => void;
  onAttached: (attachment: AttachmentView) => void;
}

/**
 * A task the unit leads (SPEC §4): status, progress, evidence (document number and date), files,
 * completion date — required when done.
 */
function TaskCardView({
  task,
  entry,
  issues,
  editable,
  reportId,
  csrfToken,
  attachments,
  onChange,
  onAttached,
}: TaskCardProps) {
  const { w, lang } = useWords();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const code = task.code;
  const at = `tasks.${code}`;
  const missing = (field: string) => issues.some((i) => i.path === `${at}.${field}`);
  const set = (patch: Partial<TaskEntry>) => onChange(code, (e) => ({ ...e, ...patch }));
  const setEvidence = (index: number, patch: Partial<Evidence>) =>
    onChange(code, (e) => ({
      ...e,
      evidence: e.evidence.map((x, i) => (i === index ? { ...x, ...patch } : x)),
    }));
  const files = entry.attachments
    .map((id) => attachments.find((a) => a.id === id))
    .filter((a): a is AttachmentView => a !== undefined);

  const upload = async (file: File) => {
    setUploading(true);
    try {
      const body = new FormData();
      body.append('file', file, file.name);
      const response = await fetch(`${API_BASE}/reports/${reportId}/attachments`, {
        method: 'POST',
        headers: csrfToken
          ? { 'x-csrf-token': csrfToken, accept: 'application/json' }
          : { accept: 'application/json' },
        credentials: 'same-origin',
        body,
      });
      const json = (await response.json().catch(() => null)) as
        | (AttachmentView & { error?: { code: string; message: string; messageEn: string } })
        | null;
      if (!response.ok || !json || json.error) {
        const error = json?.error;
        throw error
          ? new ApiError(response.status, error.code, error.message, error.messageEn)
          : new ApiError(
              response.status,
              `http_${response.status}`,
              `Lỗi máy chủ (${response.status}).`,
              `Server error (${response.status}).`,
            );
      }
      onAttached(json);
      onChange(code, (e) => ({ ...e, attachments: [...e.attachments, json.id] }));
      message.success(w('form.attached', { name: json.fileName }));
    } catch (reason) {
      message.error(reason instanceof ApiError ? reason.text(lang) : String(reason));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Card
      size="small"
      data-testid={`task-${code}`}
      title={
        <span style={{ whiteSpace: 'normal', fontWeight: 500 }}>
          <Typography.Text code>{code}</Typography.Text> {task.name}
        </span>
      }
      styles={{ header: { paddingBlock: 8 } }}
    >
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {w('form.taskDeadline')}: {task.deadlineText}
          {task.product ? ` · ${w('form.product')}: ${task.product}` : ''}
        </Typography.Text>
        <div
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: 12 }}
        >
          <div>
            <Typography.Text style={{ fontSize: 12 }}>
              <span style={{ color: '#ff4d4f' }}>* </span>
              {w('form.taskStatus')}
            </Typography.Text>
            <Select<TaskStatus>
              aria-label={`${code} ${w('form.taskStatus')}`}
              data-testid={`${code}-status`}
              style={{ width: '100%' }}
              placeholder={w('form.taskStatusPlaceholder')}
              value={entry.status ?? undefined}
              disabled={!editable}
              status={missing('status') ? 'error' : undefined}
              onChange={(status) => set({ status })}
              options={STATUSES.map((s) => ({ value: s, label: w(`task.${s}`) }))}
            />
          </div>
          <div>
            <Typography.Text style={{ fontSize: 12 }}>
              {entry.status === 'done' && <span style={{ color: '#ff4d4f' }}>* </span>}
              {w('form.completedOn')}
            </Typography.Text>
            <DatePicker
              aria-label={`${code} ${w('form.completedOn')}`}
              data-testid={`${code}-completedOn`}
              style={{ width: '100%' }}
              format={DAY_FORMAT}
              placeholder="dd/mm/yyyy"
              value={toPicker(entry.completedOn)}
              disabled={!editable}
              status={missing('completedOn') ? 'error' : undefined}
              onChange={(day) => set({ completedOn: fromPicker(day) })}
            />
          </div>
        </div>
        <div>
          <Typography.Text style={{ fontSize: 12 }}>
            {entry.status !== null && entry.status !== 'not_started' && (
              <span style={{ color: '#ff4d4f' }}>* </span>
            )}
            {w('form.progress')}
          </Typography.Text>
          <Input.TextArea
            aria-label={`${code} ${w('form.progress')}`}
            data-testid={`${code}-progress`}
            autoSize={{ minRows: 2, maxRows: 10 }}
            value={entry.progress}
            disabled={!editable}
            status={missing('progress') ? 'error' : undefined}
            onChange={(e) => set({ progress: e.target.value })}
          />
        </div>

        <div>
          <Typography.Text style={{ fontSize: 12 }}>{w('form.evidence')}</Typography.Text>
          {entry.evidence.map((evidence, index) => (
            <div
              // evidence rows have no identity of their own but their place
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, never reordered
              key={index}
              data-testid={`${code}-evidence-${index}`}
              style={{
                display: 'grid',
                gridTemplateColumns: 'minmax(160px, 1fr) 150px minmax(160px, 2fr) auto',
                gap: 8,
                marginTop: 4,
              }}
            >
              <Input
                aria-label={`${code} ${w('form.evidenceNumber')} ${index + 1}`}
                placeholder={w('form.evidenceNumber')}
                value={evidence.number}
                disabled={!editable}
                onChange={(e) => setEvidence(index, { number: e.target.value })}
              />
              <DatePicker
                aria-label={`${code} ${w('form.evidenceDate')} ${index + 1}`}
                placeholder="dd/mm/yyyy"
                format={DAY_FORMAT}
                value={toPicker(evidence.date)}
                disabled={!editable}
                onChange={(day) => setEvidence(index, { date: fromPicker(day) })}
              />
              <Input
                aria-label={`${code} ${w('form.evidenceTitle')} ${index + 1}`}
                placeholder={w('form.evidenceTitle')}
                value={evidence.title}
                disabled={!editable}
                onChange={(e) => setEvidence(index, { title: e.target.value })}
              />
              {editable && (
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={w('form.remove')}
                  onClick={() =>
                    onChange(code, (e) => ({ ...e, evidence: e.evidence.filter((_, i) => i !== index) }))
                  }
                />
              )}
            </div>
          ))}
          {editable && (
            <div style={{ marginTop: 4 }}>
              <Button
                size="small"
                icon={<PlusOutlined />}
                data-testid={`${code}-add-evidence`}
                onClick={() =>
                  onChange(code, (e) => ({
                    ...e,
                    evidence: [...e.evidence, { number: '', date: null, title: '' }],
                  }))
                }
              >
                {w('form.addEvidence')}
              </Button>
            </div>
          )}
        </div>

        <div>
          <Typography.Text style={{ fontSize: 12 }}>{w('form.attachments')}</Typography.Text>
          {files.map((file) => (
            <div key={file.id} style={{ fontSize: 13 }}>
              <PaperClipOutlined />{' '}
              <a href={`${API_BASE}/reports/${reportId}/attachments/${file.id}`}>{file.fileName}</a>{' '}
              <Typography.Text type="secondary">
                ({formatBytes(file.sizeBytes)}, SHA-256 {file.sha256.slice(0, 12)}…)
              </Typography.Text>
              {editable && (
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    onChange(code, (e) => ({
                      ...e,
                      attachments: e.attachments.filter((id) => id !== file.id),
                    }))
                  }
                >
                  {w('form.remove')}
                </Button>
              )}
            </div>
          ))}
          {editable && (
            <Upload
              showUploadList={false}
              accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button
                size="small"
                icon={<UploadOutlined />}
                loading={uploading}
                data-testid={`${code}-attach`}
              >
                {w('form.attach')}
              </Button>
            </Upload>
          )}
        </div>
        <FieldMessages issues={issues.filter((i) => i.severity === 'invalid')} />
      </Space>
    </Card>
  );
}

export const TaskCard = memo(
  TaskCardView,
  (before, after) =>
    before.entry === after.entry &&
    before.editable === after.editable &&
    before.attachments === after.attachments &&
    before.onChange === after.onChange &&
    before.csrfToken === after.csrfToken &&
    sameIssues(before.issues, after.issues),
);

/** A task the unit only coordinates: what it contributed (đơn vị phối hợp). */
export const ContributionCard = memo(function ContributionCard({
  task,
  text,
  editable,
  onChange,
}: {
  task: FormTask;
  text: string;
  editable: boolean;
  onChange: (taskCode: string, text: string) => void;
}) {
  const { w } = useWords();
  return (
    <Card
      size="small"
      data-testid={`contribution-${task.code}`}
      title={
        <span style={{ whiteSpace: 'normal', fontWeight: 500 }}>
          <Typography.Text code>{task.code}</Typography.Text> {task.name}
        </span>
      }
      styles={{ header: { paddingBlock: 8 } }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {w('form.taskDeadline')}: {task.deadlineText}
      </Typography.Text>
      <Input.TextArea
        aria-label={`${task.code} ${w('form.contribution')}`}
        placeholder={w('form.contribution')}
        autoSize={{ minRows: 2, maxRows: 8 }}
        value={text}
        disabled={!editable}
        onChange={(e) => onChange(task.code, e.target.value)}
        style={{ marginTop: 6 }}
      />
    </Card>
  );
});
