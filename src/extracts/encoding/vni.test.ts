import { describe, expect, it } from 'vitest';
import { VNI_LETTERS, VniDecoder } from './vni.js';

const latin1 = (letter: string) => Buffer.from(VNI_LETTERS.get(letter) ?? []).toString('latin1');

describe('VNI table', () => {
  it('codes all 134 letters', () => {
    expect(VNI_LETTERS.size).toBe(134);
  });

  it.each([
    ['à', 'aø'],
    ['á', 'aù'],
    ['ả', 'aû'],
    ['ã', 'aõ'],
    ['ạ', 'aï'],
    ['â', 'aâ'],
    ['ấ', 'aá'],
    ['ầ', 'aà'],
    ['ẩ', 'aå'],
    ['ẫ', 'aã'],
    ['ậ', 'aä'],
    ['ă', 'aê'],
    ['ắ', 'aé'],
    ['ằ', 'aè'],
    ['ẳ', 'aú'],
    ['ẵ', 'aü'],
    ['ặ', 'aë'],
    ['ơ', 'ô'],
    ['ờ', 'ôø'],
    ['ư', 'ö'],
    ['ự', 'öï'],
    ['đ', 'ñ'],
    ['ì', 'ì'],
    ['í', 'í'],
    ['ỉ', 'æ'],
    ['ĩ', 'ó'],
    ['ị', 'ò'],
    ['ỵ', 'î'],
    ['ỹ', 'yõ'],
    ['Ấ', 'AÁ'],
    ['Ặ', 'AË'],
    ['Ơ', 'Ô'],
    ['Ừ', 'ÖØ'],
    ['Đ', 'Ñ'],
    ['Ị', 'Ò'],
    ['Ỵ', 'Î'],
  ])('%s is %s', (letter, bytes) => {
    expect(latin1(letter)).toBe(bytes);
  });
});

describe('VniDecoder', () => {
  it('reads a base byte at the end as the plain letter', () => {
    const decoder = new VniDecoder();
    expect(decoder.write(Buffer.from('Hoa', 'latin1'))).toBe('Ho');
    expect(decoder.end()).toBe('a');
  });

  it('reads an unpaired mark byte and other high bytes as Windows-1252', () => {
    const decoder = new VniDecoder();
    expect(decoder.write(Buffer.from('\x93Nø\x94', 'latin1')) + decoder.end()).toBe('“Nø”');
  });
});
