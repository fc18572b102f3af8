/**
 * What an uploaded evidence file really is, from its first bytes (never from its name or the
 * browser's word): PDF, DOCX, XLSX, PNG or JPEG — nothing else is kept. Pure.
 */
export type EvidenceType = 'pdf' | 'docx' | 'xlsx' | 'png' | 'jpeg';

export const MEDIA_TYPES: Record<EvidenceType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** The ZIP's member names are stored in clear in its local headers: enough to tell Word from Excel. */
function zipNames(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
}

export function detectEvidenceType(bytes: Uint8Array): EvidenceType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipNames(bytes);
    if (!names.includes('[Content_Types].xml')) return null;
    if (names.includes('word/')) return 'docx';
    if (names.includes('xl/')) return 'xlsx';
  }
  return null;
}
