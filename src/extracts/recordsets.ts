/**
 * The record sets of the exchange contract (formats/README.md "Record sets"): every field with its
 * type, the required fields, the Vietnamese header aliases and where each set is stored.
 * Shared by the readers, the store and the results.
 */

export type RecordSetName =
  | 'units'
  | 'dossiers'
  | 'procedures'
  | 'procedure_components'
  | 'documents'
  | 'certificates'
  | 'signatures'
  | 'staff'
  | 'ratings'
  | 'products';

export type FieldType = 'string' | 'datetime' | 'flag' | 'integer' | 'enum';

export interface FieldDef {
  name: string;
  type: FieldType;
  required: boolean;
  /** For enums: the canonical English values of the contract. */
  enumValues?: readonly string[];
  /** Header names accepted besides `name` (Vietnamese), documented in docs/importer-aliases.md. */
  aliases: readonly string[];
}

export interface RecordSetDef {
  name: RecordSetName;
  fields: readonly FieldDef[];
  /** The fields that identify a record within a source (a snapshot: within the import). */
  idFields: readonly string[];
  /** The date that places a record in a window; null for snapshot sets and units. */
  windowField: string | null;
  /** Every import is a whole snapshot (procedures, procedure_components, staff). */
  snapshot: boolean;
  /** The set has a `unit_code` that must name a known unit. */
  hasUnit: boolean;
  /** SQL table in src/db/schema/records.ts (or 'units'). */
  table: string;
  /** Source systems, primary first (contract "Sources and reconciliation"). */
  defaultSources: readonly string[];
}

/** A typed record keyed by the contract's field names: datetime = epoch ms (number), flag = boolean (blank = false), integer = number, enum = the canonical English value, empty = null. */
export type TypedRecord = Record<string, string | number | boolean | null>;

export interface RowError {
  line: number;
  vi: string;
  en: string;
}

/** Canonical enum values with their Vietnamese names (matched case-insensitively, with or without diacritics variants). */
export const ENUM_VIETNAMESE: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  unitKind: {
    province: ['tỉnh', 'cấp tỉnh', 'ubnd tỉnh'],
    department: ['sở', 'sở, ban, ngành', 'ban', 'ngành'],
    agency: ['cơ quan', 'cơ quan ngành dọc', 'đơn vị sự nghiệp'],
    commune: ['xã', 'cấp xã'],
    ward: ['phường'],
    division: ['phòng', 'phòng, ban', 'đơn vị trực thuộc'],
  },
  channel: {
    online: ['trực tuyến'],
    direct: ['trực tiếp'],
    postal: ['bưu chính', 'bưu chính công ích'],
  },
  dossierStatus: {
    received: ['đã tiếp nhận', 'tiếp nhận', 'mới tiếp nhận'],
    processing: ['đang xử lý', 'đang giải quyết'],
    finished: ['đã giải quyết', 'hoàn thành', 'đã hoàn thành', 'đã trả kết quả'],
    returned: ['trả lại', 'trả lại hồ sơ', 'đã trả lại'],
    cancelled: ['đã hủy', 'hủy', 'đã huỷ', 'huỷ'],
  },
  procedureLevel: {
    province: ['cấp tỉnh', 'tỉnh'],
    commune: ['cấp xã', 'xã'],
  },
  onlineLevel: {
    full: ['toàn trình', 'trực tuyến toàn trình'],
    partial: ['một phần', 'trực tuyến một phần'],
    none: ['chưa cung cấp', 'không'],
  },
  documentKind: {
    incoming: ['đến', 'văn bản đến'],
    outgoing: ['đi', 'văn bản đi'],
    internal: ['nội bộ', 'văn bản nội bộ'],
    work_file: ['hồ sơ công việc'],
  },
  staffCategory: {
    can_bo: ['cán bộ'],
    cong_chuc: ['công chức'],
    vien_chuc: ['viên chức'],
    nguoi_lao_dong: ['người lao động', 'lao động hợp đồng'],
  },
  ratingLevel: {
    very_satisfied: ['rất hài lòng'],
    satisfied: ['hài lòng'],
    neutral: ['bình thường'],
    dissatisfied: ['không hài lòng'],
  },
};

/** Which ENUM_VIETNAMESE table an enum field uses, keyed by `set.field`. */
export const ENUM_TABLE: Readonly<Record<string, string>> = {
  'units.kind': 'unitKind',
  'dossiers.channel': 'channel',
  'dossiers.status': 'dossierStatus',
  'procedures.level': 'procedureLevel',
  'procedures.online_level': 'onlineLevel',
  'documents.kind': 'documentKind',
  'staff.category': 'staffCategory',
  'ratings.level': 'ratingLevel',
};

const s = (name: string, aliases: readonly string[], required = false): FieldDef => ({
  name,
  type: 'string',
  required,
  aliases,
});
const dt = (name: string, aliases: readonly string[], required = false): FieldDef => ({
  name,
  type: 'datetime',
  required,
  aliases,
});
const fl = (name: string, aliases: readonly string[]): FieldDef => ({
  name,
  type: 'flag',
  required: false,
  aliases,
});
const int = (name: string, aliases: readonly string[]): FieldDef => ({
  name,
  type: 'integer',
  required: false,
  aliases,
});
const en = (name: string, table: string, aliases: readonly string[], required = false): FieldDef => ({
  name,
  type: 'enum',
  required,
  enumValues: Object.keys(ENUM_VIETNAMESE[table] ?? {}),
  aliases,
});

const UNIT_CODE = s('unit_code', ['Mã đơn vị', 'Mã cơ quan', 'Mã đơn vị xử lý'], true);

export const RECORD_SETS: Record<RecordSetName, RecordSetDef> = {
  units: {
    name: 'units',
    fields: [
      s('unit_code', ['Mã đơn vị', 'Mã cơ quan'], true),
      // Not listed as required by the contract, but a unit without a name or kind cannot be stored.
      s('name', ['Tên đơn vị', 'Tên cơ quan', 'Tên'], true),
      en('kind', 'unitKind', ['Loại đơn vị', 'Loại hình', 'Loại'], true),
      s('parent_code', ['Mã đơn vị cha', 'Mã đơn vị cấp trên', 'Mã cấp trên', 'Đơn vị cấp trên']),
    ],
    idFields: ['unit_code'],
    windowField: null,
    snapshot: false,
    hasUnit: false,
    table: 'units',
    defaultSources: [],
  },
  dossiers: {
    name: 'dossiers',
    fields: [
      s('dossier_id', ['Mã hồ sơ', 'Số hồ sơ'], true),
      UNIT_CODE,
      s('procedure_code', ['Mã thủ tục', 'Mã TTHC', 'Mã thủ tục hành chính']),
      en('channel', 'channel', ['Kênh', 'Kênh tiếp nhận', 'Hình thức nộp']),
      fl('full_online', ['Toàn trình', 'Trực tuyến toàn trình']),
      dt('received_at', ['Ngày tiếp nhận', 'Thời điểm tiếp nhận', 'Ngày nhận'], true),
      dt('entered_at', ['Ngày nhập', 'Ngày nhập hệ thống', 'Thời điểm nhập']),
      dt('due_at', ['Hạn xử lý', 'Hạn giải quyết', 'Ngày hẹn trả']),
      dt('finished_at', ['Ngày hoàn thành', 'Ngày giải quyết', 'Ngày có kết quả']),
      en('status', 'dossierStatus', ['Trạng thái', 'Tình trạng']),
      fl('result_electronic', ['Kết quả điện tử']),
      fl('digitized', ['Số hóa', 'Đã số hóa']),
      fl('fee_required', ['Có phí', 'Phải nộp phí', 'Thu phí']),
      fl('paid_online', ['Thanh toán trực tuyến']),
      int('submit_seconds', ['Thời gian nộp (giây)', 'Số giây nộp']),
      int('components_total', ['Số thành phần', 'Tổng số thành phần']),
      int('components_reused', ['Số thành phần tái sử dụng', 'Thành phần tái sử dụng']),
    ],
    idFields: ['dossier_id'],
    windowField: 'received_at',
    snapshot: false,
    hasUnit: true,
    table: 'rec_dossiers',
    defaultSources: ['tthc-tinh', 'dvcqg', 'tthc-bo'],
  },
  procedures: {
    name: 'procedures',
    fields: [
      s('procedure_code', ['Mã thủ tục', 'Mã TTHC', 'Mã thủ tục hành chính'], true),
      s('name', ['Tên thủ tục', 'Tên TTHC', 'Tên thủ tục hành chính']),
      en('level', 'procedureLevel', ['Cấp thực hiện', 'Cấp']),
      s('managing_unit_code', ['Mã đơn vị quản lý', 'Mã cơ quan quản lý', 'Đơn vị quản lý']),
      en('online_level', 'onlineLevel', ['Mức độ DVCTT', 'Mức độ trực tuyến', 'Mức độ']),
      fl('eligible_full_online', [
        'Đủ điều kiện toàn trình',
        'Đủ điều kiện cung cấp DVCTT toàn trình',
        'Đủ điều kiện',
      ]),
      fl('business_related', ['Liên quan doanh nghiệp', 'Liên quan đến doanh nghiệp']),
      fl('production_business_related', ['Liên quan sản xuất, kinh doanh', 'Liên quan sản xuất kinh doanh']),
      fl('local_legal_basis', ['Quy định trong VBQPPL địa phương', 'VBQPPL địa phương']),
      fl('eform_autofill', ['Biểu mẫu điện tử tự điền', 'Tự động điền dữ liệu']),
    ],
    idFields: ['procedure_code'],
    windowField: null,
    snapshot: true,
    hasUnit: false,
    table: 'rec_procedures',
    defaultSources: ['tthc-tinh', 'dvcqg', 'tthc-bo'],
  },
  procedure_components: {
    name: 'procedure_components',
    fields: [
      s('procedure_code', ['Mã thủ tục', 'Mã TTHC', 'Mã thủ tục hành chính'], true),
      s('component_code', ['Mã thành phần', 'Mã thành phần hồ sơ', 'Mã giấy tờ'], true),
      s('name', ['Tên thành phần', 'Tên thành phần hồ sơ', 'Tên giấy tờ']),
      fl('provided_once', ['Chỉ cung cấp một lần', 'Cung cấp một lần']),
    ],
    idFields: ['procedure_code', 'component_code'],
    windowField: null,
    snapshot: true,
    hasUnit: false,
    table: 'rec_procedure_components',
    defaultSources: ['tthc-tinh', 'dvcqg', 'tthc-bo'],
  },
  documents: {
    name: 'documents',
    fields: [
      s('doc_id', ['Mã văn bản', 'Số văn bản', 'Mã hồ sơ công việc'], true),
      UNIT_CODE,
      dt('created_at', ['Ngày tạo', 'Ngày văn bản', 'Thời điểm tạo'], true),
      dt('entered_at', ['Ngày nhập', 'Ngày nhập hệ thống', 'Thời điểm nhập']),
      en('kind', 'documentKind', ['Loại văn bản', 'Loại']),
      fl('fully_electronic', ['Xử lý toàn trình điện tử', 'Toàn trình điện tử']),
      fl('digitally_signed', ['Ký số', 'Đã ký số']),
      fl('paper_parallel', ['Song song bản giấy', 'Có bản giấy']),
      fl('state_secret', ['Mật', 'Bí mật nhà nước']),
    ],
    idFields: ['doc_id'],
    windowField: 'created_at',
    snapshot: false,
    hasUnit: true,
    table: 'rec_documents',
    defaultSources: ['qlvb', 'lienthong'],
  },
  certificates: {
    name: 'certificates',
    fields: [
      s('cert_id', ['Mã chứng thư', 'Số hiệu chứng thư', 'Số serial'], true),
      s('staff_id', ['Mã cán bộ', 'Mã CBCCVC', 'Mã nhân sự']),
      UNIT_CODE,
      dt('issued_at', ['Ngày cấp', 'Ngày hiệu lực'], true),
      dt('revoked_at', ['Ngày thu hồi', 'Ngày hết hiệu lực']),
    ],
    idFields: ['cert_id'],
    windowField: 'issued_at',
    snapshot: false,
    hasUnit: true,
    table: 'rec_certificates',
    defaultSources: ['kyso'],
  },
  signatures: {
    name: 'signatures',
    fields: [
      s('cert_id', ['Mã chứng thư', 'Số hiệu chứng thư', 'Số serial'], true),
      dt('signed_at', ['Thời điểm ký', 'Ngày ký'], true),
    ],
    idFields: ['cert_id', 'signed_at'],
    windowField: 'signed_at',
    snapshot: false,
    hasUnit: false,
    table: 'rec_signatures',
    defaultSources: ['kyso'],
  },
  staff: {
    name: 'staff',
    fields: [
      s('staff_id', ['Mã cán bộ', 'Mã CBCCVC', 'Mã nhân sự'], true),
      UNIT_CODE,
      en('category', 'staffCategory', ['Phân loại', 'Ngạch', 'Loại cán bộ']),
      fl('it_specialist', ['Chuyên trách CNTT', 'Chuyên trách CNTT/CĐS', 'Chuyên trách chuyển đổi số']),
      dt('digital_skills_trained_at', ['Ngày đào tạo kỹ năng số', 'Đào tạo kỹ năng số']),
      dt('data_governance_trained_at', ['Ngày bồi dưỡng quản trị dữ liệu', 'Bồi dưỡng quản trị dữ liệu']),
      dt('left_at', ['Ngày nghỉ việc', 'Ngày thôi việc']),
    ],
    idFields: ['staff_id'],
    windowField: null,
    snapshot: true,
    hasUnit: true,
    table: 'rec_staff',
    defaultSources: ['baocao'],
  },
  ratings: {
    name: 'ratings',
    fields: [
      s('rating_id', ['Mã đánh giá'], true),
      UNIT_CODE,
      s('dossier_id', ['Mã hồ sơ', 'Số hồ sơ']),
      s('procedure_code', ['Mã thủ tục', 'Mã TTHC', 'Mã thủ tục hành chính']),
      dt('rated_at', ['Ngày đánh giá', 'Thời điểm đánh giá'], true),
      en('level', 'ratingLevel', ['Mức độ hài lòng', 'Mức độ', 'Kết quả đánh giá']),
    ],
    idFields: ['rating_id'],
    windowField: 'rated_at',
    snapshot: false,
    hasUnit: true,
    table: 'rec_ratings',
    defaultSources: ['dvcqg', 'tthc-tinh'],
  },
  products: {
    name: 'products',
    fields: [
      s('product_id', ['Mã sản phẩm'], true),
      UNIT_CODE,
      s('name', ['Tên sản phẩm']),
      s('enterprise', ['Doanh nghiệp', 'Tên doanh nghiệp']),
      dt('commercialized_at', ['Ngày thương mại hóa', 'Thời điểm thương mại hóa'], true),
    ],
    idFields: ['product_id'],
    windowField: 'commercialized_at',
    snapshot: false,
    hasUnit: true,
    table: 'rec_products',
    defaultSources: ['baocao'],
  },
};

export const RECORD_SET_NAMES = Object.keys(RECORD_SETS) as RecordSetName[];

export function isRecordSetName(value: string): value is RecordSetName {
  return Object.hasOwn(RECORD_SETS, value);
}
