import { Spin } from 'antd';
import { useI18n } from '../state/language.js';

export function PageSpinner() {
  const { t } = useI18n();
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin tip={t('app.loading')} size="large">
        <div style={{ minHeight: 48 }} />
      </Spin>
    </div>
  );
}
