import { Segmented } from 'antd';
import type { Lang } from '../i18n.js';
import { useI18n } from '../state/language.js';

/** VI | EN: the choice is remembered in this browser (state/language.tsx). */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      size="small"
      aria-label={t('lang.switch')}
      value={lang}
      onChange={setLang}
      options={[
        {
          value: 'vi',
          label: (
            <span title={t('lang.vi')} data-testid="lang-vi">
              VI
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span title={t('lang.en')} data-testid="lang-en">
              EN
            </span>
          ),
        },
      ]}
    />
  );
}
