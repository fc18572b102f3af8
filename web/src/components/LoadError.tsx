import { Alert, Button } from 'antd';
import { ApiError } from '../api.js';
import { useI18n } from '../state/language.js';

/** A failed load: the API's own message in the user's language, and a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, lang } = useI18n();
  const detail = error instanceof ApiError ? error.text(lang) : undefined;
  return (
    <Alert
      type="error"
      showIcon
      message={t('app.loadFailed')}
      description={detail}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
