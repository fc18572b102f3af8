import { formatVnDateTime } from '../core/time.js';

/** The words of reminders, in Vietnamese first (SPEC §9). Pure. */
export type Stage = '3d' | '1d' | '2h';

/** Seed 000 §V.1 deadline; reminders 3 days, 1 day and 2 hours before it (issue 3 §6). */
export const STAGES: readonly { stage: Stage; beforeMs: number; vi: string; en: string }[] = [
  { stage: '3d', beforeMs: 3 * 86_400_000, vi: 'còn 3 ngày', en: '3 days left' },
  { stage: '1d', beforeMs: 86_400_000, vi: 'còn 1 ngày', en: '1 day left' },
  { stage: '2h', beforeMs: 2 * 3_600_000, vi: 'còn 2 giờ', en: '2 hours left' },
];

/** The latest stage reached at `now` before the deadline (a missed earlier stage is not sent late). */
export function currentStage(now: number, deadline: number): (typeof STAGES)[number] | null {
  if (now >= deadline) return null;
  let reached: (typeof STAGES)[number] | null = null;
  for (const s of STAGES) if (now >= deadline - s.beforeMs) reached = s;
  return reached;
}

export function reminderMessage(input: {
  unitName: string;
  subjectLabel: string;
  deadlineLabel: string;
  stageVi: string;
  link: string;
}) {
  const title = `Nhắc hạn báo cáo ${input.subjectLabel}: ${input.stageVi} (hạn ${input.deadlineLabel})`;
  const body = [
    `Kính gửi: ${input.unitName}.`,
    '',
    `Đến nay đơn vị chưa gửi báo cáo kỳ ${input.subjectLabel} trên Hệ thống thông tin báo cáo Tiến Độ.`,
    `Hạn gửi: trước ${input.deadlineLabel} (giờ Việt Nam) — ${input.stageVi}.`,
    'Đề nghị đơn vị cập nhật đầy đủ tình hình thực hiện chỉ tiêu, nhiệm vụ, trình lãnh đạo phê duyệt và gửi báo cáo đúng hạn.',
    '',
    `Mở báo cáo: ${input.link}`,
    '',
    '— Tiến Độ (thư tự động, vui lòng không trả lời).',
  ].join('\n');
  return { title, subject: `[Tiến Độ] ${title}`, body };
}

export interface LateUnit {
  code: string;
  name: string;
  submittedAt: number | null;
}

export function overdueMessage(input: {
  subjectLabel: string;
  deadlineLabel: string;
  late: LateUnit[];
  missing: LateUnit[];
  link: string;
}) {
  const title = `Đơn vị gửi muộn, chưa gửi báo cáo ${input.subjectLabel} (hạn ${input.deadlineLabel})`;
  const lines = [
    `Đã hết hạn gửi báo cáo kỳ ${input.subjectLabel} (${input.deadlineLabel}, giờ Việt Nam).`,
    '',
    `Đơn vị chưa gửi (${input.missing.length}):`,
    ...(input.missing.length ? input.missing.map((u) => `- ${u.name} (${u.code})`) : ['- Không có']),
    '',
    `Đơn vị gửi muộn (${input.late.length}):`,
    ...(input.late.length
      ? input.late.map(
          (u) =>
            `- ${u.name} (${u.code}): gửi lúc ${u.submittedAt === null ? '' : formatVnDateTime(u.submittedAt)}`,
        )
      : ['- Không có']),
    '',
    `Xem tình hình gửi báo cáo: ${input.link}`,
    '',
    '— Tiến Độ (thư tự động, vui lòng không trả lời).',
  ];
  return { title, subject: `[Tiến Độ] ${title}`, body: lines.join('\n') };
}
