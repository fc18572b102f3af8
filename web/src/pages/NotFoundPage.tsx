import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../state/language.js';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('app.notFound')}
      extra={
        <Link to="/plans">
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}
