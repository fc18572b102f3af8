import { Tag, Tooltip } from 'antd';
import type { EvaluationStatus } from '../../../../src/core/evaluation.js';
import { EVALUATION_COLOUR, evaluationLabel, STATUS_COLOUR, statusText, timeLeft } from './show.js';
import type { ReportStatus } from './types.js';
import { useWords } from './words.js';

/** Small pieces shared by the reporting pages: the status and evaluation tags, the countdown. */

export function ReportStatusTag({ status, late }: { status: ReportStatus; late: boolean }) {
  const { lang } = useWords();
  const colour = (status === 'submitted' || status === 'accepted') && late ? 'orange' : STATUS_COLOUR[status];
  return (
    <Tag color={colour} data-testid="report-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {statusText(status, late, lang)}
    </Tag>
  );
}

export function EvaluationTag({ status, reason }: { status: EvaluationStatus; reason?: string | null }) {
  const { lang } = useWords();
  const tag = (
    <Tag
      color={EVALUATION_COLOUR[status]}
      data-testid="evaluation"
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {evaluationLabel(status, lang)}
    </Tag>
  );
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : tag;
}

/** 'Còn 2 ngày 5 giờ' in green/orange, 'Quá hạn 3 giờ' in red; nothing until the server's clock is known. */
export function TimeLeft({ deadline, now }: { deadline: string; now: number | null }) {
  const { lang } = useWords();
  if (now === null) return null;
  const ms = Date.parse(deadline);
  const left = timeLeft(ms, now, lang);
  const soon = !left.overdue && ms - now < 24 * 3_600_000;
  return (
    <Tag
      color={left.overdue ? 'red' : soon ? 'orange' : 'green'}
      data-testid="time-left"
      style={{ marginInlineEnd: 0 }}
    >
      {left.text}
    </Tag>
  );
}
