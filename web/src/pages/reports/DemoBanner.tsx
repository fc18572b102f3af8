import { Alert, Space, Tag, Typography } from 'antd';
import { roleLabel } from '../../labels.js';
import { useSystemInfo } from './hooks.js';
import { useWords } from './words.js';

/** A demonstration installation says so on every page, so that nobody takes its figures for real ones. */
export function DemoBanner() {
  const { w } = useWords();
  const info = useSystemInfo();
  if (!info?.demo) return null;
  return (
    <Alert
      banner
      type="warning"
      data-testid="demo-banner"
      message={<strong>{w('demo.banner')}</strong>}
      style={{ background: '#fadb14', border: '1px solid #d4b106', color: '#000', marginBottom: 16 }}
    />
  );
}

/** On the sign-in page of a demonstration: its accounts, a click fills the form. */
export function DemoAccounts({ onPick }: { onPick: (username: string, password: string) => void }) {
  const { w, lang } = useWords();
  const info = useSystemInfo();
  if (!info?.demo || info.demoAccounts.length === 0) return null;
  return (
    <div data-testid="demo-accounts">
      <Typography.Text strong>{w('demo.accounts')}</Typography.Text>
      <Space direction="vertical" size={4} style={{ width: '100%', marginTop: 6 }}>
        {info.demoAccounts.map((a) => (
          <button
            key={a.username}
            type="button"
            onClick={() => onPick(a.username, a.password)}
            style={{
              display: 'block',
              width: '100%',
              textAlign: 'left',
              border: '1px solid #f0f0f0',
              borderRadius: 6,
              background: '#fafafa',
              padding: '4px 8px',
              cursor: 'pointer',
            }}
          >
            <Typography.Text code>{a.username}</Typography.Text> {a.displayName}{' '}
            {a.roles.map((r) => (
              <Tag key={r} style={{ marginInlineEnd: 4 }}>
                {roleLabel(r, lang)}
              </Tag>
            ))}
          </button>
        ))}
      </Space>
    </div>
  );
}
