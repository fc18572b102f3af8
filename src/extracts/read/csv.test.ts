import { describe, expect, it } from 'vitest';
import { CsvParser, detectDelimiter, MAX_RECORD_CHARS } from './csv.js';

type Out = { line: number; cells?: string[]; bad?: string };

function parse(
  text: string,
  delimiter: ',' | ';' = ',',
  chunkSize = text.length || 1,
  nativeSplit = true,
): Out[] {
  const out: Out[] = [];
  const p = new CsvParser(
    delimiter,
    {
      row: (line, cells) => out.push({ line, cells }),
      bad: (line, reason) => out.push({ line, bad: reason.en }),
    },
    { nativeSplit },
  );
  for (let i = 0; i < text.length; i += chunkSize) p.push(text.slice(i, i + chunkSize));
  p.end();
  return out;
}

const SAMPLE = 'a,b,c\r\n1,"x, y",3\n\n"multi\nline\r\nfield","say ""hi""",\r2,,"" \n"last","no newline"';

describe('CsvParser', () => {
  it('splits fields, quotes, doubled quotes, embedded line breaks, CRLF/LF/CR, and counts physical lines', () => {
    expect(parse(SAMPLE)).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x, y', '3'] },
      { line: 3, cells: [''] },
      { line: 4, cells: ['multi\nline\r\nfield', 'say "hi"', ''] },
      { line: 7, cells: ['2', '', ' '] },
      { line: 8, cells: ['last', 'no newline'] },
    ]);
  });

  it.each([1, 2, 3, 5, 7, 64])('gives the same rows whatever the chunk size (%d)', (size) => {
    expect(parse(SAMPLE, ',', size)).toEqual(parse(SAMPLE));
  });

  it('cuts plain lines natively exactly as the general path does, whatever the text and chunks', () => {
    // A small alphabet dense in the characters that matter: delimiters, quotes, CR, LF.
    const alphabet = ['a', 'ư', ',', ';', '"', '\n', '\r', ' '];
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 400; round++) {
      const length = Math.floor(random() * 60);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const delimiter = round % 2 === 0 ? ',' : ';';
      const chunk = 1 + Math.floor(random() * 12);
      const general = parse(text, delimiter, text.length || 1, false);
      expect(parse(text, delimiter), JSON.stringify(text)).toEqual(general);
      expect(parse(text, delimiter, chunk), JSON.stringify(text)).toEqual(general);
    }
  });

  it('reads semicolon files, leaving commas in values', () => {
    expect(parse('mã;tên\nA1;Sở Khoa học, Công nghệ\n', ';')).toEqual([
      { line: 1, cells: ['mã', 'tên'] },
      { line: 2, cells: ['A1', 'Sở Khoa học, Công nghệ'] },
    ]);
  });

  it('keeps a trailing empty field and ignores a final line break', () => {
    expect(parse('a,b,\n')).toEqual([{ line: 1, cells: ['a', 'b', ''] }]);
    expect(parse('a,b,')).toEqual([{ line: 1, cells: ['a', 'b', ''] }]);
  });

  it('reports an unclosed quote at the line where its record starts', () => {
    expect(parse('a,b\n1,"open\n2,3\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, bad: 'A quoted field (") is never closed before the end of the file.' },
    ]);
  });

  it('reports a line over 1 MiB as a bad row and goes on after it', () => {
    const long = 'y'.repeat(MAX_RECORD_CHARS + 10);
    const text = `a,b\n1,${long}\n2,ok\n"3","${long}\nstill quoted"\n4,fine`;
    for (const size of [65_536, 1_000_000, text.length]) {
      expect(parse(text, ',', size)).toEqual([
        { line: 1, cells: ['a', 'b'] },
        { line: 2, bad: 'Line longer than 1 MiB.' },
        { line: 3, cells: ['2', 'ok'] },
        { line: 4, bad: 'Line longer than 1 MiB.' },
        { line: 6, cells: ['4', 'fine'] },
      ]);
    }
  });
});

describe('detectDelimiter', () => {
  const score = (cells: string[]) => (cells.includes('dossier_id') ? cells.length : 0);

  it('chooses the delimiter under which the header appears', () => {
    expect(detectDelimiter('Báo cáo, tháng 3\ndossier_id;unit_code;received_at\n', true, score)).toBe(';');
    expect(detectDelimiter('dossier_id,unit_code,received_at\nA;B,C,D\n', true, score)).toBe(',');
  });

  it('prefers the one giving more columns when both find the header', () => {
    expect(detectDelimiter('dossier_id;unit_code;x,received_at\n', true, score)).toBe(';');
  });

  it('falls back to comma when no header is found', () => {
    expect(detectDelimiter('nothing here\n', true, score)).toBe(',');
  });
});
