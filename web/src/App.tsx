import { App as AntApp, ConfigProvider } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { antdLocale } from './antd-locales.js';
import { PageSpinner } from './components/PageSpinner.js';
import { AppLayout } from './layout/AppLayout.js';
import { dashboardRoutes, StartPage } from './pages/dashboard/routes.js';
import { dataRoutes } from './pages/data/routes.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { reportRoutes } from './pages/reports/routes.js';
import { LanguageProvider, useI18n } from './state/language.js';
import { SessionProvider, useSession } from './state/session.js';

// The pages are loaded when first opened, so that the sign-in page comes up quickly.
const PlansPage = lazy(() => import('./pages/PlansPage.js').then((m) => ({ default: m.PlansPage })));
const PlanPage = lazy(() => import('./pages/plan/PlanPage.js').then((m) => ({ default: m.PlanPage })));
const UnitsPage = lazy(() => import('./pages/UnitsPage.js').then((m) => ({ default: m.UnitsPage })));

export function App() {
  return (
    <LanguageProvider>
      <LocalisedApp />
    </LanguageProvider>
  );
}

function LocalisedApp() {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={antdLocale(lang)} theme={{ token: { colorPrimary: '#0b5cad', borderRadius: 6 } }}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route
                element={
                  <RequireSession>
                    <AppLayout />
                  </RequireSession>
                }
              >
                <Route index element={<StartPage />} />
                <Route
                  path="/plans"
                  element={
                    <Lazy>
                      <PlansPage />
                    </Lazy>
                  }
                />
                <Route
                  path="/plans/:id"
                  element={
                    <Lazy>
                      <PlanPage />
                    </Lazy>
                  }
                />
                <Route
                  path="/units"
                  element={
                    <Lazy>
                      <UnitsPage />
                    </Lazy>
                  }
                />
                {dashboardRoutes()}
                {dataRoutes()}
                {reportRoutes()}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageSpinner />}>{children}</Suspense>;
}

/** Pages behind sign-in: without a session, to the login page (and back here afterwards). */
function RequireSession({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'loading') return <PageSpinner />;
  if (status === 'anonymous')
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}
