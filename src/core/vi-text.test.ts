import { describe, expect, it } from 'vitest';
import { cleanVi, foldVi, romanOrDigits } from './vi-text.js';

describe('vi-text', () => {
  it('cleans: NFC, Ð look-alike, one space', () => {
    expect(cleanVi('  Thu\u0300ng\n  xuye\u0302n ')).toBe('Thùng xuyên');
    expect(cleanVi('\u00D0ợt 1')).toBe('Đợt 1');
  });

  it.each([
    ['Thường xuyên', 'thuong xuyen'],
    ['THƯỜNG XUYÊN', 'thuong xuyen'],
    ['Thuong xuyen', 'thuong xuyen'],
    ['Đợt 1', 'dot 1'],
    ['Quý II/2026', 'quy ii/2026'],
    ['Nhi¢m vy', 'nhiem vy'],
  ])('folds %j to %j', (text, key) => {
    expect(foldVi(text)).toBe(key);
  });

  it.each([
    ['I', 1],
    ['ii', 2],
    ['IV', 4],
    ['3', 3],
    ['XII', 12],
    ['V I', null],
    ['', null],
  ])('reads %j as %s', (text, n) => {
    expect(romanOrDigits(text)).toBe(n);
  });
});
