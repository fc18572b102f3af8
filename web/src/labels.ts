import type { Deadline } from '../../src/core/deadlines.js';
import { formatDayMonth, formatDecimalVi, formatIsoDate } from './format.js';
import { isMessageKey, type Lang, translate } from './i18n.js';
import type { Phase, Target } from './types.js';

/**
 * How catalogue codes read for people: unit kinds, unit selectors, frequencies, comparators,
 * parsed deadlines. Pure functions of (value, language).
 */

/** Unit kind → 'Tỉnh', 'Sở/ngành', 'Cơ quan', 'Xã', 'Phường', 'Phòng/đơn vị'; unknown kinds as they are. */
export function unitKindLabel(kind: string, lang: Lang): string {
  const key = `kind.${kind}`;
  return isMessageKey(key) ? translate(lang, key) : kind;
}

/**
 * A unit reference of the catalogue: a unit code (→ its name) or a selector (catalogue/schema.ts):
 * '@so-ban-nganh' → 'Các sở, ban, ngành', '@divisions:VPUBND' → 'Các phòng, đơn vị thuộc Văn phòng UBND tỉnh'.
 */
export function unitRefLabel(
  ref: string,
  unitName: (code: string) => string | undefined,
  lang: Lang,
): string {
  if (ref.startsWith('@divisions:')) {
    const code = ref.slice('@divisions:'.length);
    return translate(lang, 'selector.divisions', { unit: unitName(code) ?? code });
  }
  if (ref.startsWith('@')) {
    const key = `selector.${ref.slice(1)}`;
    return isMessageKey(key) ? translate(lang, key) : ref;
  }
  return unitName(ref) ?? ref;
}

export function frequencyLabel(frequency: string, lang: Lang): string {
  const key = `freq.${frequency}`;
  return isMessageKey(key) ? translate(lang, key) : frequency;
}

export function roleLabel(role: string, lang: Lang): string {
  const key = `role.${role}`;
  return isMessageKey(key) ? translate(lang, key) : role;
}

export function sourceLabel(source: string, lang: Lang): string {
  const key = `source.${source}`;
  return isMessageKey(key) ? translate(lang, key) : source;
}

const COMPARATOR: Record<string, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };

export function comparatorSymbol(op: string): string {
  return COMPARATOR[op] ?? op;
}

/**
 * A target as shown: its period (a year, or the phase's name) and its value with the comparator,
 * '≥ 70%'. A target with no number (e.g. 'Đạt cấp độ 3') is shown as written.
 */
export function targetLabel(
  target: Target,
  unitOfMeasure: string,
  phases: readonly Phase[],
): { period: string; value: string } {
  const phase = phases.find((p) => p.code === target.period);
  const period = phase ? phase.name : target.period;
  if (target.op === undefined || target.value === undefined) return { period, value: target.text };
  const number = formatDecimalVi(target.value);
  const measured = unitOfMeasure === '%' ? `${number}%` : `${number} ${unitOfMeasure}`;
  return { period, value: `${comparatorSymbol(target.op)} ${measured}` };
}

/** What a parsed deadline means: '30/06/2026', 'Thường xuyên', 'Theo sự kiện', 'Hằng năm, trước 31/12'. */
export function deadlineLabel(deadline: Deadline, lang: Lang): string {
  switch (deadline.kind) {
    case 'date':
    case 'range':
      return formatIsoDate(deadline.due);
    case 'ongoing':
      return translate(lang, 'deadline.ongoing');
    case 'event':
      return translate(lang, 'deadline.event');
    case 'recurring':
      if (deadline.month !== undefined && deadline.day !== undefined) {
        return translate(lang, 'deadline.yearlyOn', { date: formatDayMonth(deadline.day, deadline.month) });
      }
      if (deadline.month !== undefined)
        return translate(lang, 'deadline.yearlyMonth', { month: deadline.month });
      return translate(lang, 'deadline.yearlyOn', { date: '31/12' });
    case 'periodic':
      return `${translate(lang, 'deadline.periodic')}: ${deadline.every.map((p) => periodWord(p, lang)).join(', ')}`;
    case 'waves':
      return deadline.waves.map((wave) => deadlineLabel(wave, lang)).join('; ');
    case 'unknown':
      return translate(lang, 'deadline.unknown');
  }
}

function periodWord(period: string, lang: Lang): string {
  const key = `period.${period}`;
  return isMessageKey(key) ? translate(lang, key) : period;
}

/**
 * A deadline as written and as read, one line per part: 'Quý II/2026 → 30/06/2026',
 * 'Thường xuyên' (read as written: shown once), a wave per line for '- Đợt 1: …; - Các đợt tiếp theo: …'.
 */
export function deadlineLines(written: string, deadline: Deadline | null, lang: Lang): string[] {
  if (!deadline) return [written];
  if (deadline.kind === 'waves') {
    return deadline.waves.map((wave) => joinReading(wave.text, deadlineLabel(wave, lang)));
  }
  return [joinReading(written, deadlineLabel(deadline, lang))];
}

function joinReading(written: string, reading: string): string {
  return written.trim() === reading ? reading : `${written.trim()} → ${reading}`;
}
