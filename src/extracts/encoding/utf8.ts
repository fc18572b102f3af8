/** UTF-8 validity of a sample of a file, for detection. */

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * How many bytes at the end of `bytes` begin a multi-byte sequence that the bytes after the sample
 * would complete (0–3). A sample cut there is not invalid, only short.
 */
export function incompleteTailLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? back : 0;
    }
    // a continuation byte: keep looking for its lead byte
  }
  return 0;
}

/** Whether `sample` is valid UTF-8; when it is not the whole file, a sequence cut at its end is allowed. */
export function isValidUtf8(sample: Uint8Array, complete: boolean): boolean {
  const checked = complete ? sample : sample.subarray(0, sample.length - incompleteTailLength(sample));
  try {
    fatalUtf8.decode(checked);
    return true;
  } catch {
    return false;
  }
}

/** The offset of the first byte that makes `bytes` invalid UTF-8, or -1 (for error messages). */
export function firstInvalidUtf8(bytes: Uint8Array, complete: boolean): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    let code = lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return complete ? i : -1;
      const next = bytes[i + k] as number;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}
