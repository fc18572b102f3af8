import type { ConfigProviderProps } from 'antd';
import enUSModule from 'antd/es/locale/en_US.js';
import viVNModule from 'antd/es/locale/vi_VN.js';
import type { Lang } from './i18n.js';

type AntLocale = NonNullable<ConfigProviderProps['locale']>;

// antd's es/ files are ES modules inside a package without "type": "module": TypeScript (NodeNext)
// types their default import as the CommonJS module object, while Vite hands over the locale itself.
const unwrap = (imported: unknown): AntLocale =>
  (imported as { default?: AntLocale }).default ?? (imported as AntLocale);

const locales: Record<Lang, AntLocale> = { vi: unwrap(viVNModule), en: unwrap(enUSModule) };

/** Ant Design's own texts (pagination, empty tables, …) in the UI language. */
export function antdLocale(lang: Lang): AntLocale {
  return locales[lang];
}
