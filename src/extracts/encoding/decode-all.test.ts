import { describe, expect, it } from 'vitest';
import { decodeAll } from './decode-all.js';

describe('decodeAll', () => {
  it('uses the encoding it is given and says it did not detect it', () => {
    expect(decodeAll(new Uint8Array(Buffer.from('Xin chaøo', 'latin1')), 'vni')).toEqual({
      text: 'Xin chào',
      encoding: 'vni',
      detected: false,
    });
  });

  it('detects when not given one, dropping the BOM', () => {
    expect(decodeAll(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Hà Nội')]))).toEqual({
      text: 'Hà Nội',
      encoding: 'utf-8',
      detected: true,
    });
  });

  it('an empty file is empty UTF-8 text', () => {
    expect(decodeAll(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', detected: true });
  });
});
