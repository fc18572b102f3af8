import { createDecoder } from './decoder.js';
import { detectEncoding } from './detect.js';
import type { EncodingName } from './names.js';

/**
 * A whole file as NFC text. With no `encoding`, it is detected from the bytes (`detected: true`)
 * and an undecidable file throws `encoding_unknown`; a leading BOM is dropped either way.
 */
export function decodeAll(
  bytes: Uint8Array,
  encoding?: EncodingName,
): { text: string; encoding: EncodingName; detected: boolean } {
  let chosen = encoding;
  if (chosen === undefined) {
    const detection = detectEncoding(bytes, true);
    if ('error' in detection) throw detection.error;
    chosen = detection.encoding;
  }
  const decoder = createDecoder(chosen);
  const text = decoder.write(bytes) + decoder.end();
  return { text, encoding: chosen, detected: encoding === undefined };
}
