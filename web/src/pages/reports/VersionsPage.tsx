import { Alert, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.js';
import { PageSpinner } from '../../components/PageSpinner.js';
import { useApi } from '../../state/data.js';
import { fieldLabel, fieldValueText, parseFieldPath } from './diff-labels.js';
import { ReportStatusTag } from './parts.js';
import { formatInstant, reportStatusLabel, subjectText } from './show.js';
import type { EventView, ReportStatus, ReportView, VersionDiff, VersionList, VersionView } from './types.js';
import { hasWord, useWords } from './words.js';

const isStatus = (s: string): s is ReportStatus =>
  ['draft', 'approved', 'submitted', 'accepted', 'returned'].includes(s);

/**
 * "Lịch sử phiên bản": every version of a report (none is ever overwritten), each with its status
 * history (who, when, comments), and the differences between two versions as field → before → after.
 */
export function VersionsPage() {
  const { w, lang } = useWords();
  const id = Number(useParams().id);
  const report = useApi<ReportView>(`/reports/${id}`);
  const list = useApi<VersionList>(`/reports/${id}/versions`);
  const versions = list.data?.versions ?? [];
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);

  useEffect(() => {
    const n = list.data?.versions.length ?? 0;
    if (n >= 2) {
      setFrom(n - 1);
      setTo(n);
    }
  }, [list.data]);

  const diff = useApi<VersionDiff>(
    from !== null && to !== null && from !== to ? `/reports/${id}/diff?from=${from}&to=${to}` : null,
  );

  if (report.error || list.error)
    return <LoadError error={report.error ?? list.error} onRetry={list.reload} />;
  if (!report.data || !list.data) return <PageSpinner />;

  const statusWord = (s: string | null) => (s === null ? '—' : isStatus(s) ? reportStatusLabel(s, lang) : s);
  const options = versions.map((v) => ({ value: v.version, label: w('versions.version', { n: v.version }) }));
  // the indicator's or task's name, from the forms of the versions compared
  const names = new Map<string, string>();
  for (const v of versions)
    for (const item of [...v.form.indicators, ...v.form.leadTasks, ...v.form.coordinatedTasks])
      names.set(item.code, item.name);
  const itemName = (path: string) => {
    const code = parseFieldPath(path).code;
    return code === null ? undefined : names.get(code);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="versions-page">
      <Link to={`/reports/${id}`}>
        ← {report.data.unit.name} — {subjectText(report.data, lang)}
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {w('versions.title')}
      </Typography.Title>

      <Card title={w('versions.compare')} data-testid="diff">
        {versions.length < 2 ? (
          <Typography.Text type="secondary">{w('versions.onlyOne')}</Typography.Text>
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <span>{w('versions.from')}</span>
              <Select
                style={{ width: 160 }}
                value={from ?? undefined}
                onChange={setFrom}
                options={options}
                data-testid="diff-from"
              />
              <span>{w('versions.to')}</span>
              <Select
                style={{ width: 160 }}
                value={to ?? undefined}
                onChange={setTo}
                options={options}
                data-testid="diff-to"
              />
            </Space>
            {diff.error ? (
              <LoadError error={diff.error} />
            ) : (
              <Table
                rowKey="path"
                size="small"
                loading={diff.loading}
                dataSource={diff.data?.changes ?? []}
                pagination={false}
                locale={{ emptyText: w('versions.noChanges') }}
                data-testid="diff-table"
                columns={[
                  {
                    title: w('versions.field'),
                    key: 'field',
                    width: '40%',
                    render: (_, c) => {
                      const name = itemName(c.path);
                      return (
                        <>
                          <div>{fieldLabel(c.path, lang)}</div>
                          {name && (
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {name}
                            </Typography.Text>
                          )}
                        </>
                      );
                    },
                  },
                  {
                    title: w('versions.before'),
                    key: 'before',
                    render: (_, c) => (
                      <span style={{ background: '#fff1f0', whiteSpace: 'pre-wrap' }}>
                        {fieldValueText(c.path, c.before, lang)}
                      </span>
                    ),
                  },
                  {
                    title: w('versions.after'),
                    key: 'after',
                    render: (_, c) => (
                      <span style={{ background: '#f6ffed', whiteSpace: 'pre-wrap' }}>
                        {fieldValueText(c.path, c.after, lang)}
                      </span>
                    ),
                  },
                ]}
              />
            )}
          </Space>
        )}
      </Card>

      {[...versions].reverse().map((v) => (
        <VersionCard key={v.version} version={v} statusWord={statusWord} />
      ))}
    </Space>
  );
}

function VersionCard({
  version,
  statusWord,
}: {
  version: VersionView;
  statusWord: (s: string | null) => string;
}) {
  const { w } = useWords();
  const actionWord = (a: string) => {
    const key = `action.${a}`;
    return hasWord(key) ? w(key) : a;
  };
  return (
    <Card
      data-testid={`version-${version.version}`}
      title={
        <Space wrap>
          <span>{w('versions.version', { n: version.version })}</span>
          {version.current && <Tag color="blue">{w('versions.current')}</Tag>}
          {isStatus(version.status) && (
            <ReportStatusTag status={version.status} late={version.late === true} />
          )}
        </Space>
      }
      extra={
        <Typography.Text type="secondary">
          {w('versions.created', { who: version.createdBy, at: formatInstant(version.createdAt) })}
        </Typography.Text>
      }
    >
      {version.returnComment && version.status === 'returned' && (
        <Alert
          type="error"
          showIcon
          message={w('mine.returnComment')}
          description={version.returnComment}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<EventView>
        rowKey={(e) => `${e.at}|${e.action}`}
        size="small"
        pagination={false}
        dataSource={version.history}
        scroll={{ x: 'max-content' }}
        data-testid={`history-${version.version}`}
        columns={[
          { title: w('versions.when'), key: 'at', render: (_, e) => formatInstant(e.at) },
          {
            title: w('versions.action'),
            key: 'action',
            render: (_, e) => (
              <Space size={4}>
                {actionWord(e.action)}
                {e.late !== null && (
                  <Tag color={e.late ? 'orange' : 'green'}>{w(e.late ? 'status.late' : 'status.onTime')}</Tag>
                )}
              </Space>
            ),
          },
          {
            title: w('versions.status'),
            key: 'status',
            render: (_, e) =>
              e.fromStatus && e.fromStatus !== e.toStatus
                ? `${statusWord(e.fromStatus)} → ${statusWord(e.toStatus)}`
                : statusWord(e.toStatus),
          },
          { title: w('versions.who'), dataIndex: 'actor' },
          { title: w('versions.comment'), key: 'comment', render: (_, e) => e.comment ?? '' },
        ]}
      />
    </Card>
  );
}
