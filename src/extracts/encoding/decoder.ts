/**
 * Streaming decoders: bytes in any supported encoding → NFC text, chunk by chunk. A character split
 * across chunks (UTF-8/UTF-16 sequence, VNI letter + mark byte, base + combining tone) decodes the
 * same as if it had arrived whole. A leading BOM of the encoding is dropped.
 */
import iconv from 'iconv-lite';
import { encodingInvalid } from './errors.js';
import type { EncodingName } from './names.js';
import { NfcStream } from './nfc-stream.js';
import { decodeSingleByte } from './single-byte.js';
import { TCVN3_TABLE } from './tcvn3.js';
import { firstInvalidUtf8, incompleteTailLength } from './utf8.js';
import { VniDecoder } from './vni.js';

export interface TextStreamDecoder {
  /** The text this chunk completes (possibly empty). */
  write(chunk: Uint8Array): string;
  /** The rest of the text; throws if the bytes end inside a character. */
  end(): string;
}

const EMPTY = new Uint8Array(0);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** UTF-8 through the platform decoder; invalid bytes are an error, never U+FFFD (contract: reject, not guess). */
class Utf8Decoder implements TextStreamDecoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private consumed = 0;
  // The bytes of a sequence the previous chunk left open: only kept to say where an error is.
  private open: Uint8Array = EMPTY;

  write(chunk: Uint8Array): string {
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      const bytes = concat(this.open, chunk);
      const at = Math.max(0, firstInvalidUtf8(bytes, false));
      throw encodingInvalid('utf-8', this.consumed - this.open.length + at);
    }
    this.consumed += chunk.length;
    const recent =
      chunk.length >= 3 ? chunk.subarray(chunk.length - 3) : concat(this.open, chunk).subarray(-3);
    this.open = recent.slice(recent.length - incompleteTailLength(recent));
    return text;
  }

  end(): string {
    try {
      return this.decoder.decode();
    } catch {
      throw encodingInvalid('utf-8', this.consumed - this.open.length);
    }
  }
}

class Utf16Decoder implements TextStreamDecoder {
  private readonly decoder: iconv.DecoderStream;
  private consumed = 0;

  constructor(private readonly encoding: 'utf-16le' | 'utf-16be') {
    this.decoder = iconv.getDecoder(encoding);
  }

  write(chunk: Uint8Array): string {
    this.consumed += chunk.length;
    return this.decoder.write(asBuffer(chunk));
  }

  end(): string {
    // An odd byte at the end is half a code unit: the file was cut.
    if (this.consumed % 2 === 1) throw encodingInvalid(this.encoding, this.consumed - 1);
    return this.decoder.end() ?? '';
  }
}

class Windows1258Decoder implements TextStreamDecoder {
  private readonly decoder = iconv.getDecoder('windows1258');

  write(chunk: Uint8Array): string {
    return this.decoder.write(asBuffer(chunk));
  }

  end(): string {
    return this.decoder.end() ?? '';
  }
}

class Tcvn3Decoder implements TextStreamDecoder {
  write(chunk: Uint8Array): string {
    return decodeSingleByte(TCVN3_TABLE, chunk);
  }

  end(): string {
    return '';
  }
}

function rawDecoder(encoding: EncodingName): TextStreamDecoder {
  switch (encoding) {
    case 'utf-8':
      return new Utf8Decoder();
    case 'utf-16le':
    case 'utf-16be':
      return new Utf16Decoder(encoding);
    case 'windows-1258':
      return new Windows1258Decoder();
    case 'tcvn3':
      return new Tcvn3Decoder();
    case 'vni':
      return new VniDecoder();
  }
}

/** A stateful decoder for `encoding` whose output is NFC (contract: text, headers included, is NFC). */
export function createDecoder(encoding: EncodingName): TextStreamDecoder {
  const raw = rawDecoder(encoding);
  const nfc = new NfcStream();
  return {
    write: (chunk) => nfc.push(raw.write(chunk)),
    end: () => nfc.push(raw.end()) + nfc.end(),
  };
}
