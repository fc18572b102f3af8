import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError } from '../api.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { useI18n } from '../state/language.js';
import { useSession } from '../state/session.js';
import { DemoAccounts } from './reports/DemoBanner.js';

interface LoginForm {
  username: string;
  password: string;
}

/** Sign-in. The API's message is shown as it is: it already says why (wrong password, locked, …). */
export function LoginPage() {
  const { t, lang } = useI18n();
  const { status, expired, login } = useSession();
  const location = useLocation();
  const [error, setError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [form] = Form.useForm<LoginForm>();
  // '/' sends each user to where their work starts (pages/reports/routes.tsx HomeRedirect)
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (status === 'signed-in') return <Navigate to={from === '/login' ? '/' : from} replace />;

  const submit = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(values.username, values.password);
    } catch (reason) {
      setError(
        reason instanceof ApiError
          ? reason
          : new ApiError(0, 'network', t('login.network'), t('login.network')),
      );
    } finally {
      setSubmitting(false);
    }
  };

  const locked = error?.code === 'account_locked';
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: '#f3f4f6',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 8 }}>
            <div>
              <Typography.Title level={2} style={{ margin: 0, color: '#b5121b' }}>
                {t('app.name')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
            </div>
            <LanguageSwitch />
          </div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('login.title')}
          </Typography.Title>
          {expired && !error && (
            <Alert type="warning" showIcon message={t('login.expired')} data-testid="login-expired" />
          )}
          {error && (
            <Alert
              type={locked ? 'warning' : 'error'}
              showIcon
              message={t(locked ? 'login.locked' : 'login.failed')}
              description={error.text(lang)}
              data-testid="login-error"
            />
          )}
          <Form<LoginForm>
            form={form}
            layout="vertical"
            onFinish={submit}
            requiredMark={false}
            disabled={submitting}
          >
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, message: t('login.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              {t('login.submit')}
            </Button>
          </Form>
          <DemoAccounts onPick={(username, password) => form.setFieldsValue({ username, password })} />
        </Space>
      </Card>
    </div>
  );
}
