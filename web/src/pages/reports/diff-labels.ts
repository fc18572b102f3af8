import { formatIsoDate } from '../../format.js';
import type { Lang } from '../../i18n.js';
import { formatNumber } from './show.js';
import { hasWord, word } from './words.js';

/**
 * The server's differences between two versions (reporting/diff.ts: 'indicators.T26-01.a',
 * 'tasks.KH000-II-1.status', 'difficulties') in the words of the form: 'Chỉ tiêu T26-01 · Tử số (a)'.
 * Codes may themselves hold dots ('BC002-A.I.1'), so the field is matched from the end.
 */

const FIELDS = [
  'a',
  'b',
  'value',
  'text',
  'notes',
  'provenance',
  'provenance.kind',
  'provenance.reason',
  'provenance.source',
  'provenance.sha256',
  'provenance.importId',
  'causes.subjective',
  'causes.objective',
  'causes.remedies',
  'causes.nextSteps',
  'status',
  'progress',
  'evidence',
  'attachments',
  'completedOn',
];
// longest first, so that 'provenance.kind' wins over 'kind'-less 'provenance'
const BY_LENGTH = [...FIELDS].sort((x, y) => y.length - x.length);

const SECTIONS = {
  indicators: 'field.indicator',
  tasks: 'field.task',
  contributions: 'field.contribution',
} as const;

export interface FieldPath {
  section: 'indicators' | 'tasks' | 'contributions' | null;
  code: string | null;
  field: string;
}

export function parseFieldPath(path: string): FieldPath {
  for (const section of Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]) {
    if (!path.startsWith(`${section}.`)) continue;
    const rest = path.slice(section.length + 1);
    const field = BY_LENGTH.find((f) => rest.endsWith(`.${f}`));
    if (field) return { section, code: rest.slice(0, -(field.length + 1)), field };
    return { section, code: rest, field: '' };
  }
  return { section: null, code: null, field: path };
}

/** 'indicators.T26-01.causes.subjective' → 'Chỉ tiêu T26-01 · Nguyên nhân chủ quan'. */
export function fieldLabel(path: string, lang: Lang): string {
  const { section, code, field } = parseFieldPath(path);
  const key = `field.${field}`;
  const fieldText = field === '' ? '' : hasWord(key) ? word(lang, key) : field;
  if (section === null) return fieldText;
  const owner = word(lang, SECTIONS[section], { code: code ?? '' });
  return fieldText === '' ? owner : `${owner} · ${fieldText}`;
}

interface EvidenceLike {
  number?: unknown;
  date?: unknown;
}

/** A value of the difference table as text: a status in words, a day as dd/mm/yyyy, evidence by number and date. */
export function fieldValueText(path: string, value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return word(lang, 'value.none');
  const { field } = parseFieldPath(path);
  if (field === 'status' && typeof value === 'string') {
    const key = `task.${value}`;
    return hasWord(key) ? word(lang, key) : value;
  }
  if (field === 'provenance.kind' && typeof value === 'string') {
    const key = `prov.${value}`;
    return hasWord(key) ? word(lang, key) : value;
  }
  if (field === 'completedOn' && typeof value === 'string') return formatIsoDate(value);
  if (field === 'evidence' && Array.isArray(value)) {
    if (value.length === 0) return word(lang, 'value.none');
    return (value as EvidenceLike[])
      .map((e) =>
        typeof e.date === 'string'
          ? word(lang, 'value.evidence', { number: String(e.number ?? ''), date: formatIsoDate(e.date) })
          : String(e.number ?? ''),
      )
      .join('; ');
  }
  if (field === 'attachments' && Array.isArray(value))
    return value.length === 0
      ? word(lang, 'value.none')
      : word(lang, 'value.attachments', { count: value.length });
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
