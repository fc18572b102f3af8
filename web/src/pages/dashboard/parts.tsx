import { Select, Space, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useSession } from '../../state/session.js';
import { UnitPicker } from '../data/parts.js';
import { currentPeriod, periodLabel, periodOptions, recordsHref } from './show.js';
import type { RecordsQuery, Status } from './types.js';
import { useWords } from './words.js';

/** Small pieces shared by the dashboard pages: status tags, the period and unit pickers, value links. */

const STATUS_COLOUR: Record<Status, string> = { dat: 'green', chua_dat: 'red', chua_danh_gia: 'default' };

/** Đạt green, Chưa đạt red, Chưa đánh giá grey with the reason in a tooltip. */
export function StatusTag({ status, reason }: { status: Status; reason?: string | null }) {
  const { w } = useWords();
  const tag = (
    <Tag color={STATUS_COLOUR[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {w(`status.${status}`)}
    </Tag>
  );
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : tag;
}

// policy 'records.read' (src/auth/policy.ts): every role that reads results may follow a number to its records
const RECORD_READERS = ['leader', 'inspector', 'aggregator', 'admin', 'reporter', 'unit_head'];

/** A number that opens the records behind it (the data pages' records route), for those who may read them. */
export function ValueLink({
  records,
  children,
}: {
  records: RecordsQuery | null | undefined;
  children: ReactNode;
}) {
  const { w } = useWords();
  const { me } = useSession();
  const may = me?.roles.some((r) => RECORD_READERS.includes(r)) ?? false;
  if (!records || !may) return <span>{children}</span>;
  return (
    <Link to={recordsHref(records)} title={w('common.records')} data-testid="value-link">
      {children}
    </Link>
  );
}

/** The page's `period` and `unit` live in the address, so that a view can be linked and reloaded. */
export function useQueryState(): {
  params: URLSearchParams;
  get(key: string): string | undefined;
  set(changes: Record<string, string | undefined>): void;
} {
  const [params, setParams] = useSearchParams();
  return {
    params,
    get: (key) => params.get(key) ?? undefined,
    set(changes) {
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, value);
      }
      setParams(next, { replace: true });
    },
  };
}

/** The period select: the months back to January of last year; empty means "latest with data". */
export function PeriodPicker({
  value,
  shown,
  onChange,
}: {
  value: string | undefined;
  shown: string | undefined;
  onChange: (period: string | undefined) => void;
}) {
  const { w, lang } = useWords();
  const options = periodOptions(currentPeriod(Date.now())).map((p) => ({
    value: p,
    label: periodLabel(p, lang),
  }));
  return (
    <Select
      data-testid="period-picker"
      aria-label={w('common.period')}
      style={{ minWidth: 150 }}
      value={value ?? shown}
      options={options}
      onChange={(p: string) => onChange(p)}
    />
  );
}

/** The period and unit pickers of a page, above its content. */
export function Filters({
  shownPeriod,
  withUnit = true,
  extra,
}: {
  shownPeriod?: string;
  withUnit?: boolean;
  extra?: ReactNode;
}) {
  const q = useQueryState();
  return (
    <Space wrap size={8}>
      <PeriodPicker value={q.get('period')} shown={shownPeriod} onChange={(period) => q.set({ period })} />
      {withUnit && <UnitPicker value={q.get('unit')} onChange={(unit) => q.set({ unit })} />}
      {extra}
    </Space>
  );
}

/** '?period=…&unit=…' of the current page's filters, for the API. */
export function apiQuery(pairs: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(pairs)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}
