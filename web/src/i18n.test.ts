import { describe, expect, it } from 'vitest';
import { LANG_STORAGE_KEY, messageKeys, messageTable, storedLang, storeLang, translate } from './i18n.js';

describe('i18n dictionary', () => {
  it('has both languages, non-empty, for every key', () => {
    for (const key of messageKeys) {
      expect(messageTable[key].vi.trim(), key).not.toBe('');
      expect(messageTable[key].en.trim(), key).not.toBe('');
    }
  });

  it('keeps Vietnamese text in NFC (precomposed diacritics)', () => {
    for (const key of messageKeys)
      expect(messageTable[key].vi, key).toBe(messageTable[key].vi.normalize('NFC'));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('vi', 'ind.baseline', { year: 2025 })).toBe('Kết quả 2025');
    expect(translate('en', 'ind.baseline', { year: 2025 })).toBe('Result 2025');
    expect(translate('vi', 'selector.divisions')).toBe('Các phòng, đơn vị thuộc {unit}');
  });

  it('remembers the language, Vietnamese by default', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(storedLang(storage)).toBe('vi');
    storeLang(storage, 'en');
    expect(store.get(LANG_STORAGE_KEY)).toBe('en');
    expect(storedLang(storage)).toBe('en');
    expect(storedLang({ getItem: () => 'fr' })).toBe('vi');
    expect(
      storedLang({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('vi');
  });
});
