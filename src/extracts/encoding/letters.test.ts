import { describe, expect, it } from 'vitest';
import { VIETNAMESE_LETTERS, withTone } from './letters.js';

describe('VIETNAMESE_LETTERS', () => {
  it('has the 134 non-ASCII letters, all distinct, all precomposed single characters', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(134);
    expect(new Set(VIETNAMESE_LETTERS).size).toBe(134);
    for (const letter of VIETNAMESE_LETTERS) {
      expect(letter.length).toBe(1);
      expect(letter.normalize('NFC')).toBe(letter);
    }
  });

  it('lists lower case (ending with đ) then upper case (ending with Đ)', () => {
    expect(VIETNAMESE_LETTERS.slice(0, 5).join('')).toBe('àáảãạ');
    expect(VIETNAMESE_LETTERS.slice(61, 66).join('')).toBe('ỳýỷỹỵ');
    expect(VIETNAMESE_LETTERS[66]).toBe('đ');
    expect(VIETNAMESE_LETTERS.slice(-6).join('')).toBe('ỲÝỶỸỴĐ');
    expect(VIETNAMESE_LETTERS).toContain('Đ');
    expect(VIETNAMESE_LETTERS).toContain('đ');
    expect(VIETNAMESE_LETTERS).not.toContain('a');
  });

  it('composes tones in the order huyền, sắc, hỏi, ngã, nặng', () => {
    expect([0, 1, 2, 3, 4, 5].map((tone) => withTone('ư', tone as 0 | 1 | 2 | 3 | 4 | 5)).join('')).toBe(
      'ưừứửữự',
    );
  });
});
