import {
  CarryOutOutlined,
  CloudServerOutlined,
  FileWordOutlined,
  FundOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { lazy, type ReactNode, Suspense } from 'react';
import { Link, Navigate, Route } from 'react-router-dom';
import { PageSpinner } from '../../components/PageSpinner.js';
import type { Lang } from '../../i18n.js';
import { useSession } from '../../state/session.js';
import type { Role } from '../../types.js';
import { HomeRedirect } from '../reports/routes.js';
import { word } from './words.js';

// Loaded when first opened, like the shell's pages (App.tsx); ECharts only with the charts (charts.tsx).
const DashboardPage = lazy(() => import('./DashboardPage.js').then((m) => ({ default: m.DashboardPage })));
const ScorecardPage = lazy(() => import('./ScorecardPage.js').then((m) => ({ default: m.ScorecardPage })));
const IndicatorPage = lazy(() => import('./IndicatorPage.js').then((m) => ({ default: m.IndicatorPage })));
const TaskBoardPage = lazy(() => import('./TaskBoardPage.js').then((m) => ({ default: m.TaskBoardPage })));
const ServiceQualityPage = lazy(() =>
  import('./ServiceQualityPage.js').then((m) => ({ default: m.ServiceQualityPage })),
);
const RankingPage = lazy(() => import('./RankingPage.js').then((m) => ({ default: m.RankingPage })));
const OfficialReportPage = lazy(() =>
  import('./OfficialReportPage.js').then((m) => ({ default: m.OfficialReportPage })),
);

const page = (node: ReactNode) => <Suspense fallback={<PageSpinner />}>{node}</Suspense>;

/** The dashboard pages' routes (issue 5), placed inside the signed-in layout by App.tsx. */
export function dashboardRoutes() {
  return (
    <>
      <Route path="/dashboard" element={page(<DashboardPage />)} />
      <Route path="/dashboard/units/:code" element={page(<ScorecardPage />)} />
      <Route path="/dashboard/indicators/:code" element={page(<IndicatorPage />)} />
      <Route path="/dashboard/tasks" element={page(<TaskBoardPage />)} />
      <Route path="/dashboard/service-quality" element={page(<ServiceQualityPage />)} />
      <Route path="/dashboard/ranking" element={page(<RankingPage />)} />
      <Route path="/dashboard/official-report" element={page(<OfficialReportPage />)} />
    </>
  );
}

// results.read and exports.create (src/auth/policy.ts): province-wide readers, and unit staff for their own unit
const READERS: Role[] = ['leader', 'aggregator', 'inspector', 'admin', 'unit_head', 'reporter'];
const EXPORTERS: Role[] = READERS;

/** The dashboard pages in the side menu, first (the leaders' home). */
export function dashboardMenuItems(lang: Lang, roles: readonly Role[]) {
  const has = (wanted: Role[]) => wanted.some((r) => roles.includes(r));
  const item = (key: string, icon: ReactNode, label: string) => ({
    key,
    icon,
    label: <Link to={key}>{label}</Link>,
  });
  return [
    has(READERS) && item('/dashboard', <FundOutlined />, word(lang, 'menu.dashboard')),
    has(READERS) && item('/dashboard/tasks', <CarryOutOutlined />, word(lang, 'menu.tasks')),
    has(READERS) &&
      item('/dashboard/service-quality', <CloudServerOutlined />, word(lang, 'menu.serviceQuality')),
    has(READERS) && item('/dashboard/ranking', <TrophyOutlined />, word(lang, 'menu.ranking')),
    has(EXPORTERS) &&
      item('/dashboard/official-report', <FileWordOutlined />, word(lang, 'menu.officialReport')),
  ].filter((x) => x !== false);
}

/** The index route: leaders start on the dashboard, everyone else where their work starts. */
export function StartPage() {
  const { me } = useSession();
  if (me?.roles.includes('leader')) return <Navigate to="/dashboard" replace />;
  return <HomeRedirect />;
}
