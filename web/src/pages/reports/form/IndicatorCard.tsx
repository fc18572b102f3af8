import { InfoCircleOutlined } from '@ant-design/icons';
import { Button, Card, Input, Space, Tooltip, Typography } from 'antd';
import { memo } from 'react';
import type { ExtractedValue } from '../../../../../src/reporting/store/prefill.js';
import { entryKind, evaluateEntry } from '../../../../../src/reporting/validate.js';
import { formatDecimalVi } from '../../../format.js';
import { comparatorSymbol, sourceLabel } from '../../../labels.js';
import { entryFromExtracted } from '../form-model.js';
import { EvaluationTag } from '../parts.js';
import { formatNumber, formatPercent } from '../show.js';
import type { FormIndicator, IndicatorEntry, Issue } from '../types.js';
import { useWords, type WordKey } from '../words.js';
import { FieldMessages, issueText } from './messages.js';
import { NumberField } from './NumberField.js';

/** The reason prefilled for an indicator the catalogue marks as entered by hand (no source system gives it). */
export const MANUAL_BY_PLAN_REASON =
  'Chỉ tiêu nhập thủ công theo kế hoạch: không có hệ thống nguồn cung cấp số liệu.';

export interface IndicatorCardProps {
  indicator: FormIndicator;
  entry: IndicatorEntry;
  extracted: ExtractedValue | undefined;
  formula: { numerator: string; denominator?: string } | undefined;
  trackingName: string;
  year: number;
  issues: Issue[];
  editable: boolean;
  onChange: (code: string, change: (entry: IndicatorEntry) => IndicatorEntry) => void;
}

const CAUSES: [keyof IndicatorEntry['causes'], WordKey][] = [
  ['subjective', 'form.subjective'],
  ['objective', 'form.objective'],
  ['remedies', 'form.remedies'],
  ['nextSteps', 'form.nextSteps'],
];

/**
 * One indicator of the report: target, value fields by kind (a and b with the live percentage,
 * a count or level, text), where the value came from, notes, and — when the value typed is not
 * achieved — the four fields seed 000 §V.1 requires, right there.
 */
function IndicatorCardView({
  indicator,
  entry,
  extracted,
  formula,
  trackingName,
  year,
  issues,
  editable,
  onChange,
}: IndicatorCardProps) {
  const { w, lang } = useWords();
  const code = indicator.code;
  const at = `indicators.${code}`;
  const evaluation = evaluateEntry(indicator, entry);
  const kind = entryKind(indicator.kind);
  const fromExtract = entry.provenance?.kind === 'extract';
  const valuesEditable = editable && !fromExtract;
  const invalidAt = (field: string) =>
    issues.some((i) => i.severity === 'invalid' && i.path === `${at}.${field}`);
  const missingAt = (field: string) =>
    issues.some((i) => i.severity === 'incomplete' && i.path === `${at}.${field}`);

  // typing a value makes it a manual one, unless it already says where it came from
  const setValue = (patch: Partial<IndicatorEntry>) =>
    onChange(code, (e) => ({
      ...e,
      ...patch,
      provenance: e.provenance ?? { kind: 'manual', reason: indicator.manual ? MANUAL_BY_PLAN_REASON : '' },
    }));

  const target = indicator.target;
  const targetText =
    target && target.op !== undefined && target.value !== undefined
      ? `${comparatorSymbol(target.op)} ${formatDecimalVi(target.value)}${indicator.unitOfMeasure === '%' ? '%' : ` ${indicator.unitOfMeasure}`}`
      : (target?.text ?? w('form.noTarget'));

  const result =
    evaluation.value === null
      ? null
      : (indicator.kind === 'ratio' || indicator.kind === 'percent_over') && indicator.unitOfMeasure === '%'
        ? formatPercent(evaluation.value * 100)
        : `${formatNumber(evaluation.value)} ${indicator.kind === 'duration' ? 'giây' : indicator.unitOfMeasure}`;

  const label = (text: string, help?: string) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}{' '}
      {help && (
        <Tooltip title={help}>
          <InfoCircleOutlined />
        </Tooltip>
      )}
    </Typography.Text>
  );
  const duration = indicator.kind === 'duration';

  return (
    <Card
      size="small"
      data-testid={`indicator-${code}`}
      title={
        <span style={{ whiteSpace: 'normal', fontWeight: 500 }}>
          <Typography.Text code>{code}</Typography.Text> {indicator.name}
        </span>
      }
      extra={
        <EvaluationTag
          status={evaluation.status}
          reason={lang === 'en' ? evaluation.reasonEn : evaluation.reason}
        />
      }
      styles={{ header: { paddingBlock: 8 } }}
    >
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {w('form.target', { year })}:{' '}
          <Typography.Text strong data-testid="target">
            {targetText}
          </Typography.Text>
          {' · '}
          {w('form.trackedBy', { unit: trackingName })}
        </Typography.Text>

        {kind === 'pair' && (
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: 'minmax(120px, 200px) minmax(120px, 200px) auto',
              gap: 12,
              alignItems: 'end',
            }}
          >
            <div>
              {label(w(duration ? 'form.durationA' : 'form.a'), formula?.numerator)}
              <NumberField
                label={`${code} ${w('form.a')}`}
                testId={`${code}-a`}
                value={entry.a}
                disabled={!valuesEditable}
                invalid={invalidAt('a')}
                onChange={(a) => setValue({ a })}
              />
            </div>
            <div>
              {label(w(duration ? 'form.durationB' : 'form.b'), formula?.denominator)}
              <NumberField
                label={`${code} ${w('form.b')}`}
                testId={`${code}-b`}
                value={entry.b}
                disabled={!valuesEditable}
                invalid={invalidAt('b')}
                onChange={(b) => setValue({ b })}
              />
            </div>
            <div style={{ paddingBottom: 5 }}>
              {result !== null && (
                <Typography.Text strong style={{ fontSize: 16 }} data-testid={`${code}-result`}>
                  = {result}
                </Typography.Text>
              )}
            </div>
          </div>
        )}
        {kind === 'value' && (
          <div style={{ maxWidth: 220 }}>
            {label(`${w('form.value')} (${indicator.unitOfMeasure})`, formula?.numerator)}
            <NumberField
              label={`${code} ${w('form.value')}`}
              testId={`${code}-value`}
              value={entry.value}
              disabled={!valuesEditable}
              invalid={invalidAt('value')}
              onChange={(value) => setValue({ value })}
            />
          </div>
        )}
        {kind === 'text' && (
          <div>
            {label(w('form.text'))}
            <Input.TextArea
              aria-label={`${code} ${w('form.text')}`}
              data-testid={`${code}-text`}
              autoSize={{ minRows: 2, maxRows: 8 }}
              value={entry.text ?? ''}
              disabled={!valuesEditable}
              onChange={(e) => setValue({ text: e.target.value === '' ? null : e.target.value })}
            />
          </div>
        )}
        <FieldMessages issues={issues.filter((i) => i.severity === 'invalid')} />

        <Provenance
          code={code}
          kind={kind}
          entry={entry}
          extracted={extracted}
          editable={editable}
          reasonMissing={missingAt('provenance.reason')}
          onChange={onChange}
        />

        <div>
          {label(w('form.notes'))}
          <Input.TextArea
            aria-label={`${code} ${w('form.notes')}`}
            autoSize={{ minRows: 1, maxRows: 6 }}
            value={entry.notes}
            disabled={!editable}
            onChange={(e) => {
              const notes = e.target.value;
              onChange(code, (x) => ({ ...x, notes }));
            }}
          />
        </div>

        {evaluation.status === 'chua_dat' && (
          <div
            data-testid={`${code}-causes`}
            style={{ background: '#fff2f0', border: '1px solid #ffccc7', borderRadius: 6, padding: 10 }}
          >
            <Typography.Text strong type="danger">
              {w('form.causesTitle')}
            </Typography.Text>
            <div
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))',
                gap: 10,
                marginTop: 6,
              }}
            >
              {CAUSES.map(([field, key]) => {
                const missing = issues.find((i) => i.path === `${at}.causes.${field}`);
                return (
                  <div key={field}>
                    <Typography.Text style={{ fontSize: 12 }}>
                      <span style={{ color: '#ff4d4f' }}>* </span>
                      {w(key)}
                    </Typography.Text>
                    <Input.TextArea
                      aria-label={`${code} ${w(key)}`}
                      data-testid={`${code}-${field}`}
                      autoSize={{ minRows: 2, maxRows: 6 }}
                      value={entry.causes[field]}
                      disabled={!editable}
                      status={missing ? 'error' : undefined}
                      onChange={(e) => {
                        const text = e.target.value;
                        onChange(code, (x) => ({ ...x, causes: { ...x.causes, [field]: text } }));
                      }}
                    />
                    {missing && (
                      <Typography.Text type="danger" style={{ fontSize: 12 }}>
                        {issueText(missing, lang)}
                      </Typography.Text>
                    )}
                  </div>
                );
              })}
            </div>
          </div>
        )}
      </Space>
    </Card>
  );
}

/** Where the value came from: an extract (read only, with its fingerprint) or by hand with the reason. */
function Provenance({
  code,
  kind,
  entry,
  extracted,
  editable,
  reasonMissing,
  onChange,
}: {
  code: string;
  kind: 'pair' | 'value' | 'text';
  entry: IndicatorEntry;
  extracted: ExtractedValue | undefined;
  editable: boolean;
  reasonMissing: boolean;
  onChange: IndicatorCardProps['onChange'];
}) {
  const { w, lang } = useWords();
  const provenance = entry.provenance;
  if (provenance?.kind === 'extract') {
    return (
      <Space wrap size={8} data-testid={`${code}-provenance`}>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          <Tooltip title={`${sourceLabel(provenance.source, lang)} · SHA-256 ${provenance.sha256}`}>
            {w('form.fromExtract', { source: provenance.source, sha: `${provenance.sha256.slice(0, 12)}…` })}
          </Tooltip>
        </Typography.Text>
        {editable && (
          <Button
            size="small"
            onClick={() => onChange(code, (e) => ({ ...e, provenance: { kind: 'manual', reason: '' } }))}
          >
            {w('form.override')}
          </Button>
        )}
      </Space>
    );
  }
  if (provenance?.kind !== 'manual') return null;
  return (
    <div data-testid={`${code}-provenance`}>
      <Typography.Text style={{ fontSize: 12 }}>
        <span style={{ color: '#ff4d4f' }}>* </span>
        {w('form.manualReason')}
      </Typography.Text>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          aria-label={`${code} ${w('form.manualReason')}`}
          placeholder={w('form.manualReasonPlaceholder')}
          value={provenance.reason}
          disabled={!editable}
          status={reasonMissing ? 'error' : undefined}
          onChange={(e) => {
            const reason = e.target.value;
            onChange(code, (x) => ({ ...x, provenance: { kind: 'manual', reason } }));
          }}
        />
        {editable && extracted && (
          <Button onClick={() => onChange(code, (e) => entryFromExtracted(kind, e, extracted))}>
            {w('form.useExtract')}
          </Button>
        )}
      </Space.Compact>
    </div>
  );
}

/** Re-rendered only when its own entry, issues or rights change: the form has dozens of these. */
export const IndicatorCard = memo(
  IndicatorCardView,
  (before, after) =>
    before.entry === after.entry &&
    before.editable === after.editable &&
    before.extracted === after.extracted &&
    before.trackingName === after.trackingName &&
    before.formula === after.formula &&
    before.onChange === after.onChange &&
    sameIssues(before.issues, after.issues),
);

export function sameIssues(a: readonly Issue[], b: readonly Issue[]): boolean {
  return (
    a.length === b.length &&
    a.every((issue, i) => issue.path === b[i]?.path && issue.message === b[i]?.message)
  );
}
