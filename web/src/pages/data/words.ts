import type { Lang } from '../../i18n.js';
import { useI18n } from '../../state/language.js';

/**
 * The words of the data pages (extracts, results, flags, spot checks): Vietnamese first, English
 * second, like web/src/i18n.ts, kept beside the pages that use them.
 */
const words = {
  'menu.upload': { vi: 'Nhập số liệu', en: 'Import data' },
  'menu.imports': { vi: 'Lịch sử nhập', en: 'Import history' },
  'menu.results': { vi: 'Kết quả', en: 'Results' },
  'menu.flags': { vi: 'Cảnh báo', en: 'Flags' },
  'menu.spotchecks': { vi: 'Kiểm tra đột xuất', en: 'Spot checks' },

  'upload.title': { vi: 'Nhập số liệu từ hệ thống nguồn', en: 'Import an extract from a source system' },
  'upload.recordSet': { vi: 'Tập bản ghi', en: 'Record set' },
  'upload.source': { vi: 'Hệ thống nguồn', en: 'Source system' },
  'upload.period': { vi: 'Kỳ của ảnh chụp', en: 'Snapshot period' },
  'upload.periodHelp': {
    vi: 'Danh mục TTHC, thành phần hồ sơ, CBCCVC: số liệu tại cuối kỳ này.',
    en: 'Procedures, components, staff: the state at this period’s end.',
  },
  'upload.encoding': { vi: 'Bảng mã', en: 'Encoding' },
  'upload.auto': { vi: 'Tự nhận diện', en: 'Detect' },
  'upload.drop': { vi: 'Kéo thả tệp vào đây hoặc bấm để chọn', en: 'Drop the file here or click to choose' },
  'upload.dropHint': {
    vi: 'CSV (dấu phẩy hoặc chấm phẩy), XLSX hoặc JSON Lines',
    en: 'CSV (comma or semicolon), XLSX or JSON Lines',
  },
  'upload.submit': { vi: 'Tải lên và nhập', en: 'Upload and import' },
  'upload.uploading': { vi: 'Đang tải lên…', en: 'Uploading…' },
  'upload.processing': { vi: 'Đang kiểm tra và nhập…', en: 'Checking and importing…' },
  'upload.accepted': { vi: 'Đã nhập tệp', en: 'File imported' },
  'upload.unchanged': {
    vi: 'Tệp đã được nhập trước đó — không có gì thay đổi',
    en: 'Already imported — nothing changed',
  },
  'upload.rejected': {
    vi: 'Tệp bị từ chối, không có dữ liệu nào được nhập',
    en: 'File rejected, nothing was imported',
  },
  'upload.rowsRead': { vi: 'Số dòng đọc', en: 'Rows read' },
  'upload.imported': { vi: 'Thêm mới', en: 'New' },
  'upload.replaced': { vi: 'Thay thế', en: 'Replaced' },
  'upload.unchangedRows': { vi: 'Không đổi', en: 'Unchanged' },
  'upload.line': { vi: 'Dòng', en: 'Line' },
  'upload.reason': { vi: 'Lý do', en: 'Reason' },
  'upload.wholeFile': { vi: 'Cả tệp', en: 'Whole file' },
  'upload.needFile': { vi: 'Vui lòng chọn tệp.', en: 'Choose a file.' },
  'upload.needPeriod': { vi: 'Tập này cần kỳ của ảnh chụp.', en: 'This set needs a snapshot period.' },
  'upload.warnings': { vi: 'Cảnh báo', en: 'Warnings' },

  'imports.title': { vi: 'Lịch sử nhập số liệu', en: 'Import history' },
  'imports.when': { vi: 'Thời điểm', en: 'When' },
  'imports.who': { vi: 'Người nhập', en: 'By' },
  'imports.via': { vi: 'Cách nhập', en: 'Via' },
  'imports.file': { vi: 'Tệp', en: 'File' },
  'imports.fingerprint': { vi: 'Dấu vân tay SHA-256', en: 'SHA-256 fingerprint' },
  'imports.counts': { vi: 'Đọc / mới / thay thế / không đổi', en: 'Read / new / replaced / unchanged' },
  'imports.status': { vi: 'Trạng thái', en: 'Status' },
  'imports.download': { vi: 'Tải tệp gốc', en: 'Download original' },
  'imports.applied': { vi: 'Đã nhập', en: 'Applied' },
  'imports.unchangedStatus': { vi: 'Không thay đổi', en: 'Unchanged' },
  'imports.via.upload': { vi: 'Tải lên', en: 'Upload' },
  'imports.via.api': { vi: 'API hệ thống nguồn', en: 'Source API' },
  'imports.via.cli': { vi: 'Dòng lệnh', en: 'Command line' },
  'imports.empty': { vi: 'Chưa có lần nhập nào.', en: 'No imports yet.' },

  'results.title': { vi: 'Kết quả thực hiện chỉ tiêu', en: 'Indicator results' },
  'results.period': { vi: 'Kỳ báo cáo', en: 'Period' },
  'results.unit': { vi: 'Đơn vị', en: 'Unit' },
  'results.allUnits': { vi: 'Tất cả đơn vị', en: 'All units' },
  'results.indicator': { vi: 'Chỉ tiêu', en: 'Indicator' },
  'results.scope': { vi: 'Phạm vi', en: 'Scope' },
  'results.value': { vi: 'Giá trị', en: 'Value' },
  'results.target': { vi: 'Mục tiêu', en: 'Target' },
  'results.status': { vi: 'Đánh giá', en: 'Assessment' },
  'results.flags': { vi: 'Cảnh báo', en: 'Flags' },
  'results.sources': { vi: 'Theo nguồn', en: 'By source' },
  'results.excluded': { vi: 'Bị loại', en: 'Excluded' },
  'results.decision': { vi: 'Đã có quyết định đối chiếu', en: 'Settled by a decision' },
  'results.empty': { vi: 'Chưa có số liệu của kỳ này.', en: 'No data for this period.' },
  'results.openRecords': { vi: 'Xem hồ sơ gốc', en: 'See the records' },

  'scope.month': { vi: 'Tháng', en: 'Month' },
  'scope.ytd': { vi: 'Lũy kế năm', en: 'Year to date' },
  'scope.snapshot': { vi: 'Cuối kỳ', en: 'At period end' },

  'status.dat': { vi: 'Đạt', en: 'Achieved' },
  'status.chua_dat': { vi: 'Chưa đạt', en: 'Not achieved' },
  'status.chua_danh_gia': { vi: 'Chưa đánh giá', en: 'Not assessed' },

  'rule.reentered': { vi: 'nhập lại muộn', en: 're-entered late' },
  'rule.paper_parallel': { vi: 'giấy song song', en: 'paper in parallel' },
  'rule.unused_certificate': { vi: 'chứng thư không dùng', en: 'unused certificate' },

  'records.title': { vi: 'Hồ sơ gốc đằng sau con số', en: 'The records behind the number' },
  'records.filter.all': { vi: 'Tất cả', en: 'All' },
  'records.filter.in_a': { vi: 'Tính vào tử số (a)', en: 'In a' },
  'records.filter.in_b': { vi: 'Chỉ trong mẫu số (b)', en: 'Only in b' },
  'records.filter.excluded': { vi: 'Bị loại theo quy tắc', en: 'Excluded by a rule' },
  'records.id': { vi: 'Mã bản ghi', en: 'Record' },
  'records.date': { vi: 'Ngày', en: 'Date' },
  'records.place': { vi: 'Vị trí', en: 'Place' },
  'records.reason': { vi: 'Lý do', en: 'Reason' },
  'records.source': { vi: 'Nguồn', en: 'Source' },
  'records.sum': { vi: 'Tổng các bản ghi: a = {a}, b = {b}', en: 'Sum of the records: a = {a}, b = {b}' },
  'records.back': { vi: 'Quay lại kết quả', en: 'Back to the results' },

  'flags.title': { vi: 'Cảnh báo kiểm soát số liệu', en: 'Data-control flags' },
  'flags.code': { vi: 'Loại cảnh báo', en: 'Flag' },
  'flags.message': { vi: 'Nội dung', en: 'Message' },
  'flags.decide': { vi: 'Quyết định đối chiếu', en: 'Settle' },
  'flags.reason': { vi: 'Lý do (ít nhất 10 ký tự)', en: 'Reason (at least 10 characters)' },
  'flags.chosenSource': { vi: 'Lấy số liệu của nguồn', en: 'Take the value of source' },
  'flags.primary': { vi: 'Nguồn chính', en: 'Primary source' },
  'flags.saved': { vi: 'Đã ghi quyết định đối chiếu.', en: 'Decision recorded.' },
  'flags.empty': { vi: 'Không có cảnh báo nào.', en: 'No flags.' },
  'flag.sample_too_small': { vi: 'Không đủ cỡ mẫu', en: 'Sample too small' },
  'flag.single_source': { vi: 'Chỉ có một nguồn', en: 'Single source' },
  'flag.source_mismatch': { vi: 'Các nguồn lệch nhau', en: 'Sources disagree' },
  'flag.generated_vs_processed': { vi: 'Phát sinh – xử lý không khớp', en: 'Generated vs processed' },
  'flag.reported_vs_extracted': { vi: 'Báo cáo khác trích xuất', en: 'Reported vs extracted' },
  'flag.outlier': { vi: 'Bất thường', en: 'Outlier' },
  'flag.invalid_value': { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },

  'spot.title': { vi: 'Kiểm tra đột xuất', en: 'Spot checks' },
  'spot.open': { vi: 'Mở đợt kiểm tra', en: 'Open a spot check' },
  'spot.note': { vi: 'Nội dung kiểm tra', en: 'Purpose' },
  'spot.openedBy': { vi: 'Người mở', en: 'Opened by' },
  'spot.state.open': { vi: 'Đang kiểm tra', en: 'Open' },
  'spot.state.closed': { vi: 'Đã kết thúc', en: 'Closed' },
  'spot.findings': { vi: 'Kết quả kiểm tra', en: 'Findings' },
  'spot.addFinding': { vi: 'Ghi kết quả', en: 'Record a finding' },
  'spot.findingText': { vi: 'Nội dung phát hiện', en: 'Finding' },
  'spot.severity': { vi: 'Mức độ', en: 'Severity' },
  'spot.severity.low': { vi: 'Thấp', en: 'Low' },
  'spot.severity.medium': { vi: 'Trung bình', en: 'Medium' },
  'spot.severity.high': { vi: 'Cao', en: 'High' },
  'spot.close': { vi: 'Kết thúc đợt kiểm tra', en: 'Close the check' },
  'spot.numbers': { vi: 'Các con số của đơn vị trong kỳ', en: 'The unit’s numbers for the period' },
  'spot.empty': { vi: 'Chưa có đợt kiểm tra nào.', en: 'No spot checks yet.' },
  'spot.immutable': {
    vi: 'Kết quả đã ghi không sửa, không xóa được.',
    en: 'Recorded findings cannot be edited or deleted.',
  },
  'spot.general': { vi: 'Chung', en: 'General' },

  'set.units': { vi: 'Đơn vị', en: 'Units' },
  'set.dossiers': { vi: 'Hồ sơ TTHC', en: 'Dossiers' },
  'set.procedures': { vi: 'Danh mục TTHC', en: 'Procedures' },
  'set.procedure_components': { vi: 'Thành phần hồ sơ TTHC', en: 'Procedure components' },
  'set.documents': { vi: 'Văn bản, hồ sơ công việc', en: 'Documents' },
  'set.certificates': { vi: 'Chứng thư số', en: 'Certificates' },
  'set.signatures': { vi: 'Lượt ký số', en: 'Signatures' },
  'set.staff': { vi: 'Cán bộ, công chức, viên chức', en: 'Staff' },
  'set.ratings': { vi: 'Đánh giá hài lòng', en: 'Satisfaction ratings' },
  'set.products': { vi: 'Sản phẩm công nghệ chiến lược', en: 'Strategic technology products' },

  'common.demo': { vi: 'Dữ liệu minh họa', en: 'Demonstration data' },
} as const satisfies Record<string, Record<Lang, string>>;

export type WordKey = keyof typeof words;

export function word(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const entry = (words as Record<string, Record<Lang, string>>)[key];
  const text = entry ? entry[lang] : key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `w('upload.title')`, `w('status.dat')`: the data pages' words in the chosen language. */
export function useWords() {
  const { lang } = useI18n();
  return {
    lang,
    w: (key: WordKey | string, params?: Record<string, string | number>) => word(lang, key, params),
  };
}

/** Record sets with their sources, primary first (contract "Sources and reconciliation"). */
export const RECORD_SETS: { name: string; sources: string[]; snapshot: boolean }[] = [
  { name: 'dossiers', sources: ['tthc-tinh', 'dvcqg', 'tthc-bo'], snapshot: false },
  { name: 'procedures', sources: ['tthc-tinh', 'dvcqg', 'tthc-bo'], snapshot: true },
  { name: 'procedure_components', sources: ['tthc-tinh', 'dvcqg', 'tthc-bo'], snapshot: true },
  { name: 'documents', sources: ['qlvb', 'lienthong'], snapshot: false },
  { name: 'ratings', sources: ['dvcqg', 'tthc-tinh'], snapshot: false },
  { name: 'certificates', sources: ['kyso'], snapshot: false },
  { name: 'signatures', sources: ['kyso'], snapshot: false },
  { name: 'staff', sources: ['baocao'], snapshot: true },
  { name: 'products', sources: ['baocao'], snapshot: false },
  { name: 'units', sources: [], snapshot: false },
];
