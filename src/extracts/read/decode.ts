/**
 * Bytes → text for the text formats: the encoding is chosen on a first sample (given, BOM, valid
 * UTF-8, or the legacy Vietnamese encodings) and the rest is decoded chunk by chunk.
 */
import { createDecoder, detectEncoding, type EncodingName } from '../encoding/index.js';

/** Bytes looked at before choosing an encoding. */
export const SAMPLE_BYTES = 256 * 1024;

/** How the encoding was chosen: named by the caller, by a BOM, as valid UTF-8, or by the Vietnamese letters found. */
export type EncodingBasis = 'given' | 'bom' | 'utf-8' | 'content';

export interface DecodedText {
  encoding: EncodingName;
  basis: EncodingBasis;
  chunks: AsyncGenerator<string>;
}

/** Decodes a byte stream; rejects with AppError for an unknown or invalid encoding. */
export async function decodeStream(
  source: AsyncIterable<Uint8Array>,
  given: EncodingName | undefined,
): Promise<DecodedText> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let complete = false;
  while (size < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      complete = true;
      break;
    }
    head.push(next.value);
    size += next.value.byteLength;
  }
  const sample = Buffer.concat(head);
  let encoding: EncodingName;
  let basis: EncodingBasis = 'given';
  if (given === undefined) {
    const detection = detectEncoding(sample, complete);
    if ('error' in detection) throw detection.error;
    encoding = detection.encoding;
    basis = detection.detected;
  } else encoding = given;
  // The decoder drops a leading BOM of its encoding itself.
  const decoder = createDecoder(encoding);

  async function* chunks(): AsyncGenerator<string> {
    const first = decoder.write(sample);
    if (first !== '') yield first;
    if (!complete) {
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        const text = decoder.write(next.value);
        if (text !== '') yield text;
      }
    }
    const last = decoder.end();
    if (last !== '') yield last;
  }
  return { encoding, basis, chunks: chunks() };
}
