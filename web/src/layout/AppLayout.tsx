import {
  ApartmentOutlined,
  FileTextOutlined,
  LogoutOutlined,
  MenuOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Space, Tag, Tooltip } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { roleLabel } from '../labels.js';
import { dashboardMenuItems } from '../pages/dashboard/routes.js';
import { dataMenuItems } from '../pages/data/routes.js';
import { DemoBanner } from '../pages/reports/DemoBanner.js';
import { reportMenuItems } from '../pages/reports/routes.js';
import { forgetUnits } from '../state/data.js';
import { useI18n } from '../state/language.js';
import { useSession } from '../state/session.js';

const { Header, Sider, Content } = Layout;

// the bell (a popover list) is not needed to draw the first page
const NotificationBell = lazy(() =>
  import('../pages/reports/NotificationBell.js').then((m) => ({ default: m.NotificationBell })),
);

/**
 * The frame of every signed-in page: the product's name, who is signed in (name, unit, roles),
 * the language switch and sign-out; a side menu of the pages that exist (reports, data and the
 * dashboard join it as they are built).
 */
export function AppLayout() {
  const { t, lang } = useI18n();
  const { me, logout } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const wide = screens.md === true;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const items = [
    ...dashboardMenuItems(lang, me?.roles ?? []),
    { key: '/plans', icon: <FileTextOutlined />, label: <Link to="/plans">{t('menu.plans')}</Link> },
    { key: '/units', icon: <ApartmentOutlined />, label: <Link to="/units">{t('menu.units')}</Link> },
    ...reportMenuItems(lang, me?.roles ?? []),
    ...dataMenuItems(lang, me?.roles ?? []),
  ];
  // the longest matching key: '/dashboard/tasks' is not '/dashboard'
  const selected = items
    .filter((item) => location.pathname.startsWith(item.key))
    .sort((a, b) => b.key.length - a.key.length)[0]?.key;

  const signOut = async () => {
    forgetUnits();
    await logout().catch(() => undefined);
    navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          padding: wide ? '0 24px' : '0 12px',
          background: '#b5121b',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {!wide && (
          <Button
            type="text"
            icon={<MenuOutlined style={{ color: '#fff' }} />}
            onClick={() => setDrawerOpen(true)}
            aria-label={t('menu.open')}
          />
        )}
        <Link to="/plans" style={{ color: '#fff', fontSize: 20, fontWeight: 600, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Link>
        <div style={{ flex: 1 }} />
        {me && wide && (
          <Space size={8} style={{ color: '#fff', minWidth: 0 }} data-testid="current-user">
            <UserOutlined />
            <span style={{ fontWeight: 500, whiteSpace: 'nowrap' }}>{me.user.displayName}</span>
            <span
              style={{
                opacity: 0.9,
                whiteSpace: 'nowrap',
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                maxWidth: 260,
              }}
            >
              · {me.unit?.name ?? me.user.unitCode}
            </span>
            {screens.lg &&
              me.roles.map((role) => (
                <Tag key={role} color="gold" style={{ marginInlineEnd: 0 }}>
                  {roleLabel(role, lang)}
                </Tag>
              ))}
          </Space>
        )}
        {me && !wide && (
          // a phone has no room for the name in the header: it is one tap away
          <Tooltip
            trigger={['click', 'hover']}
            title={`${me.user.displayName} · ${me.unit?.name ?? me.user.unitCode} · ${me.roles.map((r) => roleLabel(r, lang)).join(', ')}`}
          >
            <Button
              type="text"
              icon={<UserOutlined style={{ color: '#fff' }} />}
              aria-label={me.user.displayName}
            />
          </Tooltip>
        )}
        {me && (
          <Suspense fallback={null}>
            <NotificationBell />
          </Suspense>
        )}
        <LanguageSwitch />
        <Button size="small" icon={<LogoutOutlined />} onClick={signOut} aria-label={t('header.logout')}>
          {wide ? t('header.logout') : null}
        </Button>
      </Header>
      <Layout>
        {wide ? (
          <Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
            <Menu
              mode="inline"
              selectedKeys={selected ? [selected] : []}
              items={items}
              style={{ borderRight: 0, paddingTop: 8 }}
            />
          </Sider>
        ) : (
          // on a phone the menu slides in from the header's button instead of taking a column
          <Drawer
            placement="left"
            width={240}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={t('app.name')}
            styles={{ body: { padding: 0 } }}
          >
            <Menu
              mode="inline"
              selectedKeys={selected ? [selected] : []}
              items={items}
              style={{ borderRight: 0 }}
              onClick={() => setDrawerOpen(false)}
            />
          </Drawer>
        )}
        <Content style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
          <DemoBanner />
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
