import { integerVi, percentVi } from '../controls/flags.js';
import { BUILTIN_BY_CODE, type Scope } from './builtins.js';
import type { Result, ResultsDocument, Status } from './core/types.js';

const STATUS_VI: Record<Status, string> = {
  dat: 'Đạt',
  chua_dat: 'Chưa đạt',
  chua_danh_gia: 'Chưa đánh giá',
};
const SCOPE_VI: Record<Scope, string> = { month: 'tháng', ytd: 'lũy kế', snapshot: 'cuối kỳ' };

/** The value as an officer reads it: 72,35% for ratios and reductions, seconds for durations. */
export function formatValueVi(result: Pick<Result, 'indicator' | 'value'>): string {
  if (result.value === null) return '—';
  const kind = BUILTIN_BY_CODE.get(result.indicator)?.kind;
  if (kind === 'count') return integerVi(result.value);
  if (kind === 'duration') return `${result.value.toFixed(1).replace('.', ',')} giây`;
  return percentVi(result.value);
}

function formatTargetVi(result: Result): string {
  const kind = BUILTIN_BY_CODE.get(result.indicator)?.kind;
  const op = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' }[result.target.op];
  if (kind === 'count') return `${op} ${integerVi(result.target.value)}`;
  if (kind === 'duration') return `${op} ${integerVi(result.target.value)} giây`;
  return `${op} ${percentVi(result.target.value)}`;
}

/** `tiendo compute` without --json: one aligned Vietnamese table, flags listed under their line. */
export function formatResultsText(doc: ResultsDocument): string {
  if (doc.results.length === 0)
    return `Kỳ ${doc.period}: chưa có dữ liệu để tính kết quả. / No data to compute for ${doc.period}.\n`;
  const header = ['Chỉ tiêu', 'Đơn vị', 'Phạm vi', 'a', 'b', 'Giá trị', 'Mục tiêu', 'Đánh giá'];
  const rows = doc.results.map((r) => [
    r.indicator,
    r.unit,
    SCOPE_VI[r.scope],
    r.a === null ? '—' : integerVi(r.a),
    r.b === null ? '—' : integerVi(r.b),
    formatValueVi(r),
    formatTargetVi(r),
    STATUS_VI[r.status],
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const out = [`Kết quả kỳ ${doc.period}`, line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  doc.results.forEach((r, i) => {
    out.push(line(rows[i] ?? []));
    const excluded = Object.entries(r.excluded).filter(([, n]) => n > 0);
    if (excluded.length > 0)
      out.push(`    loại khỏi tử số: ${excluded.map(([rule, n]) => `${rule} ${integerVi(n)}`).join(', ')}`);
    for (const f of r.flags) out.push(`    ! ${f.code}: ${f.message}`);
    if (r.decision)
      out.push(
        `    quyết định đối chiếu của ${r.decision.decidedBy}: lấy nguồn ${r.decision.source} — ${r.decision.reason}`,
      );
  });
  return `${out.join('\n')}\n`;
}
