import type { IndicatorDef } from './builtins.js';
import type { RecordCategory } from './records.js';

/** Why a record sits where it does in a number — Vietnamese first (SPEC §6.5: "listed with the reason"). */
export interface RecordReason {
  vi: string;
  en: string;
}

/** What makes a record count in a, per indicator, as a phrase. */
const QUALIFIES: Record<string, RecordReason> = {
  'T26-01': { vi: 'xử lý toàn trình trên môi trường điện tử', en: 'handled fully electronically' },
  'T26-02': { vi: 'đủ điều kiện và đã cung cấp DVCTT toàn trình', en: 'eligible and offered fully online' },
  'T26-03': {
    vi: 'quy định tại VBQPPL địa phương và đã cung cấp toàn trình',
    en: 'locally regulated and offered fully online',
  },
  'T26-04': { vi: 'thành phần hồ sơ chỉ cung cấp một lần', en: 'component provided only once' },
  'T26-05': {
    vi: 'đã được đào tạo kỹ năng số đến cuối kỳ',
    en: 'trained in digital skills by the period end',
  },
  'T26-06': {
    vi: 'chuyên trách CNTT/CĐS đã được bồi dưỡng quản trị dữ liệu',
    en: 'IT specialist trained in data governance',
  },
  'T26-07': {
    vi: 'TTHC doanh nghiệp đủ điều kiện đã có DVCTT',
    en: 'eligible business procedure offered online',
  },
  'T26-08': { vi: 'đánh giá Hài lòng hoặc Rất hài lòng', en: 'rated satisfied or very satisfied' },
  'T26-09': { vi: 'sản phẩm đã thương mại hóa trong năm', en: 'product commercialised this year' },
  'HS-SOHOA': { vi: 'hồ sơ, kết quả đã được số hóa', en: 'dossier and result digitised' },
  'HS-KQDT': { vi: 'có kết quả giải quyết điện tử', en: 'electronic result issued' },
  'HS-TTTT': { vi: 'phí, lệ phí đã thanh toán trực tuyến', en: 'fee paid online' },
  'HS-DUNGHAN': { vi: 'giải quyết đúng hạn', en: 'finished on time' },
  'HS-TOANTRINH': { vi: 'nộp và giải quyết trực tuyến toàn trình', en: 'submitted and handled fully online' },
  'HS-TAISUDUNG': {
    vi: 'có thành phần hồ sơ được sử dụng lại từ dữ liệu số hóa',
    en: 'components reused from digitised data',
  },
  'CKS-SUDUNG': {
    vi: 'có chứng thư số còn hiệu lực và đã ký số trong kỳ',
    en: 'holds a valid certificate and signed in the period',
  },
};

/** seed 000 §II.4: the results not recognised, per exclusion rule. */
function ruleReason(rule: string, hours: number): RecordReason {
  switch (rule) {
    case 'reentered':
      return {
        vi: `nhập vào hệ thống muộn hơn ${hours} giờ sau khi tiếp nhận/tạo (xử lý ngoài hệ thống rồi nhập lại)`,
        en: `entered more than ${hours} h after it was received/created (handled outside the system and re-entered)`,
      };
    case 'paper_parallel':
      return { vi: 'vẫn lưu hành bản giấy song song', en: 'a paper copy circulated in parallel' };
    case 'unused_certificate':
      return {
        vi: 'có chứng thư số còn hiệu lực nhưng không ký số lần nào trong kỳ',
        en: 'holds a valid certificate but made no signature in the period',
      };
    default:
      return { vi: rule, en: rule };
  }
}

export function recordReason(
  def: IndicatorDef,
  category: RecordCategory,
  rules: readonly string[],
  hours: number,
): RecordReason {
  const mean = def.kind === 'duration' || def.kind === 'reduction';
  if (category === 'excluded') {
    const why = rules.map((r) => ruleReason(r, hours));
    const lead = mean
      ? { vi: 'Không tính vào giá trị trung bình', en: 'Left out of the mean' }
      : { vi: 'Loại khỏi tử số (a), vẫn tính vào mẫu số (b)', en: 'Excluded from a, still counted in b' };
    return {
      vi: `${lead.vi}: ${why.map((w) => w.vi).join('; ')}.`,
      en: `${lead.en}: ${why.map((w) => w.en).join('; ')}.`,
    };
  }
  if (mean) {
    return { vi: 'Được tính vào giá trị trung bình.', en: 'Counted in the mean.' };
  }
  const q = QUALIFIES[def.code] ?? { vi: 'đạt điều kiện của tử số', en: 'meets the numerator condition' };
  if (category === 'in_a') {
    return def.kind === 'count'
      ? { vi: `Được đếm: ${q.vi}.`, en: `Counted: ${q.en}.` }
      : { vi: `Tính vào tử số (a) và mẫu số (b): ${q.vi}.`, en: `Counted in a and b: ${q.en}.` };
  }
  return { vi: `Chỉ tính vào mẫu số (b): chưa ${q.vi}.`, en: `Counted in b only: not ${q.en}.` };
}
