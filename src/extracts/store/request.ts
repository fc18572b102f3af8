import { AppError } from '../../shared/errors.js';
import { ENCODING_NAMES, type EncodingName, parseEncodingName } from '../encoding/names.js';
import { isRecordSetName, RECORD_SETS, type RecordSetName } from '../recordsets.js';

/** What the caller asked for, checked: usage errors are found before a byte is read. */
export interface ImportRequest {
  recordSet: RecordSetName;
  /** null for units (they need no source). */
  source: string | null;
  /** YYYY-MM for snapshot sets; null otherwise. */
  period: string | null;
  format: 'csv' | 'xlsx' | 'jsonl' | undefined;
  /** Given explicitly; undefined = detect. */
  encoding: EncodingName | undefined;
  warnings: { vi: string; en: string }[];
}

const usage = (vi: string, en: string) => new AppError('usage', vi, en, { status: 400 });

const FORMATS = ['csv', 'xlsx', 'jsonl'] as const;

export function checkImportRequest(input: {
  recordSet: string;
  source?: string;
  period?: string;
  format?: string;
  encoding?: string;
}): ImportRequest {
  const warnings: ImportRequest['warnings'] = [];
  if (!isRecordSetName(input.recordSet)) {
    const names = Object.keys(RECORD_SETS).join(', ');
    throw usage(
      `Tập bản ghi "${input.recordSet}" không tồn tại. Các tập hợp lệ: ${names}.`,
      `Unknown record set "${input.recordSet}". Valid record sets: ${names}.`,
    );
  }
  const def = RECORD_SETS[input.recordSet];

  let source: string | null = null;
  const given = input.source?.trim() ?? '';
  if (def.name !== 'units') {
    const allowed = def.defaultSources.join(', ');
    if (given === '') {
      throw usage(
        `Thiếu --source: tập "${def.name}" cần mã hệ thống nguồn (${allowed}).`,
        `Missing --source: record set "${def.name}" needs a source system code (${allowed}).`,
      );
    }
    // decision: sources-per-record-set — only the sources the contract lists for the set
    if (!def.defaultSources.includes(given)) {
      throw usage(
        `Nguồn "${given}" không dùng cho tập "${def.name}". Nguồn hợp lệ: ${allowed}.`,
        `Source "${given}" is not a source of record set "${def.name}". Valid sources: ${allowed}.`,
      );
    }
    source = given;
  } else if (given !== '') {
    warnings.push({
      vi: 'Tập đơn vị không cần --source; đã bỏ qua.',
      en: 'Units need no --source; it was ignored.',
    });
  }

  let period: string | null = null;
  const periodText = input.period?.trim() ?? '';
  if (periodText !== '' && !/^\d{4}-(0[1-9]|1[0-2])$/.test(periodText)) {
    throw usage(
      `Kỳ báo cáo "${periodText}" không hợp lệ: cần dạng YYYY-MM, ví dụ 2026-03.`,
      `Invalid period "${periodText}": expected YYYY-MM, e.g. 2026-03.`,
    );
  }
  if (def.snapshot) {
    // contract "Command line": snapshot sets take --period, the snapshot is as of that period's end
    if (periodText === '') {
      throw usage(
        `Thiếu --period: tập "${def.name}" là ảnh chụp tại cuối một kỳ báo cáo (YYYY-MM).`,
        `Missing --period: record set "${def.name}" is a snapshot as of a period's end (YYYY-MM).`,
      );
    }
    period = periodText;
  } else if (periodText !== '') {
    warnings.push({
      vi: `Tập "${def.name}" không dùng --period (bản ghi được xếp kỳ theo ngày của chúng); đã bỏ qua.`,
      en: `Record set "${def.name}" takes no --period (records fall in periods by their own dates); it was ignored.`,
    });
  }

  const format = input.format?.trim().toLowerCase() || undefined;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
    throw usage(
      `Định dạng "${input.format}" không hỗ trợ. Định dạng hợp lệ: ${FORMATS.join(', ')}.`,
      `Unsupported format "${input.format}". Valid formats: ${FORMATS.join(', ')}.`,
    );
  }
  let encoding: EncodingName | undefined;
  const encodingText = input.encoding?.trim() ?? '';
  if (encodingText !== '') {
    const parsed = parseEncodingName(encodingText);
    if (parsed === null) {
      const names = `${ENCODING_NAMES.join(', ')} (cp1258, abc, vni-windows)`;
      throw usage(
        `Bảng mã "${encodingText}" không được hỗ trợ. Bảng mã hợp lệ: ${names}.`,
        `Unknown encoding "${encodingText}". Valid encodings: ${names}.`,
      );
    }
    encoding = parsed;
  }
  return {
    recordSet: def.name,
    source,
    period,
    format: format as ImportRequest['format'],
    encoding,
    warnings,
  };
}
