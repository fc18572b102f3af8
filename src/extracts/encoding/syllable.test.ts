import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from './syllable.js';

describe('isVietnameseSyllable', () => {
  it.each([
    'Nguyễn',
    'Mường',
    'người',
    'khuya',
    'quyền',
    'giữa',
    'nghiêng',
    'Đắk',
    'THỦY',
    'Ủy',
    'thuở',
    'ỹ',
    'hươu',
    'Thò',
    'SáCH',
    'HồNG',
  ])('accepts %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    'Nguyeãn', // VNI read as Windows-1258
    'Möôøng', // VNI read as Latin
    'Nguyờịn', // Windows-1258 read as TCVN3: two tones
    'tƠt', // mixed case
    'ñy',
    'chaứo',
    'ǹgười', // a mark on a consonant
  ])('rejects %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
