import { AuditOutlined, DashboardOutlined, FormOutlined } from '@ant-design/icons';
import { lazy, type ReactNode, Suspense } from 'react';
import { Link, Navigate, Route, useSearchParams } from 'react-router-dom';
import { PageSpinner } from '../../components/PageSpinner.js';
import type { Lang } from '../../i18n.js';
import { useSession } from '../../state/session.js';
import type { Role } from '../../types.js';
import { word } from './words.js';

// Loaded when first opened, like the shell's pages (App.tsx).
const MyReportsPage = lazy(() => import('./MyReportsPage.js').then((m) => ({ default: m.MyReportsPage })));
const ReportPage = lazy(() => import('./ReportPage.js').then((m) => ({ default: m.ReportPage })));
const ReviewQueuePage = lazy(() =>
  import('./ReviewQueuePage.js').then((m) => ({ default: m.ReviewQueuePage })),
);
const VersionsPage = lazy(() => import('./VersionsPage.js').then((m) => ({ default: m.VersionsPage })));
const TimelinessPage = lazy(() => import('./TimelinessPage.js').then((m) => ({ default: m.TimelinessPage })));

const page = (node: ReactNode) => <Suspense fallback={<PageSpinner />}>{node}</Suspense>;

/** The reminders' links (notifications/reminders.ts: '/bao-cao?ky=2026-10', '/tinh-hinh-bao-cao?ky=…'). */
function ReminderLink({ to }: { to: 'mine' | 'timeliness' }) {
  const [params] = useSearchParams();
  const period = params.get('ky');
  if (to === 'timeliness')
    return (
      <Navigate replace to={`/reports/timeliness${period ? `?period=${encodeURIComponent(period)}` : ''}`} />
    );
  return <Navigate replace to="/reports/mine" />;
}

/** The reporting pages' routes, placed inside the signed-in layout by App.tsx. */
export function reportRoutes() {
  return (
    <>
      <Route path="/reports/mine" element={page(<MyReportsPage />)} />
      <Route path="/reports/queue" element={page(<ReviewQueuePage />)} />
      <Route path="/reports/timeliness" element={page(<TimelinessPage />)} />
      <Route path="/reports/:id" element={page(<ReportPage />)} />
      <Route path="/reports/:id/versions" element={page(<VersionsPage />)} />
      <Route path="/bao-cao" element={<ReminderLink to="mine" />} />
      <Route path="/tinh-hinh-bao-cao" element={<ReminderLink to="timeliness" />} />
    </>
  );
}

/** The reporting pages in the side menu, for the roles that use them (src/auth/policy.ts). */
export function reportMenuItems(lang: Lang, roles: readonly Role[]) {
  const has = (...wanted: Role[]) => wanted.some((r) => roles.includes(r));
  const item = (key: string, icon: ReactNode, label: string) => ({
    key,
    icon,
    label: <Link to={key}>{label}</Link>,
  });
  return [
    has('reporter', 'unit_head') && item('/reports/mine', <FormOutlined />, word(lang, 'menu.myReports')),
    has('aggregator') && item('/reports/queue', <AuditOutlined />, word(lang, 'menu.queue')),
    has('reporter', 'unit_head', 'aggregator', 'inspector', 'leader', 'admin') &&
      item('/reports/timeliness', <DashboardOutlined />, word(lang, 'menu.timeliness')),
  ].filter((x) => x !== false);
}

/** Where a signed-in user starts: the unit's report for its staff, the plans for everyone else. */
export function homePath(roles: readonly Role[]): string {
  return roles.some((r) => r === 'reporter' || r === 'unit_head') ? '/reports/mine' : '/plans';
}

/** The index route: each user to where their work starts. */
export function HomeRedirect() {
  const { me } = useSession();
  return <Navigate to={homePath(me?.roles ?? [])} replace />;
}
