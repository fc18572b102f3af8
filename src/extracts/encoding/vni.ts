/**
 * VNI-Windows: a letter is its base byte followed, where needed, by one diacritic byte
 * ("Xin chaøo caùc baïn" = "Xin chào các bạn", VN-REFERENCE). The table is built from the rules of
 * the VNI keyboard font rather than listed letter by letter:
 * - tone after a plain vowel (a e o u y, and ơ ư): ø grave, ù acute, û hook, õ tilde, ï dot below;
 * - â ê ô are the vowel + â (0xE2); with a tone the mark byte carries both: à á å ã ä;
 * - ă is a + ê (0xEA); with a tone: è é ú ü ë;
 * - one byte each: ơ ô(0xF4), ư ö(0xF6), đ ñ(0xF1), i with tones ì í æ ó ò, ỵ î(0xEE);
 * - upper case: the same bytes 0x20 lower (Ø Ù Û Õ Ï, Â …, Ô = Ơ, Ö = Ư, Ñ = Đ).
 * Checked against the published VNI-Windows table and the samples in the tests.
 * Other bytes ≥ 0x80 are read as Windows-1252 (see cp1252.ts).
 */
import { cp1252CharCode } from './cp1252.js';
import { withTone } from './letters.js';
import { fromCodeUnits as decodeUnits } from './single-byte.js';

// Mark bytes by tone 1–5 (grave, acute, hook, tilde, dot below), lower case.
const PLAIN_TONES = [0xf8, 0xf9, 0xfb, 0xf5, 0xef];
const CIRCUMFLEX = 0xe2;
const CIRCUMFLEX_TONES = [0xe0, 0xe1, 0xe5, 0xe3, 0xe4];
const BREVE = 0xea;
const BREVE_TONES = [0xe8, 0xe9, 0xfa, 0xfc, 0xeb];
const I_TONES = [0xec, 0xed, 0xe6, 0xf3, 0xf2];
const O_HORN = 0xf4;
const U_HORN = 0xf6;
const D_STROKE = 0xf1;
const Y_DOT = 0xee;
const CASE_OFFSET = 0x20;

const A = 0x61;
const E = 0x65;
const O = 0x6f;
const U = 0x75;
const Y = 0x79;

/** Each lower-case Vietnamese letter with its VNI bytes. */
function lowerCaseLetters(): Array<[string, number[]]> {
  const entries: Array<[string, number[]]> = [['đ', [D_STROKE]]];
  const tones = [1, 2, 3, 4, 5] as const;
  const plain: Array<[string, number[]]> = [
    ['a', [A]],
    ['e', [E]],
    ['o', [O]],
    ['u', [U]],
    ['ơ', [O_HORN]],
    ['ư', [U_HORN]],
  ];
  for (const [vowel, bytes] of plain) {
    if (vowel.length === 1 && vowel.charCodeAt(0) > 0x7f) entries.push([vowel, bytes]);
    for (const tone of tones)
      entries.push([withTone(vowel, tone), [...bytes, PLAIN_TONES[tone - 1] as number]]);
  }
  for (const [vowel, base] of [
    ['â', A],
    ['ê', E],
    ['ô', O],
  ] as const) {
    entries.push([vowel, [base, CIRCUMFLEX]]);
    for (const tone of tones)
      entries.push([withTone(vowel, tone), [base, CIRCUMFLEX_TONES[tone - 1] as number]]);
  }
  entries.push(['ă', [A, BREVE]]);
  for (const tone of tones) entries.push([withTone('ă', tone), [A, BREVE_TONES[tone - 1] as number]]);
  for (const tone of tones) entries.push([withTone('i', tone), [I_TONES[tone - 1] as number]]);
  for (const tone of [1, 2, 3, 4] as const)
    entries.push([withTone('y', tone), [Y, PLAIN_TONES[tone - 1] as number]]);
  entries.push([withTone('y', 5), [Y_DOT]]);
  return entries;
}

function upper(bytes: number[]): number[] {
  return bytes.map((byte) => ((byte >= 0x61 && byte <= 0x7a) || byte >= 0xe0 ? byte - CASE_OFFSET : byte));
}

/** Every non-ASCII Vietnamese letter (lower and upper case) with its VNI bytes. */
export const VNI_LETTERS: ReadonlyMap<string, readonly number[]> = new Map(
  lowerCaseLetters().flatMap(
    ([letter, bytes]): Array<[string, number[]]> => [
      [letter, bytes],
      [letter.toUpperCase(), upper(bytes)],
    ],
  ),
);

function buildSingles(): Uint16Array {
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) table[byte] = cp1252CharCode(byte);
  for (const [letter, bytes] of VNI_LETTERS) {
    if (bytes.length === 1) table[bytes[0] as number] = letter.charCodeAt(0);
  }
  return table;
}

function buildPairs(): Uint16Array {
  const pairs = new Uint16Array(256 * 256);
  for (const [letter, bytes] of VNI_LETTERS) {
    if (bytes.length === 2) pairs[((bytes[0] as number) << 8) | (bytes[1] as number)] = letter.charCodeAt(0);
  }
  return pairs;
}

/** A byte read alone → UTF-16 code unit. */
export const VNI_SINGLES: Uint16Array = buildSingles();

/** (base byte << 8 | mark byte) → the letter's UTF-16 code unit, 0 where the pair is no letter. */
export const VNI_PAIRS: Uint16Array = buildPairs();

/** Bytes that may be followed by a diacritic byte (a e o u y, ơ ư, both cases). */
export const VNI_BASES: Uint8Array = (() => {
  const bases = new Uint8Array(256);
  for (const bytes of VNI_LETTERS.values()) if (bytes.length === 2) bases[bytes[0] as number] = 1;
  return bases;
})();

/** Stateful VNI decoding: a base byte at the end of a chunk waits for the next chunk's first byte. */
export class VniDecoder {
  private pendingBase = -1;

  write(chunk: Uint8Array): string {
    const units = new Uint16Array(chunk.length + 1);
    let n = 0;
    let base = this.pendingBase;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (base >= 0) {
        const pair = VNI_PAIRS[(base << 8) | byte] as number;
        if (pair !== 0) {
          units[n++] = pair;
          base = -1;
          continue;
        }
        units[n++] = VNI_SINGLES[base] as number;
        base = -1;
      }
      if (VNI_BASES[byte] === 1) base = byte;
      else units[n++] = VNI_SINGLES[byte] as number;
    }
    this.pendingBase = base;
    return decodeUnits(units.subarray(0, n));
  }

  end(): string {
    const base = this.pendingBase;
    this.pendingBase = -1;
    return base >= 0 ? String.fromCharCode(VNI_SINGLES[base] as number) : '';
  }
}
