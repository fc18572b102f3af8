import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Lang, type MessageKey, storedLang, storeLang, translate } from '../i18n.js';

interface LanguageState {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
}

const LanguageContext = createContext<LanguageState | null>(null);

const storage = (): Storage | undefined => (typeof window === 'undefined' ? undefined : window.localStorage);

/** The UI language: Vietnamese first, English when chosen; the choice is kept in localStorage. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => storedLang(storage()));
  const setLang = useCallback((next: Lang) => {
    storeLang(storage(), next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<LanguageState>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useI18n(): LanguageState {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useI18n outside LanguageProvider');
  return value;
}
