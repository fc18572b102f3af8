import { describe, expect, it } from 'vitest';
import { isVn3Byte, TCVN3_TABLE } from './tcvn3.js';

const at = (byte: number) => String.fromCharCode(TCVN3_TABLE[byte] as number);

describe('TCVN3 table', () => {
  it('has the base letters at 0xA1–0xAE', () => {
    expect([...Array(14)].map((_, i) => at(0xa1 + i)).join('')).toBe('ĂÂÊÔƠƯĐăâêôơưđ');
  });

  it('has the five tones of a at 0xB5–0xB9 and of y at 0xFA–0xFE (huyền, hỏi, ngã, sắc, nặng)', () => {
    expect([0xb5, 0xb6, 0xb7, 0xb8, 0xb9].map(at).join('')).toBe('àảãáạ');
    expect([0xfa, 0xfb, 0xfc, 0xfd, 0xfe].map(at).join('')).toBe('ỳỷỹýỵ');
  });

  it('spot-checks letters from published samples', () => {
    expect(at(0xe9)).toBe('ộ'); // "hép" = "hộp"
    expect(at(0xf8)).toBe('ứ'); // "møt" = "mứt"
    expect(at(0xd5)).toBe('ế'); // "tÕt" = "tết"
    expect(at(0xbe)).toBe('ắ'); // "Th¾ng" = "Thắng"
    expect(at(0xea)).toBe('ờ'); // "M­êng" = "Mường"
    expect(at(0xdc)).toBe('ĩ');
    expect(at(0xc6)).toBe('ặ');
  });

  it('reads 0xB0–0xB4 as the combining tone marks and 0x80–0x9F as Windows-1252', () => {
    expect([0xb0, 0xb1, 0xb2, 0xb3, 0xb4].map(at).join('')).toBe('\u0300\u0309\u0303\u0301\u0323');
    expect([0x93, 0x94, 0x96, 0x85].map(at).join('')).toBe('“”–…');
  });

  it('writes only VN3 bytes: lower-case letters and Ă Â Ê Ô Ơ Ư Đ', () => {
    expect(isVn3Byte(0xa1)).toBe(true);
    expect(isVn3Byte(0xb5)).toBe(true);
    expect(isVn3Byte(0xaf)).toBe(false); // Ằ in VN1/VN2 only
    expect(isVn3Byte(0xb0)).toBe(false);
    expect(isVn3Byte(0xff)).toBe(false);
    expect([...Array(256).keys()].filter(isVn3Byte)).toHaveLength(14 + 67 - 7);
  });
});
