import type { Block } from './types.js';

/**
 * Pure helpers of the dashboard pages: periods, the editor's text ↔ blocks, download names.
 * Numbers come formatted from the API (`valueText`); only chart axes format here, vi-VN.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM' of the month containing `now`, in Việt Nam time (UTC+7, no daylight saving). */
export function currentPeriod(now: number): string {
  const d = new Date(now + 7 * 3600 * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** The months from January of the previous year to `latest`, newest first. */
export function periodOptions(latest: string): string[] {
  const [y = 0, m = 1] = latest.split('-').map(Number);
  const out: string[] = [];
  for (let year = y, month = m; year >= y - 1; ) {
    out.push(`${year}-${pad(month)}`);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return out;
}

/** '2026-03' → 'Tháng 3/2026' / 'Month 3/2026'. */
export function periodLabel(period: string, lang: 'vi' | 'en'): string {
  const [y, m] = period.split('-');
  return `${lang === 'en' ? 'Month' : 'Tháng'} ${Number(m)}/${y}`;
}

/** A fraction as vi-VN percent: 0.8231 → '82,31%' (digits as the API writes them). */
export function percentVi(fraction: number, digits = 2): string {
  const fixed = (fraction * 100).toFixed(digits);
  const [whole = '0', decimals] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return decimals ? `${grouped},${decimals}%` : `${grouped}%`;
}

/** A number as vi-VN: 1234.5 → '1.234,5' (at most `digits` decimals, trailing zeros dropped). */
export function numberVi(value: number, digits = 2): string {
  const fixed = value.toFixed(digits).replace(/\.?0+$/, '');
  const [whole = '0', decimals] = fixed.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/**
 * The narrative blocks as the editor's text: one block a line, "- " a bullet, "# " a heading.
 * (docs/decisions/dashboard-web.md: plain text areas, the officer keeps the markers.)
 */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks
    .map((b) => (b.kind === 'bullet' ? `- ${b.text}` : b.kind === 'heading' ? `# ${b.text}` : b.text))
    .join('\n');
}

/** The editor's text back to blocks; empty lines are dropped. */
export function textToBlocks(text: string): Block[] {
  const out: Block[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('# ')) out.push({ kind: 'heading', text: line.slice(2).trim() });
    else if (/^[-•+]\s/.test(line)) out.push({ kind: 'bullet', text: line.slice(2).trim() });
    else out.push({ kind: 'paragraph', text: line });
  }
  return out;
}

/**
 * The file name of a download from its Content-Disposition: the RFC 5987 `filename*` (UTF-8)
 * when present, else `filename`, else `fallback`.
 */
export function dispositionFileName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // a malformed escape: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(header);
  const name = plain?.[1] ?? plain?.[2]?.trim();
  return name || fallback;
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy' (text only, no Date). */
export function dayVi(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The records page's address for a result (the data pages' "click a number → records"). */
export function recordsHref(q: { period: string; unit: string; indicator: string; scope: string }): string {
  const params = new URLSearchParams({
    period: q.period,
    unit: q.unit,
    indicator: q.indicator,
    scope: q.scope,
  });
  return `/data/records?${params.toString()}`;
}
