import { Alert, App, Button, Collapse, Descriptions, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { validateReport } from '../../../../src/reporting/validate.js';
import { ApiError, api } from '../../api.js';
import { LoadError } from '../../components/LoadError.js';
import { PageSpinner } from '../../components/PageSpinner.js';
import { useUnits } from '../../state/data.js';
import { useSession } from '../../state/session.js';
import { ActionBar, type SaveState, type TransitionName } from './form/ActionBar.js';
import { fullIssueText } from './form/messages.js';
import { ReportSections } from './form/ReportSections.js';
import { updateContribution, updateIndicator, updateTask } from './form-model.js';
import { useCatalogueIndex, useServerNow } from './hooks.js';
import { ReportStatusTag, TimeLeft } from './parts.js';
import { formatInstant, reportStatusLabel, subjectText } from './show.js';
import type { AttachmentView, IndicatorEntry, Issue, ReportContent, ReportView, TaskEntry } from './types.js';
import { useWords, type WordKey } from './words.js';

const AUTOSAVE_MS = 2_000;

const DONE_WORD: Record<TransitionName, WordKey> = {
  approve: 'act.approved',
  submit: 'act.submitted',
  accept: 'act.acceptedDone',
  return: 'act.returnedDone',
  amend: 'act.amended',
};

/**
 * A unit's report: the form for its own staff while it is a draft (saves by button, Ctrl+S and
 * after a pause, with the revision it edits), read only for everyone else, with the workflow's
 * buttons. Values are checked as typed by the server's own validator (reporting/validate.ts).
 */
export function ReportPage() {
  const { w, lang } = useWords();
  const { message } = App.useApp();
  const { me } = useSession();
  const params = useParams();
  const reportId = Number(params.id);
  const serverNow = useServerNow();
  const catalogue = useCatalogueIndex();
  const { directory } = useUnits();

  const [view, setView] = useState<ReportView | null>(null);
  const [content, setContent] = useState<ReportContent | null>(null);
  const [attachments, setAttachments] = useState<AttachmentView[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [refusal, setRefusal] = useState<{ title: string; issues: Issue[]; text?: string } | null>(null);

  // what the server holds and what is on screen: `edits` counts changes, `saved` the last one sent
  const revision = useRef(0);
  const edits = useRef(0);
  const saved = useRef(0);
  const contentRef = useRef<ReportContent | null>(null);
  contentRef.current = content;
  const inFlight = useRef<Promise<boolean> | null>(null);

  const show = useCallback((v: ReportView, replaceContent: boolean) => {
    setView(v);
    revision.current = v.revision;
    setAttachments(v.attachments);
    if (replaceContent) {
      setContent(v.content);
      edits.current = 0;
      saved.current = 0;
      setSaveState({ kind: 'idle' });
    }
  }, []);

  const load = useCallback(async () => {
    setLoadError(null);
    setConflict(null);
    try {
      show(await api<ReportView>(`/reports/${reportId}`), true);
    } catch (error) {
      setLoadError(error);
    }
  }, [reportId, show]);

  useEffect(() => {
    void load();
  }, [load]);

  const form = view?.form;
  const issues = useMemo(
    () => (form && content ? validateReport(form, content, { forSubmit: true }) : []),
    [form, content],
  );
  const invalid = issues.filter((i) => i.severity === 'invalid');
  const editable = view?.can.save === true && conflict === null;

  const save = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    const current = contentRef.current;
    if (!current || edits.current === saved.current) return true;
    if (form && validateReport(form, current, { forSubmit: false }).length > 0) {
      setSaveState({ kind: 'invalid' });
      return false;
    }
    const sent = edits.current;
    const run = (async () => {
      setSaveState({ kind: 'saving' });
      try {
        const v = await api<ReportView>(`/reports/${reportId}`, {
          method: 'PUT',
          body: { revision: revision.current, content: current },
        });
        saved.current = sent;
        show(v, false);
        setSaveState(edits.current === sent ? { kind: 'saved', at: v.updatedAt } : { kind: 'dirty' });
        return true;
      } catch (error) {
        setSaveState({ kind: 'dirty' });
        if (error instanceof ApiError && error.code === 'conflict') setConflict(error);
        else if (error instanceof ApiError && error.code === 'invalid_content')
          setRefusal({ title: w('act.invalidTitle'), issues: issuesOf(error), text: error.text(lang) });
        else message.error(error instanceof ApiError ? error.text(lang) : String(error));
        return false;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    return run;
  }, [form, reportId, show, message, w, lang]);

  const changed = useCallback((next: (c: ReportContent) => ReportContent) => {
    setContent((c) => (c ? next(c) : c));
    edits.current += 1;
    setSaveState({ kind: 'dirty' });
  }, []);
  const onIndicator = useCallback(
    (code: string, change: (e: IndicatorEntry) => IndicatorEntry) =>
      changed((c) => updateIndicator(c, code, change)),
    [changed],
  );
  const onTask = useCallback(
    (code: string, change: (e: TaskEntry) => TaskEntry) => changed((c) => updateTask(c, code, change)),
    [changed],
  );
  const onContribution = useCallback(
    (code: string, text: string) => changed((c) => updateContribution(c, code, text)),
    [changed],
  );
  const onNarrative = useCallback(
    (field: 'difficulties' | 'recommendations', text: string) => changed((c) => ({ ...c, [field]: text })),
    [changed],
  );
  const onAttached = useCallback((a: AttachmentView) => setAttachments((list) => [...list, a]), []);

  // autosave after a pause in typing
  useEffect(() => {
    if (!editable || saveState.kind !== 'dirty' || content === null) return;
    const timer = window.setTimeout(() => void save(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [content, editable, saveState.kind, save]);

  // Ctrl+S (⌘S) saves instead of the browser's "save page"
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        if (editable) void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editable, save]);

  const transition = useCallback(
    async (action: TransitionName, comment?: string): Promise<boolean> => {
      if (view?.can.save && !(await save())) return false;
      setBusy(true);
      try {
        const body =
          action === 'amend' ? undefined : { revision: revision.current, ...(comment ? { comment } : {}) };
        const v = await api<ReportView>(`/reports/${reportId}/${action}`, { method: 'POST', body });
        show(v, true);
        setRefusal(null);
        message.success(w(DONE_WORD[action]));
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'report_incomplete')
          setRefusal({ title: w('act.refused'), issues: issuesOf(error), text: error.text(lang) });
        else if (error instanceof ApiError && error.code === 'conflict') setConflict(error);
        else message.error(error instanceof ApiError ? error.text(lang) : String(error));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [view?.can.save, save, reportId, show, message, w, lang],
  );

  if (loadError) return <LoadError error={loadError} onRetry={load} />;
  if (!view || !content) return <PageSpinner />;

  const staff = (me?.roles ?? []).some((r) => r === 'reporter' || r === 'unit_head');
  const back = staff
    ? { to: '/reports/mine', text: w('form.back') }
    : { to: '/reports/queue', text: w('form.backQueue') };
  const sent = view.status === 'submitted' || view.status === 'accepted';
  const unitName = (code: string) => directory?.name(code) ?? code;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="report-page">
      <Space wrap size={4}>
        <Link to={back.to}>← {back.text}</Link>
        <span>·</span>
        <Link to={`/reports/${view.id}/versions`} data-testid="versions-link">
          {w('form.versions')}
        </Link>
      </Space>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {view.unit.name} — {subjectText(view, lang)}
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
        <Descriptions.Item label={w('mine.status')}>
          <ReportStatusTag status={view.status} late={view.late} />
        </Descriptions.Item>
        <Descriptions.Item label={w('mine.deadline')}>{formatInstant(view.deadline)}</Descriptions.Item>
        <Descriptions.Item label={sent ? w('mine.submittedAt') : w('mine.timeLeft')}>
          {sent ? formatInstant(view.submittedAt) : <TimeLeft deadline={view.deadline} now={serverNow} />}
        </Descriptions.Item>
        <Descriptions.Item label={w('mine.version')}>
          {view.version} · {view.updatedBy} · {formatInstant(view.updatedAt)}
        </Descriptions.Item>
      </Descriptions>

      {view.status === 'returned' && view.returnComment && (
        <Alert
          type="error"
          showIcon
          message={w('mine.returnComment')}
          description={view.returnComment}
          data-testid="return-comment"
        />
      )}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          data-testid="conflict"
          message={w('act.conflictTitle')}
          description={conflict.text(lang)}
          action={
            <Button onClick={load} data-testid="reload">
              {w('act.reload')}
            </Button>
          }
        />
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setRefusal(null)}
          data-testid="refusal"
          message={refusal.title}
          description={<IssueList issues={refusal.issues} fallback={refusal.text} />}
        />
      )}
      {!view.can.save && !conflict && (
        <Alert
          type="info"
          showIcon
          message={w('form.readOnly', { status: reportStatusLabel(view.status, lang) })}
        />
      )}

      <ActionBar
        view={view}
        saveState={saveState}
        busy={busy}
        serverNow={serverNow}
        onSave={() => void save()}
        onTransition={transition}
      />

      {editable && issues.length > 0 && (
        <Collapse
          size="small"
          data-testid="issues"
          items={[
            {
              key: 'issues',
              label: (
                <Typography.Text type={invalid.length ? 'danger' : 'warning'}>
                  {w('act.issues', { count: issues.length })}
                </Typography.Text>
              ),
              children: <IssueList issues={issues} />,
            },
          ]}
        />
      )}

      <ReportSections
        view={view}
        content={content}
        issues={issues}
        editable={editable}
        attachments={attachments}
        catalogue={catalogue}
        unitName={unitName}
        csrfToken={me?.csrfToken ?? null}
        onIndicator={onIndicator}
        onTask={onTask}
        onContribution={onContribution}
        onNarrative={onNarrative}
        onAttached={onAttached}
      />
    </Space>
  );
}

function issuesOf(error: ApiError): Issue[] {
  const details = error.details as { issues?: Issue[] } | undefined;
  return Array.isArray(details?.issues) ? details.issues : [];
}

function IssueList({ issues, fallback }: { issues: readonly Issue[]; fallback?: string }) {
  const { lang } = useWords();
  if (issues.length === 0) return fallback ? <span>{fallback}</span> : null;
  return (
    <ul
      style={{ margin: 0, paddingInlineStart: 20, maxHeight: 240, overflowY: 'auto' }}
      data-testid="issue-list"
    >
      {issues.map((issue) => (
        <li key={`${issue.path}|${issue.code}`}>{fullIssueText(issue, lang)}</li>
      ))}
    </ul>
  );
}
