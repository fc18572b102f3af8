import { describe, expect, it } from 'vitest';
import { decodeAll } from './decode-all.js';
import { chooseLegacy, detectEncoding, scoreLegacy } from './detect.js';
import { encodeLegacy } from './encode.js';

// A realistic extract: header, a few rows with Vietnamese names and places (no upper-case toned
// letters, which TCVN3 cannot write).
const CSV = [
  'ma_ho_so,ma_don_vi,ho_ten,dia_chi,ngay_tiep_nhan,trang_thai',
  'HS-0001,X01,Nguyễn Thị Thủy,Xã Mường Bú,03/02/2026,đã giải quyết',
  'HS-0002,X02,Lò Văn Mường,Sở Khoa học và Công nghệ,04/02/2026,đang xử lý',
  'HS-0003,X03,Trần Đức Hưởng,Phường Quyết Thắng,05/02/2026,trả lại hồ sơ',
  '',
].join('\r\n');

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('detectEncoding', () => {
  it('UTF-8 with a BOM: the BOM decides', () => {
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(CSV)]), true)).toEqual({
      encoding: 'utf-8',
      bomLength: 3,
      detected: 'bom',
    });
  });

  it('UTF-8 without a BOM: valid UTF-8 is UTF-8', () => {
    expect(detectEncoding(utf8(CSV), true)).toEqual({ encoding: 'utf-8', bomLength: 0, detected: 'utf-8' });
  });

  it('plain ASCII is UTF-8', () => {
    expect(detectEncoding(utf8('ma_don_vi,ten\nX01,Xa Muong Bu\n'), true)).toEqual({
      encoding: 'utf-8',
      bomLength: 0,
      detected: 'utf-8',
    });
  });

  it('UTF-16LE and UTF-16BE with a BOM', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(CSV, 'utf16le')]);
    const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from(CSV, 'utf16le').swap16()]);
    expect(detectEncoding(le, true)).toEqual({ encoding: 'utf-16le', bomLength: 2, detected: 'bom' });
    expect(detectEncoding(be, true)).toEqual({ encoding: 'utf-16be', bomLength: 2, detected: 'bom' });
    expect(decodeAll(le)).toEqual({ text: CSV, encoding: 'utf-16le', detected: true });
    expect(decodeAll(be)).toEqual({ text: CSV, encoding: 'utf-16be', detected: true });
  });

  it.each(['windows-1258', 'tcvn3', 'vni'] as const)('%s: chosen by content', (encoding) => {
    const bytes = encodeLegacy(CSV, encoding);
    expect(detectEncoding(bytes, true)).toEqual({ encoding, bomLength: 0, detected: 'content' });
    expect(decodeAll(bytes)).toEqual({ text: CSV, encoding, detected: true });
  });

  it.each(['windows-1258', 'tcvn3', 'vni'] as const)('%s: a header line alone is enough', (encoding) => {
    const bytes = encodeLegacy('Mã hồ sơ;Họ và tên;Ngày tiếp nhận\n', encoding);
    expect(detectEncoding(bytes, true)).toEqual({ encoding, bomLength: 0, detected: 'content' });
  });

  it('tcvn3: a title typed in the upper-case font (lower-case codes for toned vowels) still reads as TCVN3', () => {
    const title = new Uint8Array(
      Buffer.from('DANH S\u00b8CH H\u00e5 S\u00ac TI\u00d5P NH\u00cbN\r\n', 'latin1'),
    );
    const bytes = Uint8Array.from([...title, ...encodeLegacy(CSV, 'tcvn3')]);
    expect(detectEncoding(bytes, true)).toEqual({ encoding: 'tcvn3', bomLength: 0, detected: 'content' });
    expect(decodeAll(bytes).text.split('\r\n')[0]).toBe('DANH SáCH Hồ Sơ TIếP NHậN');
  });

  it('a UTF-8 sample cut inside a character is still UTF-8 when the file goes on', () => {
    const bytes = utf8('ho_ten\nNguyễn');
    const cut = bytes.subarray(0, bytes.length - 2); // inside "ễ"
    expect(detectEncoding(cut, false)).toEqual({ encoding: 'utf-8', bomLength: 0, detected: 'utf-8' });
    expect(detectEncoding(cut, true)).not.toEqual({ encoding: 'utf-8', bomLength: 0, detected: 'utf-8' });
  });

  it('rejects a file it cannot place, and says to use --encoding', () => {
    const latin1 = new Uint8Array(Buffer.from('name,city\nRené,Zürich\nJosé,Málaga\n', 'latin1'));
    const detection = detectEncoding(latin1, true);
    if (!('error' in detection)) throw new Error(`expected an error, got ${JSON.stringify(detection)}`);
    expect(detection.error.code).toBe('encoding_unknown');
    expect(detection.error.vi).toMatch(/^Không xác định được bảng mã của tệp/);
    expect(detection.error.vi).toContain('--encoding (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni)');
    expect(detection.error.en).toContain("Cannot tell the file's encoding");
    expect(() => decodeAll(latin1)).toThrowError(expect.objectContaining({ code: 'encoding_unknown' }));
  });
});

describe('scoring', () => {
  it('the right table reads every word as Vietnamese, the others mostly not', () => {
    const bytes = encodeLegacy(CSV, 'vni');
    const vni = scoreLegacy(bytes, 'vni');
    expect(vni).toMatchObject({ nonSyllables: 0, junk: 0 });
    expect(vni.syllables).toBeGreaterThan(20);
    expect(scoreLegacy(bytes, 'tcvn3').score).toBeLessThan(0);
    expect(scoreLegacy(bytes, 'windows-1258').score).toBeLessThan(0);
  });

  it('chooses only a clear winner', () => {
    const score = (encoding: 'tcvn3' | 'vni' | 'windows-1258', value: number) => ({
      encoding,
      syllables: 0,
      nonSyllables: 0,
      junk: 0,
      score: value,
    });
    expect(chooseLegacy([score('tcvn3', 10), score('vni', -3), score('windows-1258', 2)])).toBe('tcvn3');
    expect(chooseLegacy([score('tcvn3', 1), score('vni', -1), score('windows-1258', -1)])).toBe('tcvn3');
    expect(chooseLegacy([score('tcvn3', 10), score('vni', 9), score('windows-1258', 0)])).toBeNull();
    expect(chooseLegacy([score('tcvn3', 10), score('vni', 6), score('windows-1258', 0)])).toBeNull();
    expect(chooseLegacy([score('tcvn3', 0), score('vni', -2), score('windows-1258', -2)])).toBeNull();
  });
});
