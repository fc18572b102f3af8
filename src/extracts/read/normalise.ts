/**
 * Comparison keys for headers and enum/flag words. Vietnamese text reaches us with the tone mark
 * on either vowel ("hoá"/"hóa", "thuỷ"/"thủy"), composed or decomposed, and with look-alikes of Đ
 * (Ð U+00D0, Ɖ U+0189) typed on foreign keyboards: all of these must compare equal.
 */

// The five tone marks (acute, grave, hook above, tilde, dot below) as combining characters.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_OF: Readonly<Record<string, string>> = {
  '\u0300': '2',
  '\u0301': '1',
  '\u0303': '4',
  '\u0309': '3',
  '\u0323': '5',
};

/** Lower-case, NFC, Đ look-alikes folded to đ, whitespace collapsed, tone mark moved to the end of its word. */
export function textKey(value: string): string {
  const folded = value
    .normalize('NFD')
    .replace(/[\u00D0\u0189\u00F0\u0256]/g, 'đ')
    .toLowerCase()
    .replace(/[\s_\u00A0]+/g, ' ')
    .trim();
  if (folded === '') return '';
  return folded
    .split(' ')
    .map((word) => {
      let tone = '';
      const bare = word.replace(TONE_MARKS, (m) => {
        tone = TONE_OF[m] ?? '';
        return '';
      });
      return bare.normalize('NFC') + tone;
    })
    .join(' ');
}

/** Like textKey, but also drops every diacritic: for flag words written without them ("co", "khong"). */
export function bareKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ\u00D0\u0189\u00F0\u0256]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
