/** Decoding through a 256-entry table of UTF-16 code units, shared by the single-byte codecs. */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = new TextDecoder('utf-16le');

/** The string of the given UTF-16 code units (fast path through TextDecoder on little-endian hosts). */
export function fromCodeUnits(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return utf16.decode(units);
  let text = '';
  for (let i = 0; i < units.length; i += 8192) {
    text += String.fromCharCode(...units.subarray(i, i + 8192));
  }
  return text;
}

/** Each byte through `table` (byte → UTF-16 code unit). */
export function decodeSingleByte(table: Uint16Array, bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = table[bytes[i] as number] as number;
  return fromCodeUnits(units);
}
