/**
 * Which encoding a file is in, from its first bytes (contract: a BOM decides; otherwise valid UTF-8
 * is UTF-8; otherwise the importer chooses among windows-1258, tcvn3 and vni by the Vietnamese
 * letters it finds; when it cannot choose, it rejects the file).
 */
import type { AppError } from '../../shared/errors.js';
import { createDecoder } from './decoder.js';
import { encodingUnknown } from './errors.js';
import { type EncodingName, LEGACY_ENCODINGS, type LegacyEncodingName } from './names.js';
import { isVietnameseSyllable } from './syllable.js';
import { isValidUtf8 } from './utf8.js';

export type Detection =
  | { encoding: EncodingName; bomLength: number; detected: 'bom' | 'utf-8' | 'content' }
  | { error: AppError };

export interface LegacyScore {
  encoding: LegacyEncodingName;
  /** Words that read as Vietnamese syllables. */
  syllables: number;
  /** Words with non-ASCII letters that do not. */
  nonSyllables: number;
  /** Non-ASCII characters no Vietnamese text has (¸ µ ª « ° …, C1 controls, stray marks). */
  junk: number;
  score: number;
}

// Runs of letters (and marks); a word counts only if it has a non-ASCII character.
const WORD = /[\p{L}\p{M}]+/gu;
const NON_ASCII = /[\u0080-\uffff]/;
// Latin-1 symbols, C1 controls and combining marks left standing alone: what a wrong table produces.
const JUNK = /[\u0080-\u009f\u00a1-\u00bf\u00d7\u00f7]|(?<![\p{L}\p{M}])\p{M}/gu;

/** How well the sample reads as Vietnamese in one legacy encoding. */
export function scoreLegacy(sample: Uint8Array, encoding: LegacyEncodingName): LegacyScore {
  const decoder = createDecoder(encoding);
  const text = decoder.write(sample) + decoder.end();
  let syllables = 0;
  let nonSyllables = 0;
  const seen = new Map<string, boolean>(); // words repeat a lot in a table: judge each once
  for (const [word] of text.matchAll(WORD)) {
    if (!NON_ASCII.test(word)) continue;
    let syllable = seen.get(word);
    if (syllable === undefined) {
      syllable = isVietnameseSyllable(word);
      seen.set(word, syllable);
    }
    if (syllable) syllables++;
    else nonSyllables++;
  }
  const junk = text.match(JUNK)?.length ?? 0;
  return { encoding, syllables, nonSyllables, junk, score: syllables - nonSyllables - junk };
}

/**
 * The legacy encoding that clearly reads best, or null: it must have a positive score, beat the
 * next by at least 2 and by at least double (a near tie is a guess, and the contract says reject).
 */
export function chooseLegacy(scores: readonly LegacyScore[]): LegacyEncodingName | null {
  const [best, second] = [...scores].sort((a, b) => b.score - a.score);
  if (best === undefined || best.score < 1) return null;
  if (second === undefined) return best.encoding;
  const clear = best.score - second.score >= 2 && best.score >= 2 * second.score;
  return clear ? best.encoding : null;
}

function bom(sample: Uint8Array): { encoding: EncodingName; bomLength: number } | null {
  const [a, b, c] = sample;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/**
 * The encoding of a file from `sample`, its first bytes (the whole file when `complete`). A
 * multi-byte UTF-8 sequence cut by the end of an incomplete sample does not make it invalid.
 */
export function detectEncoding(sample: Uint8Array, complete: boolean): Detection {
  const byBom = bom(sample);
  if (byBom !== null) return { ...byBom, detected: 'bom' };
  if (isValidUtf8(sample, complete)) return { encoding: 'utf-8', bomLength: 0, detected: 'utf-8' };
  const choice = chooseLegacy(LEGACY_ENCODINGS.map((encoding) => scoreLegacy(sample, encoding)));
  if (choice === null) return { error: encodingUnknown() };
  return { encoding: choice, bomLength: 0, detected: 'content' };
}
