import { describe, expect, it } from 'vitest';
import { detectEvidenceType } from './magic.js';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('detectEvidenceType', () => {
  it('knows PDF, PNG, JPEG, DOCX and XLSX by their bytes', () => {
    expect(detectEvidenceType(bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(detectEvidenceType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(detectEvidenceType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(
      detectEvidenceType(bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml')),
    ).toBe('docx');
    expect(
      detectEvidenceType(bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....xl/workbook.xml')),
    ).toBe('xlsx');
  });
  it('refuses anything else, whatever it is called', () => {
    expect(detectEvidenceType(bytes('MZ\x90\x00'))).toBeNull();
    expect(detectEvidenceType(bytes('<html><script>'))).toBeNull();
    expect(detectEvidenceType(bytes([0x50, 0x4b, 0x03, 0x04], 'payload.exe'))).toBeNull();
    expect(detectEvidenceType(new Uint8Array())).toBeNull();
  });
});
