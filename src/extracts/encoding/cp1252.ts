/**
 * Windows-1252 for bytes 0x80–0x9F (Latin-1 above). The Vietnamese font encodings (TCVN3, VNI)
 * were Windows fonts that kept this typographic punctuation (“ ” – … •), so a byte their own table
 * does not use is read as Windows-1252. The five bytes Windows-1252 leaves undefined map to the
 * C1 control of the same value, as the WHATWG Encoding Standard does.
 */
const C1_RANGE =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** The Windows-1252 character code of a byte. */
export function cp1252CharCode(byte: number): number {
  return byte >= 0x80 && byte <= 0x9f ? C1_RANGE.charCodeAt(byte - 0x80) : byte;
}
