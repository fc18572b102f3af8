/**
 * The web app's words: Vietnamese first, English second (SPEC §9). One dictionary, no library:
 * every key has both languages, so a missing translation is a type error, not a blank.
 * Domain words keep one translation everywhere (STYLE: chỉ tiêu = indicator, nhiệm vụ = task, …).
 */

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
export const LANG_STORAGE_KEY = 'tiendo.lang';

const messages = {
  'app.name': { vi: 'Tiến Độ', en: 'Tiến Độ' },
  'app.tagline': {
    vi: 'Hệ thống thông tin báo cáo tiến độ thực hiện chỉ tiêu, nhiệm vụ',
    en: 'Reporting system for progress on indicators and tasks',
  },
  'app.loading': { vi: 'Đang tải…', en: 'Loading…' },
  'app.loadFailed': { vi: 'Không tải được dữ liệu.', en: 'Could not load the data.' },
  'app.retry': { vi: 'Thử lại', en: 'Retry' },
  'app.notFound': { vi: 'Không tìm thấy trang này.', en: 'Page not found.' },
  'app.backHome': { vi: 'Về trang chủ', en: 'Back to the start' },

  'lang.switch': { vi: 'Ngôn ngữ', en: 'Language' },
  'lang.vi': { vi: 'Tiếng Việt', en: 'Tiếng Việt' },
  'lang.en': { vi: 'English', en: 'English' },

  'login.title': { vi: 'Đăng nhập', en: 'Sign in' },
  'login.username': { vi: 'Tên đăng nhập', en: 'Username' },
  'login.password': { vi: 'Mật khẩu', en: 'Password' },
  'login.submit': { vi: 'Đăng nhập', en: 'Sign in' },
  'login.usernameRequired': { vi: 'Vui lòng nhập tên đăng nhập.', en: 'Enter your username.' },
  'login.passwordRequired': { vi: 'Vui lòng nhập mật khẩu.', en: 'Enter your password.' },
  'login.failed': { vi: 'Đăng nhập không thành công', en: 'Sign-in failed' },
  'login.locked': { vi: 'Tài khoản tạm bị khóa', en: 'Account locked' },
  'login.expired': {
    vi: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session has expired. Please sign in again.',
  },
  'login.network': {
    vi: 'Không kết nối được máy chủ. Vui lòng thử lại.',
    en: 'Cannot reach the server. Please try again.',
  },

  'header.logout': { vi: 'Đăng xuất', en: 'Sign out' },

  'menu.plans': { vi: 'Kế hoạch', en: 'Plans' },
  'menu.units': { vi: 'Đơn vị', en: 'Units' },
  'menu.open': { vi: 'Mở danh mục chức năng', en: 'Open the menu' },

  'role.reporter': { vi: 'Cán bộ đầu mối báo cáo', en: 'Reporter' },
  'role.unit_head': { vi: 'Thủ trưởng đơn vị', en: 'Unit head' },
  'role.aggregator': { vi: 'Cơ quan theo dõi, tổng hợp', en: 'Aggregator' },
  'role.inspector': { vi: 'Thanh tra, kiểm tra', en: 'Inspector' },
  'role.leader': { vi: 'Lãnh đạo', en: 'Leader' },
  'role.admin': { vi: 'Quản trị hệ thống', en: 'Administrator' },

  'plans.title': { vi: 'Kế hoạch', en: 'Plans' },
  'plans.number': { vi: 'Số/ký hiệu', en: 'Number' },
  'plans.docType': { vi: 'Loại văn bản', en: 'Document type' },
  'plans.summary': { vi: 'Trích yếu', en: 'Summary' },
  'plans.issuer': { vi: 'Cơ quan ban hành', en: 'Issued by' },
  'plans.date': { vi: 'Ngày ban hành', en: 'Date' },
  'plans.indicatorCount': { vi: 'Số chỉ tiêu', en: 'Indicators' },
  'plans.taskCount': { vi: 'Số nhiệm vụ', en: 'Tasks' },
  'plans.empty': { vi: 'Chưa có kế hoạch nào.', en: 'No plans yet.' },

  'plan.legalBases': { vi: 'Căn cứ pháp lý', en: 'Legal bases' },
  'plan.implements': { vi: 'Thực hiện kế hoạch cấp trên', en: 'Implements' },
  'plan.phases': { vi: 'Giai đoạn', en: 'Phases' },
  'plan.signer': { vi: 'Người ký', en: 'Signed by' },
  'plan.reporting': { vi: 'Chế độ báo cáo', en: 'Reporting' },
  'plan.reportingDue': {
    vi: '{frequency}, trước {time} ngày {day}',
    en: '{frequency}, before {time} on day {day}',
  },
  'plan.tabIndicators': { vi: 'Chỉ tiêu', en: 'Indicators' },
  'plan.tabTasks': { vi: 'Nhiệm vụ', en: 'Tasks' },
  'plan.back': { vi: 'Danh sách kế hoạch', en: 'All plans' },

  'ind.stt': { vi: 'STT', en: 'No.' },
  'ind.name': { vi: 'Chỉ tiêu', en: 'Indicator' },
  'ind.formula': { vi: 'Công thức', en: 'Formula' },
  'ind.numerator': { vi: 'Tử số (a)', en: 'Numerator (a)' },
  'ind.denominator': { vi: 'Mẫu số (b)', en: 'Denominator (b)' },
  'ind.formulaText': { vi: 'Cách tính theo kế hoạch', en: 'Method as written in the plan' },
  'ind.unitOfMeasure': { vi: 'Đơn vị tính', en: 'Unit of measure' },
  'ind.baseline': { vi: 'Kết quả {year}', en: 'Result {year}' },
  'ind.baselineAny': { vi: 'Kết quả năm cơ sở', en: 'Baseline result' },
  'ind.targets': { vi: 'Mục tiêu', en: 'Targets' },
  'ind.sources': { vi: 'Nguồn dữ liệu', en: 'Data sources' },
  'ind.trackingUnit': { vi: 'Cơ quan theo dõi', en: 'Tracked by' },
  'ind.frequency': { vi: 'Tần suất', en: 'Frequency' },
  'ind.highRisk': { vi: 'Rủi ro cao', en: 'High risk' },
  'ind.manual': { vi: 'Nhập thủ công', en: 'Entered by hand' },
  'ind.assignedUnits': { vi: 'Đơn vị thực hiện', en: 'Assigned units' },
  'ind.unitTargets': { vi: 'Mục tiêu riêng của đơn vị', en: 'Unit targets' },
  'ind.notes': { vi: 'Ghi chú', en: 'Notes' },
  'ind.computation': { vi: 'Cách tính trong hệ thống', en: 'Computation in the system' },
  'ind.computationManual': { vi: 'Nhập thủ công kèm minh chứng', en: 'Entered by hand with evidence' },
  'ind.empty': { vi: 'Kế hoạch này không có chỉ tiêu.', en: 'This plan has no indicators.' },

  'task.stt': { vi: 'STT', en: 'No.' },
  'task.name': { vi: 'Nhiệm vụ', en: 'Task' },
  'task.lead': { vi: 'Đơn vị chủ trì', en: 'Lead' },
  'task.coordinators': { vi: 'Đơn vị phối hợp', en: 'Coordinating' },
  'task.deadline': { vi: 'Thời hạn', en: 'Deadline' },
  'task.product': { vi: 'Sản phẩm', en: 'Product' },
  'task.filterIndicator': { vi: 'Lọc theo chỉ tiêu', en: 'Filter by indicator' },
  'task.count': { vi: '{count} nhiệm vụ', en: '{count} tasks' },
  'task.empty': { vi: 'Không có nhiệm vụ nào.', en: 'No tasks.' },

  'deadline.ongoing': { vi: 'Thường xuyên', en: 'Ongoing' },
  'deadline.event': { vi: 'Theo sự kiện', en: 'On an event' },
  'deadline.unknown': { vi: 'Chưa xác định', en: 'Not determined' },
  'deadline.yearlyOn': { vi: 'Hằng năm, trước {date}', en: 'Every year, by {date}' },
  'deadline.yearlyMonth': {
    vi: 'Hằng năm, trước cuối tháng {month}',
    en: 'Every year, by the end of month {month}',
  },
  'deadline.periodic': { vi: 'Định kỳ', en: 'Periodic' },

  'freq.monthly': { vi: 'Hằng tháng', en: 'Monthly' },
  'freq.quarterly': { vi: 'Hằng quý', en: 'Quarterly' },
  'freq.half_yearly': { vi: '6 tháng', en: 'Half-yearly' },
  'freq.yearly': { vi: 'Hằng năm', en: 'Yearly' },

  'period.week': { vi: 'tuần', en: 'week' },
  'period.month': { vi: 'tháng', en: 'month' },
  'period.quarter': { vi: 'quý', en: 'quarter' },
  'period.half': { vi: '6 tháng', en: 'half-year' },
  'period.year': { vi: 'năm', en: 'year' },
  'period.adhoc': { vi: 'đột xuất', en: 'ad hoc' },

  'units.title': { vi: 'Cơ cấu tổ chức', en: 'Organisation' },
  'units.search': {
    vi: 'Tìm theo tên đơn vị (gõ có dấu hoặc không dấu)',
    en: 'Search by unit name (with or without diacritics)',
  },
  'units.count': { vi: '{count} đơn vị', en: '{count} units' },
  'units.matches': { vi: '{count} đơn vị khớp', en: '{count} matching units' },
  'units.noMatch': { vi: 'Không có đơn vị nào khớp.', en: 'No unit matches.' },

  'kind.province': { vi: 'Tỉnh', en: 'Province' },
  'kind.department': { vi: 'Sở/ngành', en: 'Department' },
  'kind.agency': { vi: 'Cơ quan', en: 'Agency' },
  'kind.commune': { vi: 'Xã', en: 'Commune' },
  'kind.ward': { vi: 'Phường', en: 'Ward' },
  'kind.division': { vi: 'Phòng/đơn vị', en: 'Division' },

  'selector.so-ban-nganh': { vi: 'Các sở, ban, ngành', en: 'All departments and agencies' },
  'selector.xa-phuong': { vi: 'UBND các xã, phường', en: 'People’s Committees of all communes and wards' },
  'selector.all': {
    vi: 'Các sở, ban, ngành, UBND các xã, phường',
    en: 'All departments, agencies, communes and wards',
  },
  'selector.divisions': { vi: 'Các phòng, đơn vị thuộc {unit}', en: 'Divisions of {unit}' },

  'source.tthc-tinh': { vi: 'Hệ thống TTHC tỉnh', en: 'Provincial administrative-procedure system' },
  'source.dvcqg': { vi: 'Cổng Dịch vụ công quốc gia', en: 'National Public Service Portal' },
  'source.tthc-bo': { vi: 'Hệ thống TTHC của bộ, ngành', en: 'Ministries’ procedure systems' },
  'source.qlvb': { vi: 'Hệ thống quản lý văn bản', en: 'Document management system' },
  'source.lienthong': { vi: 'Trục liên thông văn bản', en: 'Document exchange hub' },
  'source.kyso': { vi: 'Hệ thống chữ ký số', en: 'Digital signature system' },
  'source.baocao': { vi: 'Báo cáo của đơn vị', en: 'Unit reports' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

/** The message in `lang`, with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The language the user chose last (localStorage), Vietnamese otherwise. */
export function storedLang(storage: Pick<Storage, 'getItem'> | undefined): Lang {
  try {
    const value = storage?.getItem(LANG_STORAGE_KEY);
    return value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi'; // storage refused (private mode): Vietnamese, as the product's first language
  }
}

export function storeLang(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // not persisted: the choice still holds for this page
  }
}

/** Every key, for tests that check the dictionary is complete. */
export const messageKeys = Object.keys(messages) as MessageKey[];
export const messageTable: Readonly<Record<MessageKey, Record<Lang, string>>> = messages;
