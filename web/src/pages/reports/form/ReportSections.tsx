import { Empty, Input, Space, Switch, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { evaluateEntry } from '../../../../../src/reporting/validate.js';
import { groupIndicators, indicatorEntry, issuesUnder, taskEntry } from '../form-model.js';
import type { CatalogueIndex } from '../hooks.js';
import type {
  AttachmentView,
  IndicatorEntry,
  Issue,
  ReportContent,
  ReportView,
  TaskEntry,
} from '../types.js';
import { useWords } from '../words.js';
import { IndicatorCard } from './IndicatorCard.js';
import { ContributionCard, TaskCard } from './TaskCard.js';

/**
 * The report's body in four tabs — indicators (by plan and group), the tasks the unit leads, the
 * tasks it coordinates, difficulties and recommendations — in the order a Tab key walks through.
 */
export function ReportSections({
  view,
  content,
  issues,
  editable,
  attachments,
  catalogue,
  unitName,
  csrfToken,
  onIndicator,
  onTask,
  onContribution,
  onNarrative,
  onAttached,
}: {
  view: ReportView;
  content: ReportContent;
  issues: readonly Issue[];
  editable: boolean;
  attachments: readonly AttachmentView[];
  catalogue: CatalogueIndex | null;
  unitName: (code: string) => string;
  csrfToken: string | null;
  onIndicator: (code: string, change: (e: IndicatorEntry) => IndicatorEntry) => void;
  onTask: (code: string, change: (e: TaskEntry) => TaskEntry) => void;
  onContribution: (code: string, text: string) => void;
  onNarrative: (field: 'difficulties' | 'recommendations', text: string) => void;
  onAttached: (a: AttachmentView) => void;
}) {
  const { w } = useWords();
  // the codes shown by "only what is open", taken when it is switched on: a card does not vanish
  // under the cursor the moment its value is corrected
  const [onlyOpen, setOnlyOpen] = useState<ReadonlySet<string> | null>(null);
  const form = view.form;
  const groups = useMemo(
    () =>
      groupIndicators(
        form.indicators,
        catalogue?.places ?? new Map(),
        (plan) => catalogue?.planTitle(plan) ?? plan,
        w('form.otherGroup'),
      ),
    [form.indicators, catalogue, w],
  );

  const indicatorIssues = (code: string) => issuesUnder(issues, `indicators.${code}`);
  const isOpen = (code: string) => {
    const indicator = form.indicators.find((i) => i.code === code);
    const behind =
      indicator !== undefined &&
      evaluateEntry(indicator, indicatorEntry(content, code)).status === 'chua_dat';
    return behind || indicatorIssues(code).length > 0;
  };
  const shown = (code: string) => onlyOpen === null || onlyOpen.has(code);

  const indicatorsTab = (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <Switch
          checked={onlyOpen !== null}
          onChange={(on) =>
            setOnlyOpen(on ? new Set(form.indicators.map((i) => i.code).filter(isOpen)) : null)
          }
          data-testid="only-open"
        />
        <Typography.Text>{w('form.onlyOpen')}</Typography.Text>
      </Space>
      {form.indicators.length === 0 && <Empty description={w('form.empty')} />}
      {groups.map((group) => {
        const visible = group.indicators.filter((i) => shown(i.code));
        if (visible.length === 0) return null;
        return (
          <section key={group.key} style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
            <div style={{ marginTop: 8 }}>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {group.plan}
              </Typography.Text>
              {group.title && (
                <Typography.Title level={5} style={{ margin: 0, color: '#0b5cad' }}>
                  {group.title}
                </Typography.Title>
              )}
            </div>
            {visible.map((indicator) => (
              <IndicatorCard
                key={indicator.code}
                indicator={indicator}
                entry={indicatorEntry(content, indicator.code)}
                extracted={view.extracted?.[indicator.code]}
                formula={catalogue?.places.get(indicator.code)?.formula}
                trackingName={unitName(indicator.trackingUnitCode)}
                year={form.year}
                issues={indicatorIssues(indicator.code)}
                editable={editable}
                onChange={onIndicator}
              />
            ))}
          </section>
        );
      })}
    </Space>
  );

  const tasksTab = (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {form.leadTasks.length === 0 && <Empty description={w('form.empty')} />}
      {form.leadTasks.map((task) => (
        <TaskCard
          key={task.code}
          task={task}
          entry={taskEntry(content, task.code)}
          issues={issuesUnder(issues, `tasks.${task.code}`)}
          editable={editable}
          reportId={view.id}
          csrfToken={csrfToken}
          attachments={attachments}
          onChange={onTask}
          onAttached={onAttached}
        />
      ))}
    </Space>
  );

  const contributionsTab = (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {form.coordinatedTasks.length === 0 && <Empty description={w('form.empty')} />}
      {form.coordinatedTasks.map((task) => (
        <ContributionCard
          key={task.code}
          task={task}
          text={content.contributions.find((c) => c.taskCode === task.code)?.text ?? ''}
          editable={editable}
          onChange={onContribution}
        />
      ))}
    </Space>
  );

  const narrativeTab = (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {(['difficulties', 'recommendations'] as const).map((field) => (
        <div key={field}>
          <Typography.Text strong>{w(`form.${field}`)}</Typography.Text>
          <Input.TextArea
            aria-label={w(`form.${field}`)}
            data-testid={field}
            autoSize={{ minRows: 4, maxRows: 16 }}
            value={content[field]}
            disabled={!editable}
            onChange={(e) => onNarrative(field, e.target.value)}
          />
        </div>
      ))}
    </Space>
  );

  return (
    <Tabs
      data-testid="report-tabs"
      items={[
        {
          key: 'indicators',
          label: w('form.tabIndicators', { count: form.indicators.length }),
          children: indicatorsTab,
        },
        { key: 'tasks', label: w('form.tabTasks', { count: form.leadTasks.length }), children: tasksTab },
        {
          key: 'contributions',
          label: w('form.tabContributions', { count: form.coordinatedTasks.length }),
          children: contributionsTab,
        },
        { key: 'narrative', label: w('form.tabNarrative'), children: narrativeTab },
      ]}
    />
  );
}
