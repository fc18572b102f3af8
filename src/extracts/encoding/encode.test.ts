import { describe, expect, it } from 'vitest';
import { decodeAll } from './decode-all.js';
import { encodeLegacy } from './encode.js';
import { VIETNAMESE_LETTERS } from './letters.js';
import type { LegacyEncodingName } from './names.js';

/** Bytes as a Latin-1 string: how legacy Vietnamese text looks when opened without its font. */
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const roundTrip = (text: string, encoding: LegacyEncodingName) =>
  decodeAll(encodeLegacy(text, encoding), encoding).text;

// TCVN3 upper-case letters with a tone have no code of their own (written in an upper-case font).
const TCVN3_UPPER_TONED = VIETNAMESE_LETTERS.filter(
  (letter) => letter !== letter.toLowerCase() && !'ĂÂÊÔƠƯĐ'.includes(letter),
);

describe('encodeLegacy and decoding, every Vietnamese letter', () => {
  it.each(['vni', 'windows-1258'] as const)('%s round-trips all 134 letters exactly', (encoding) => {
    const all = VIETNAMESE_LETTERS.join(' ');
    expect(roundTrip(all, encoding)).toBe(all);
    for (const letter of VIETNAMESE_LETTERS) expect(roundTrip(letter, encoding)).toBe(letter);
  });

  it('tcvn3 round-trips the 74 letters VN3 has a code for', () => {
    const coded = VIETNAMESE_LETTERS.filter((letter) => !TCVN3_UPPER_TONED.includes(letter));
    expect(coded).toHaveLength(74);
    for (const letter of coded) {
      expect(encodeLegacy(letter, 'tcvn3')).toHaveLength(1);
      expect(roundTrip(letter, 'tcvn3')).toBe(letter);
    }
  });

  it('tcvn3 writes the 60 upper-case toned letters with the lower-case code (the .VnTimeH convention)', () => {
    expect(TCVN3_UPPER_TONED).toHaveLength(60);
    for (const letter of TCVN3_UPPER_TONED) expect(roundTrip(letter, 'tcvn3')).toBe(letter.toLowerCase());
    expect(latin1(encodeLegacy('Ủy ban', 'tcvn3'))).toBe('ñy ban');
  });

  it('takes decomposed input like composed input', () => {
    for (const encoding of ['tcvn3', 'vni', 'windows-1258'] as const) {
      expect(encodeLegacy('Nguyễn'.normalize('NFD'), encoding)).toEqual(encodeLegacy('Nguyễn', encoding));
    }
  });
});

describe('known samples', () => {
  it('TCVN3: "hép møt tÕt" is "hộp mứt tết" (VN-REFERENCE)', () => {
    expect(decodeAll(bytesOf('hép møt tÕt'), 'tcvn3').text).toBe('hộp mứt tết');
    expect(latin1(encodeLegacy('hộp mứt tết', 'tcvn3'))).toBe('hép møt tÕt');
  });

  it('TCVN3: place names of Lào Cai', () => {
    expect(decodeAll(bytesOf('B¶o Th¾ng, M\u00adêng Kh\u00ad¬ng, B¸t X¸t'), 'tcvn3').text).toBe(
      'Bảo Thắng, Mường Khương, Bát Xát',
    );
  });

  it('VNI: "Xin chaøo caùc baïn" is "Xin chào các bạn" (VN-REFERENCE)', () => {
    expect(decodeAll(bytesOf('Xin chaøo caùc baïn'), 'vni').text).toBe('Xin chào các bạn');
    expect(latin1(encodeLegacy('Xin chào các bạn', 'vni'))).toBe('Xin chaøo caùc baïn');
  });

  it.each([
    ['Mường', 'Möôøng', 'M\u00adêng', 'M\u00fd\u00f5\u00ccng'],
    ['Nguyễn Thị Thủy', 'Nguyeãn Thò Thuûy', 'NguyÔn ThÞ Thñy', 'Nguy\u00ea\u00den Thi\u00f2 Thu\u00d2y'],
    [
      'Sở Khoa học và Công nghệ',
      'Sôû Khoa hoïc vaø Coâng ngheä',
      'Së Khoa häc vµ C«ng nghÖ',
      'S\u00f5\u00d2 Khoa ho\u00f2c va\u00cc C\u00f4ng ngh\u00ea\u00f2',
    ],
    ['Xã Mường Bú', 'Xaõ Möôøng Buù', 'X· M\u00adêng Bó', 'Xa\u00de M\u00fd\u00f5\u00ccng Bu\u00ec'],
    ['ỹ ỷ ỵ', 'yõ yû î', '\u00fc \u00fb \u00fe', 'y\u00de y\u00d2 y\u00f2'],
    ['Đắk Lắk', 'Ñaék Laék', '§¾k L¾k', '\u00d0\u00e3\u00eck L\u00e3\u00eck'],
  ])('%s', (text, vni, tcvn3, cp1258) => {
    expect(latin1(encodeLegacy(text, 'vni'))).toBe(vni);
    expect(latin1(encodeLegacy(text, 'tcvn3'))).toBe(tcvn3);
    expect(latin1(encodeLegacy(text, 'windows-1258'))).toBe(cp1258);
    expect(decodeAll(bytesOf(vni), 'vni').text).toBe(text);
    expect(decodeAll(bytesOf(tcvn3), 'tcvn3').text).toBe(text);
    expect(decodeAll(bytesOf(cp1258), 'windows-1258').text).toBe(text);
  });

  it('windows-1258 also reads precomposed toned letters and leaves the output in NFC', () => {
    const text = decodeAll(bytesOf('C\u00e1c v\u00e0'), 'windows-1258').text; // á, à as single bytes
    expect(text).toBe('Các và');
  });
});

describe('characters an encoding lacks', () => {
  it.each(['tcvn3', 'vni', 'windows-1258'] as const)(
    '%s refuses 中 with encoding_unencodable',
    (encoding) => {
      expect(() => encodeLegacy('Hà Nội 中', encoding)).toThrowError(
        expect.objectContaining({ code: 'encoding_unencodable' }),
      );
    },
  );

  it('keeps Windows-1252 punctuation as its byte', () => {
    expect([...encodeLegacy('“Đạt”', 'vni')]).toEqual([0x93, 0xd1, 0x61, 0xef, 0x74, 0x94]);
    expect([...encodeLegacy('“Đạt”', 'tcvn3')]).toEqual([0x93, 0xa7, 0xb9, 0x74, 0x94]);
  });
});
