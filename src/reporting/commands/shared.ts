import { formatVnDateTime } from '../../core/time.js';
import { AppError } from '../../shared/errors.js';
import type { FormIndicator, IndicatorEntry } from '../content.js';
import type { ExtractedValue } from '../store/prefill.js';
import type { ReportRow, VersionRow } from '../store/reports.js';
import { entryKind } from '../validate.js';
import type { ReportRef } from '../workflow.js';

export { authorizeReportAction } from '../workflow.js';

export function reportRef(report: ReportRow, version: VersionRow): ReportRef {
  return {
    unitCode: report.unitCode,
    status: version.status,
    indicatorCodes: version.form.indicators.map((i) => i.code),
  };
}

/** An indicator entry holding the extracted value, with its extract reference as provenance. */
export function entryFromExtract(
  indicator: FormIndicator,
  entry: IndicatorEntry,
  value: ExtractedValue,
): IndicatorEntry {
  const provenance = {
    kind: 'extract' as const,
    importId: value.importId,
    sha256: value.sha256,
    source: value.source,
  };
  switch (entryKind(indicator.kind)) {
    case 'pair':
      return { ...entry, a: value.a, b: value.b, provenance };
    case 'value':
      return {
        ...entry,
        value: value.a ?? (value.value === null ? null : Math.round(value.value)),
        provenance,
      };
    default:
      return entry;
  }
}

/** Issue 3 §3: a stale revision gets 409 saying who saved in between and when. */
export function conflict(version: VersionRow, sent: number): AppError {
  const when = formatVnDateTime(version.updatedAt.getTime());
  return new AppError(
    'conflict',
    `Báo cáo đã được ${version.updatedBy} lưu lúc ${when} sau khi bạn mở (bạn đang sửa bản lưu số ${sent}, bản hiện tại là số ${version.revision}). Vui lòng tải lại báo cáo để xem thay đổi rồi nhập lại phần của bạn.`,
    `The report was saved by ${version.updatedBy} at ${when} (Vietnam time) after you opened it (you edited revision ${sent}, the current one is ${version.revision}). Reload it and re-apply your changes.`,
    {
      status: 409,
      details: {
        revision: version.revision,
        updatedBy: version.updatedBy,
        updatedAt: version.updatedAt.toISOString(),
      },
    },
  );
}

export function checkRevision(version: VersionRow, sent: number | undefined): void {
  if (sent !== undefined && sent !== version.revision) throw conflict(version, sent);
}
