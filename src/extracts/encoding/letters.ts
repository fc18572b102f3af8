/**
 * The Vietnamese letters, built from the twelve vowels and the five tone marks rather than typed
 * out, so that no table can silently miss one.
 */

/** The combining tone marks in the order huyền, sắc, hỏi, ngã, nặng (grave, acute, hook above, tilde, dot below). */
export const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

export type Tone = 0 | 1 | 2 | 3 | 4 | 5; // 0 = ngang (no mark), then TONE_MARKS[tone - 1]

/** The twelve lower-case vowels, with their built-in circumflex, breve or horn. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

export type Vowel = (typeof VOWELS)[number];

/** A vowel with a tone, precomposed (NFC). */
export function withTone(vowel: string, tone: Tone): string {
  return tone === 0 ? vowel : (vowel + TONE_MARKS[tone - 1]).normalize('NFC');
}

function allLetters(): string[] {
  const lower: string[] = [];
  for (const vowel of VOWELS) {
    for (let tone = 0; tone <= 5; tone++) lower.push(withTone(vowel, tone as Tone));
  }
  lower.push('đ');
  const letters = [...lower, ...lower.map((letter) => letter.toUpperCase())];
  return letters.filter((letter) => letter.charCodeAt(0) > 0x7f);
}

/** The 134 non-ASCII Vietnamese letters, lower then upper case: 12 vowels × 6 tones × 2 cases + đ Đ − 12 plain ASCII vowels. */
export const VIETNAMESE_LETTERS: readonly string[] = allLetters();
