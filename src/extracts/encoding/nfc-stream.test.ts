import { describe, expect, it } from 'vitest';
import { NfcStream, toNfc } from './nfc-stream.js';

function streamed(parts: string[]): string {
  const stream = new NfcStream();
  return parts.map((part) => stream.push(part)).join('') + stream.end();
}

describe('toNfc', () => {
  it('composes decomposed Vietnamese and returns ASCII untouched', () => {
    expect(toNfc('Nguye\u0302\u0303n')).toBe('Nguyễn');
    const ascii = 'plain ascii';
    expect(toNfc(ascii)).toBe(ascii);
  });
});

describe('NfcStream', () => {
  it('composes a base letter with marks that arrive in the next chunks', () => {
    expect(streamed(['Nguye', '\u0302', '\u0303n'])).toBe('Nguyễn');
    expect(streamed(['Thi', '\u0323 Thu', '\u0309y'])).toBe('Thị Thủy');
  });

  it('holds back only the last base letter', () => {
    const stream = new NfcStream();
    expect(stream.push('ae')).toBe('a');
    expect(stream.push('\u0300c')).toBe('è');
    expect(stream.end()).toBe('c');
  });

  it('gives the same text whatever the chunking', () => {
    const text = 'Sở Khoa học và Công nghệ; Xã Mường Bú; ỹ ỷ ỵ'.normalize('NFD');
    const expected = text.normalize('NFC');
    for (let cut = 0; cut <= text.length; cut++) {
      expect(streamed([text.slice(0, cut), text.slice(cut)])).toBe(expected);
    }
    expect(streamed([...text])).toBe(expected);
  });

  it('keeps a surrogate pair whole', () => {
    expect(streamed(['a😀', '\u0301'])).toBe('a😀\u0301');
  });
});
