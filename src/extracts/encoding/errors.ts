import { AppError } from '../../shared/errors.js';

const CHOICES = 'utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni';

/** No BOM, not valid UTF-8, and no legacy encoding clearly reads as Vietnamese (contract: reject, say --encoding). */
export function encodingUnknown(): AppError {
  return new AppError(
    'encoding_unknown',
    `Không xác định được bảng mã của tệp: tệp không phải UTF-8 hợp lệ và không đọc ra rõ tiếng Việt theo windows-1258, tcvn3 hay vni. Hãy chỉ rõ bằng --encoding (${CHOICES}).`,
    `Cannot tell the file's encoding: it is not valid UTF-8 and reads as clear Vietnamese in none of windows-1258, tcvn3 or vni; use --encoding (${CHOICES}).`,
  );
}

/** The bytes are not valid in the encoding they are read as (UTF-8 is never decoded with U+FFFD). */
export function encodingInvalid(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', byteOffset: number): AppError {
  const name = encoding.toUpperCase();
  return new AppError(
    'encoding_invalid',
    `Tệp không phải ${name} hợp lệ (byte sai ở vị trí ${byteOffset}). Hãy chỉ rõ bảng mã bằng --encoding (${CHOICES}).`,
    `The file is not valid ${name} (bad byte at offset ${byteOffset}); use --encoding (${CHOICES}).`,
    { details: { encoding, byteOffset } },
  );
}

/** An `--encoding` value that names no known encoding (contract: a usage error). */
export function encodingNameUnknown(input: string): AppError {
  return new AppError(
    'encoding_name_unknown',
    `Bảng mã "${input}" không được hỗ trợ. Dùng một trong: ${CHOICES} (hoặc cp1258, abc, vni-windows).`,
    `Unknown encoding "${input}". Use one of: ${CHOICES} (or cp1258, abc, vni-windows).`,
  );
}

/** A character the legacy encoding has no code for (only raised when writing legacy files). */
export function encodingUnencodable(encoding: string, char: string): AppError {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return new AppError(
    'encoding_unencodable',
    `Ký tự "${char}" (${code}) không có trong bảng mã ${encoding}.`,
    `Character "${char}" (${code}) has no code in ${encoding}.`,
  );
}
