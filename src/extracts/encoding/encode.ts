/**
 * Writing text in the legacy encodings: for tests, and for making legacy fixtures elsewhere.
 * Input is taken in NFC first, so composed and decomposed input give the same bytes.
 */
import iconv from 'iconv-lite';
import { encodingUnencodable } from './errors.js';
import type { LegacyEncodingName } from './names.js';
import { isVn3Byte, TCVN3_TABLE } from './tcvn3.js';
import { VNI_LETTERS, VNI_SINGLES } from './vni.js';

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;

function reverse(table: Uint16Array, usable: (byte: number) => boolean): Map<string, number> {
  const bytes = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    if (usable(byte)) bytes.set(String.fromCharCode(table[byte] as number), byte);
  }
  return bytes;
}

// VN3 proper, plus ASCII and the Windows-1252 punctuation of 0x80–0x9F, plus no-break space.
const TCVN3_BYTES = reverse(TCVN3_TABLE, (byte) => byte <= 0xa0 || isVn3Byte(byte));
const VNI_BYTES = reverse(VNI_SINGLES, () => true);

function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    // VN3 has no upper-case letters with tones: they were the lower-case codes shown in an
    // upper-case font (.VnTimeH), so that is what we write; reading them back gives lower case.
    const byte = TCVN3_BYTES.get(char) ?? TCVN3_BYTES.get(char.toLowerCase());
    if (byte === undefined) throw encodingUnencodable('tcvn3', char);
    out.push(byte);
  }
  return Uint8Array.from(out);
}

function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const letter = VNI_LETTERS.get(char);
    if (letter !== undefined) {
      out.push(...letter);
      continue;
    }
    const byte = VNI_BYTES.get(char);
    if (byte === undefined) throw encodingUnencodable('vni', char);
    out.push(byte);
  }
  return Uint8Array.from(out);
}

const WINDOWS_1258_CHARS = new Set(
  iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), 'windows1258'),
);

/**
 * Windows-1258 as Windows writes Vietnamese: the letters with a circumflex, breve or horn (and đ)
 * are single bytes, the tone is always a combining mark after the letter ("ệ" = ê + 0xF2), even
 * where the code page also has the toned letter precomposed (à, é …).
 */
function encodeWindows1258(text: string): Uint8Array {
  let spelled = '';
  for (const char of text) {
    const decomposed = char.normalize('NFD');
    const tones = decomposed.match(TONE_MARK)?.join('') ?? '';
    const base = decomposed.replace(TONE_MARK, '').normalize('NFC');
    for (const part of base + tones) {
      if (!WINDOWS_1258_CHARS.has(part) || part === '\uFFFD') throw encodingUnencodable('windows-1258', char);
    }
    spelled += base + tones;
  }
  return new Uint8Array(iconv.encode(spelled, 'windows1258'));
}

/** `text` in a legacy encoding; throws `encoding_unencodable` for a character the encoding lacks. */
export function encodeLegacy(text: string, encoding: LegacyEncodingName): Uint8Array {
  const nfc = text.normalize('NFC');
  switch (encoding) {
    case 'tcvn3':
      return encodeTcvn3(nfc);
    case 'vni':
      return encodeVni(nfc);
    case 'windows-1258':
      return encodeWindows1258(nfc);
  }
}
