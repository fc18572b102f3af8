import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import type { ImportSummary } from '../../extracts/import.js';
import { checkImportRequest } from '../../extracts/store/request.js';
import { AppError } from '../../shared/errors.js';
import { openForCommand } from '../open.js';

interface ImportOptions {
  source?: string;
  period?: string;
  encoding?: string;
  format?: string;
  json?: boolean;
}

/**
 * `tiendo import RECORDSET FILE --source CODE [--period YYYY-MM]` (contract "Command line"):
 * the summary on standard output, errors on standard error; exit 0 accepted (or unchanged),
 * 1 rejected, 2 usage error or database held by another process.
 */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Nhập một tệp trích xuất bản ghi / import a record extract (CSV, XLSX, JSON Lines)')
    .argument('<recordset>', 'tập bản ghi / record set (units, dossiers, procedures, …)')
    .argument('<file>', 'tệp trích xuất / the extract file')
    .option('--source <code>', 'mã hệ thống nguồn / source system code (tthc-tinh, dvcqg, qlvb, …)')
    .option(
      '--period <YYYY-MM>',
      'kỳ của ảnh chụp (procedures, procedure_components, staff) / snapshot period',
    )
    .option('--encoding <name>', 'bảng mã / encoding: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni')
    .option(
      '--format <format>',
      'định dạng / format: csv, xlsx, jsonl (mặc định theo đuôi tệp / by file extension)',
    )
    .option('--json', 'in bản tóm tắt dạng JSON / print the summary as JSON')
    .action(async (recordSet: string, file: string, options: ImportOptions) => {
      // Usage errors first: they need neither the file's bytes nor the database.
      checkImportRequest({ recordSet, ...options });
      const path = resolve(file);
      if (!isFile(path)) {
        throw new AppError('usage', `Không tìm thấy tệp "${file}".`, `File "${file}" not found.`);
      }
      // Loaded by this command only: each command pays for the modules it imports.
      const [{ importExtract }, app] = await Promise.all([
        import('../../extracts/import.js'),
        openForCommand('tiendo import'),
      ]);
      let summary: ImportSummary;
      try {
        summary = await importExtract(
          { database: app.database, filesDir: app.config.filesDir, actor: { kind: 'cli' }, now: app.now },
          { recordSet, ...options, fileName: basename(path), body: path, via: 'cli' },
        );
      } finally {
        await app.close();
      }
      process.stdout.write(
        options.json ? `${JSON.stringify(summaryJson(summary), null, 2)}\n` : summaryText(summary),
      );
      if (summary.status === 'rejected') process.exitCode = 1;
    });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The `--json` document (contract "Exit codes and output"). */
export function summaryJson(s: ImportSummary) {
  return {
    status: s.status,
    importId: s.importId,
    recordSet: s.recordSet,
    source: s.source,
    period: s.period,
    fileName: s.fileName,
    sha256: s.sha256,
    format: s.format,
    encoding: s.encoding,
    encodingDetected: s.encodingDetected,
    encodingBasis: s.encodingBasis,
    rowsRead: s.rowsRead,
    imported: s.imported,
    replaced: s.replaced,
    unchanged: s.unchanged,
    rejected: s.rejected.map((r) => ({ line: r.line, reason: r.vi, reasonEn: r.en })),
    warnings: s.warnings.map((w) => ({ message: w.vi, messageEn: w.en })),
  };
}

const ENCODING_LABEL: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
};

const BASIS_LABEL: Record<NonNullable<ImportSummary['encodingBasis']>, { vi: string; en: string }> = {
  given: { vi: 'theo --encoding', en: 'from --encoding' },
  bom: { vi: 'tự nhận diện theo BOM', en: 'detected from the BOM' },
  'utf-8': { vi: 'tự nhận diện: UTF-8 hợp lệ', en: 'detected: valid UTF-8' },
  content: {
    vi: 'tự nhận diện theo các chữ tiếng Việt trong tệp',
    en: 'detected from the Vietnamese letters in the file',
  },
};

const viNumber = new Intl.NumberFormat('vi-VN');

/** Vietnamese first, then English. */
export function summaryText(s: ImportSummary): string {
  const where = `${s.source ? `, nguồn ${s.source}` : ''}${s.period ? `, kỳ ${s.period}` : ''}`;
  const whereEn = `${s.source ? `, source ${s.source}` : ''}${s.period ? `, period ${s.period}` : ''}`;
  const encoding = s.encoding ? (ENCODING_LABEL[s.encoding] ?? s.encoding) : null;
  const vi: string[] = [];
  const en: string[] = [];
  if (s.status === 'rejected') {
    vi.push(`Tệp "${s.fileName}" bị từ chối, không có dữ liệu nào được nhập (tập ${s.recordSet}${where}):`);
    en.push(`File "${s.fileName}" was rejected, nothing was imported (record set ${s.recordSet}${whereEn}):`);
    for (const r of s.rejected) {
      vi.push(r.line === null ? `  ${r.vi}` : `  Dòng ${r.line}: ${r.vi}`);
      en.push(r.line === null ? `  ${r.en}` : `  Line ${r.line}: ${r.en}`);
    }
  } else {
    vi.push(
      s.status === 'unchanged'
        ? `Tệp "${s.fileName}" đã được nhập trước đó (cùng SHA-256) vào tập ${s.recordSet}${where}: không có gì thay đổi; đọc ${viNumber.format(s.rowsRead)} dòng.`
        : `Đã nhập tệp "${s.fileName}" vào tập ${s.recordSet}${where}: đọc ${viNumber.format(s.rowsRead)} dòng; thêm mới ${viNumber.format(s.imported)}, thay thế ${viNumber.format(s.replaced)}, không đổi ${viNumber.format(s.unchanged)}.`,
    );
    en.push(
      s.status === 'unchanged'
        ? `File "${s.fileName}" was already imported (same SHA-256) into ${s.recordSet}${whereEn}: nothing changed; ${s.rowsRead} rows read.`
        : `Imported "${s.fileName}" into ${s.recordSet}${whereEn}: ${s.rowsRead} rows read; ${s.imported} new, ${s.replaced} replaced, ${s.unchanged} unchanged.`,
    );
    if (encoding) {
      const basis = BASIS_LABEL[s.encodingBasis ?? 'given'];
      vi.push(`Bảng mã: ${encoding} (${basis.vi}).`);
      en.push(`Encoding: ${encoding} (${basis.en}).`);
    }
    vi.push(`SHA-256: ${s.sha256}`);
  }
  for (const w of s.warnings) {
    vi.push(`Cảnh báo: ${w.vi}`);
    en.push(`Warning: ${w.en}`);
  }
  return `${vi.join('\n')}\n\n${en.join('\n')}\n`;
}
