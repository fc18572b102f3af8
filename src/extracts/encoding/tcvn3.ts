/**
 * TCVN3 ("ABC"), the 8-bit Vietnamese font encoding of TCVN 5712:1993 used with the .VnTime fonts.
 *
 * Bytes 0xA0–0xFF below are the standard's code table. VN3 proper holds the lower-case letters with
 * their tones plus Ă Â Ê Ô Ơ Ư Đ; upper-case letters with tones were typed in a separate upper-case
 * font (.VnTimeH) with the lower-case codes, so a file never tells them apart. The free positions
 * VN3 leaves (0xAF, 0xBA, 0xBF, 0xC0–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF) are decoded as the
 * upper-case letters the fuller VN1/VN2 tables of the same standard put there, and 0xB0–0xB4 as the
 * standard's combining tone marks; everything is NFC-normalised afterwards. Checked against glibc's
 * TCVN5712-1 converter and the sample "hép møt tÕt" = "hộp mứt tết" (VN-REFERENCE).
 * Bytes 0x80–0x9F are read as Windows-1252 (see cp1252.ts).
 */
import { cp1252CharCode } from './cp1252.js';

// 16 characters per row, rows 0xA0, 0xB0, … 0xF0.
const UPPER_HALF = [
  '\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ',
  '\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ',
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ',
  'éẹềểễếệìỉỄẾỒĩíịò',
  'Ổỏõóọồổỗốộờởỡớợù',
  'ỖủũúụừửữứựỳỷỹýỵỐ',
].join('');

function buildTable(): Uint16Array {
  if (UPPER_HALF.length !== 96) throw new Error(`TCVN3 table has ${UPPER_HALF.length} entries, expected 96`);
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 0xa0; byte++) table[byte] = cp1252CharCode(byte);
  for (let i = 0; i < 96; i++) table[0xa0 + i] = UPPER_HALF.charCodeAt(i);
  return table;
}

/** Byte → UTF-16 code unit. */
export const TCVN3_TABLE: Uint16Array = buildTable();

/** The bytes VN3 proper assigns (Ă Â Ê Ô Ơ Ư Đ and the lower-case letters): the only ones the encoder writes. */
export function isVn3Byte(byte: number): boolean {
  if (byte >= 0xa1 && byte <= 0xae) return true;
  const char = String.fromCharCode(TCVN3_TABLE[byte] as number);
  return byte >= 0xb5 && char !== char.toUpperCase();
}
