import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.js';
import { createDecoder } from './decoder.js';
import { encodeLegacy } from './encode.js';
import type { EncodingName } from './names.js';

// No upper-case letter with a tone: TCVN3 has none (see encode.test.ts).
const TEXT =
  'Họ và tên,Đơn vị\nNguyễn Thị Thủy,Sở Khoa học và Công nghệ\nLò Văn Mường,Xã Mường Bú\nỹ ỷ ỵ 😀\n';

function utf16be(text: string): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
  for (let i = 0; i + 1 < bytes.length; i += 2)
    [bytes[i], bytes[i + 1]] = [bytes[i + 1] as number, bytes[i] as number];
  return bytes;
}

const ENCODED: Record<EncodingName, Uint8Array> = {
  'utf-8': new TextEncoder().encode(TEXT),
  'utf-16le': Uint8Array.from([0xff, 0xfe, ...Buffer.from(TEXT, 'utf16le')]),
  'utf-16be': Uint8Array.from([0xfe, 0xff, ...utf16be(TEXT)]),
  'windows-1258': encodeLegacy(TEXT.replace(' 😀', ''), 'windows-1258'),
  tcvn3: encodeLegacy(TEXT.replace(' 😀', ''), 'tcvn3'),
  vni: encodeLegacy(TEXT.replace(' 😀', ''), 'vni'),
};

function decodeChunks(encoding: EncodingName, chunks: Uint8Array[]): string {
  const decoder = createDecoder(encoding);
  return chunks.map((chunk) => decoder.write(chunk)).join('') + decoder.end();
}

function catchError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('createDecoder', () => {
  it.each(Object.keys(ENCODED) as EncodingName[])(
    '%s decodes the same text at every chunk boundary',
    (encoding) => {
      const bytes = ENCODED[encoding];
      const expected = encoding === 'utf-8' || encoding.startsWith('utf-16') ? TEXT : TEXT.replace(' 😀', '');
      expect(decodeChunks(encoding, [bytes])).toBe(expected);
      for (let cut = 0; cut <= bytes.length; cut++) {
        expect(decodeChunks(encoding, [bytes.subarray(0, cut), bytes.subarray(cut)])).toBe(expected);
      }
      expect(
        decodeChunks(
          encoding,
          [...bytes].map((byte) => Uint8Array.of(byte)),
        ),
      ).toBe(expected);
    },
  );

  it('decodes a VNI letter whose mark byte starts the next chunk', () => {
    expect(decodeChunks('vni', [Buffer.from('Möô', 'latin1'), Buffer.from('øng', 'latin1')])).toBe('Mường');
    expect(decodeChunks('vni', [Buffer.from('cha', 'latin1'), Buffer.from('ø', 'latin1')])).toBe('chà');
    expect(decodeChunks('vni', [Buffer.from('ba', 'latin1')])).toBe('ba');
  });

  it('turns decomposed (NFD) UTF-8 into NFC, across chunks too', () => {
    const nfd = new TextEncoder().encode('Nguyễn Thị Thủy, Mường'.normalize('NFD'));
    expect(decodeChunks('utf-8', [nfd])).toBe('Nguyễn Thị Thủy, Mường');
    for (let cut = 0; cut <= nfd.length; cut++) {
      expect(decodeChunks('utf-8', [nfd.subarray(0, cut), nfd.subarray(cut)])).toBe('Nguyễn Thị Thủy, Mường');
    }
  });

  it('drops a leading BOM', () => {
    expect(decodeChunks('utf-8', [Uint8Array.of(0xef, 0xbb, 0xbf, 0x61)])).toBe('a');
    expect(decodeChunks('utf-16le', [Uint8Array.of(0xff, 0xfe, 0x61, 0x00)])).toBe('a');
    expect(decodeChunks('utf-16be', [Uint8Array.of(0xfe, 0xff, 0x00, 0x61)])).toBe('a');
    expect(decodeChunks('utf-16le', [Uint8Array.of(0x61, 0x00)])).toBe('a');
  });

  it('rejects invalid UTF-8 with encoding_invalid and the offset of the bad byte', () => {
    const error = catchError(() =>
      decodeChunks('utf-8', [Buffer.from('Mã số,Tên\nX01,Hà', 'utf8'), Uint8Array.of(0xe0, 0x20)]),
    );
    expect(error.code).toBe('encoding_invalid');
    expect(error.vi).toContain('không phải UTF-8 hợp lệ');
    expect(error.vi).toContain('--encoding');
    expect(error.en).toContain('not valid UTF-8');
    expect(error.details).toEqual({ encoding: 'utf-8', byteOffset: Buffer.byteLength('Mã số,Tên\nX01,Hà') });
  });

  it('places the error right when the bad sequence began in the previous chunk', () => {
    const error = catchError(() =>
      decodeChunks('utf-8', [Uint8Array.of(0x61, 0x62, 0xe1), Uint8Array.of(0x41)]),
    );
    expect(error.details).toEqual({ encoding: 'utf-8', byteOffset: 2 });
  });

  it('rejects UTF-8 that ends inside a character', () => {
    const error = catchError(() => decodeChunks('utf-8', [Uint8Array.of(0x61, 0xe1, 0xbb)]));
    expect(error.code).toBe('encoding_invalid');
    expect(error.details).toEqual({ encoding: 'utf-8', byteOffset: 1 });
  });

  it('rejects UTF-16 with an odd number of bytes', () => {
    const error = catchError(() => decodeChunks('utf-16le', [Uint8Array.of(0x61, 0x00, 0x62)]));
    expect(error.code).toBe('encoding_invalid');
    expect(error.details).toEqual({ encoding: 'utf-16le', byteOffset: 2 });
  });
});
