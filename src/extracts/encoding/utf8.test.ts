import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, incompleteTailLength, isValidUtf8 } from './utf8.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('isValidUtf8', () => {
  const whole = utf8('Mường ữ 😀');

  it('accepts valid UTF-8 and rejects stray bytes', () => {
    expect(isValidUtf8(whole, true)).toBe(true);
    expect(isValidUtf8(Uint8Array.from([0x61, 0xff, 0x62]), false)).toBe(false);
    expect(isValidUtf8(Uint8Array.from([0xc0, 0xaf]), false)).toBe(false); // overlong "/"
    expect(isValidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]), false)).toBe(false); // surrogate
  });

  it('accepts a sample cut inside a character unless it is the whole file', () => {
    for (const cut of [whole.length - 1, whole.length - 2, whole.length - 3]) {
      expect(isValidUtf8(whole.subarray(0, cut), false)).toBe(true);
      expect(isValidUtf8(whole.subarray(0, cut), true)).toBe(false);
    }
  });
});

describe('incompleteTailLength', () => {
  it('counts the bytes of an unfinished sequence at the end', () => {
    expect(incompleteTailLength(Uint8Array.from([0x61]))).toBe(0);
    expect(incompleteTailLength(Uint8Array.from([0x61, 0xe1]))).toBe(1);
    expect(incompleteTailLength(Uint8Array.from([0x61, 0xe1, 0xbb]))).toBe(2);
    expect(incompleteTailLength(Uint8Array.from([0xe1, 0xbb, 0xaf]))).toBe(0);
    expect(incompleteTailLength(Uint8Array.from([0xf0, 0x9f, 0x98]))).toBe(3);
    expect(incompleteTailLength(Uint8Array.from([0xf0, 0x9f, 0x98, 0x80]))).toBe(0);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the offset of the first bad byte', () => {
    expect(firstInvalidUtf8(utf8('Hà Nội'), true)).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x48, 0xe0, 0x20]), true)).toBe(1); // "Hà" in Windows-1252
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe1, 0xbb]), true)).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe1, 0xbb]), false)).toBe(-1);
  });
});
