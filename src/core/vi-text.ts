/**
 * Small helpers for reading Vietnamese text as officers (and OCR) write it.
 */

/** NFC, the look-alike 'Ð' (U+00D0) read as 'Đ', whitespace runs (newlines included) made one space. */
export function cleanVi(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00D0/g, 'Đ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A matching key: lower case, without tone and vowel marks, đ → d, single spaces. 'Thường xuyên',
 * 'Thuong xuyen' and 'THƯỜNG XUYÊN' share one key. Seed 004 is an OCR without diacritics whose
 * scanner also read 'ệ' as '¢' ('Nhi¢m vy'): that is folded to 'e' too.
 */
export function foldVi(text: string): string {
  return cleanVi(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/¢/g, 'e')
    .toLowerCase()
    .normalize('NFC');
}

const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12,
};

/** 'II' → 2, '3' → 3 (1–12); null otherwise. */
export function romanOrDigits(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return ROMAN[t] ?? null;
}
