import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  HistoryOutlined,
} from '@ant-design/icons';
import { lazy, type ReactNode, Suspense } from 'react';
import { Link, Route } from 'react-router-dom';
import { PageSpinner } from '../../components/PageSpinner.js';
import type { Lang } from '../../i18n.js';
import type { Role } from '../../types.js';
import { word } from './words.js';

// Loaded when first opened, like the shell's pages (App.tsx).
const UploadPage = lazy(() => import('./UploadPage.js').then((m) => ({ default: m.UploadPage })));
const HistoryPage = lazy(() => import('./HistoryPage.js').then((m) => ({ default: m.HistoryPage })));
const ResultsPage = lazy(() => import('./ResultsPage.js').then((m) => ({ default: m.ResultsPage })));
const RecordsPage = lazy(() => import('./RecordsPage.js').then((m) => ({ default: m.RecordsPage })));
const FlagsPage = lazy(() => import('./FlagsPage.js').then((m) => ({ default: m.FlagsPage })));
const SpotChecksPage = lazy(() => import('./SpotChecksPage.js').then((m) => ({ default: m.SpotChecksPage })));
const SpotCheckPage = lazy(() => import('./SpotCheckPage.js').then((m) => ({ default: m.SpotCheckPage })));

const page = (node: ReactNode) => <Suspense fallback={<PageSpinner />}>{node}</Suspense>;

/** The data pages' routes, placed inside the signed-in layout by App.tsx. */
export function dataRoutes() {
  return (
    <>
      <Route path="/data/upload" element={page(<UploadPage />)} />
      <Route path="/data/imports" element={page(<HistoryPage />)} />
      <Route path="/data/results" element={page(<ResultsPage />)} />
      <Route path="/data/records" element={page(<RecordsPage />)} />
      <Route path="/data/flags" element={page(<FlagsPage />)} />
      <Route path="/data/spotchecks" element={page(<SpotChecksPage />)} />
      <Route path="/data/spotchecks/:id" element={page(<SpotCheckPage />)} />
    </>
  );
}

const CHECKERS: Role[] = ['inspector', 'aggregator', 'admin', 'leader', 'reporter', 'unit_head'];

/** The data pages in the side menu, for the roles that may use them (src/auth/policy.ts). */
export function dataMenuItems(lang: Lang, roles: readonly Role[]) {
  const has = (...wanted: Role[]) => wanted.some((r) => roles.includes(r));
  const item = (key: string, icon: ReactNode, label: string) => ({
    key,
    icon,
    label: <Link to={key}>{label}</Link>,
  });
  return [
    has('reporter', 'unit_head', 'aggregator', 'admin') &&
      item('/data/upload', <CloudUploadOutlined />, word(lang, 'menu.upload')),
    has('reporter', 'unit_head', 'aggregator', 'inspector', 'admin') &&
      item('/data/imports', <HistoryOutlined />, word(lang, 'menu.imports')),
    has(...CHECKERS) && item('/data/results', <BarChartOutlined />, word(lang, 'menu.results')),
    has(...CHECKERS) && item('/data/flags', <AlertOutlined />, word(lang, 'menu.flags')),
    has('inspector') && item('/data/spotchecks', <AuditOutlined />, word(lang, 'menu.spotchecks')),
  ].filter((x) => x !== false);
}
