/**
 * Writes a deterministic province-year of dossiers as CSV (issue 4 §8: 1,000,000 rows ≈ 136 MB):
 * 105 units, received over 2026, dates as dd/mm/yyyy HH:mm in some rows and ISO 8601 in others.
 *
 *   npx tsx bench/generate-dossiers.ts [FILE] [ROWS]      (default /tmp/tiendo-dossiers-1m.csv, 1000000)
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const BENCH_UNITS: readonly string[] = Array.from({ length: 105 }, (_, i) =>
  i === 0 ? 'TINH' : i <= 20 ? `SO${String(i).padStart(2, '0')}` : `XA${String(i - 20).padStart(3, '0')}`,
);

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER =
  'dossier_id,unit_code,procedure_code,channel,full_online,received_at,entered_at,due_at,finished_at,status,result_electronic,digitized,fee_required,paid_online,submit_seconds,components_total,components_reused';
const START_2026_VN = Date.UTC(2026, 0, 1) - 7 * 3_600_000;
const YEAR_MS = 365 * 86_400_000;
const CHANNELS = ['online', 'online', 'direct', 'postal'] as const;
const STATUSES = [
  'finished',
  'finished',
  'finished',
  'processing',
  'received',
  'returned',
  'cancelled',
] as const;

const p2 = (n: number) => (n < 10 ? `0${n}` : String(n));
function vnText(ms: number, iso: boolean, seconds = false): string {
  const d = new Date(ms + 7 * 3_600_000);
  const [y, mo, da, h, mi, s] = [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  ];
  if (iso) return `${y}-${p2(mo)}-${p2(da)}T${p2(h)}:${p2(mi)}:${p2(s)}+07:00`;
  return seconds
    ? `${p2(da)}/${p2(mo)}/${y} ${p2(h)}:${p2(mi)}:${p2(s)}`
    : `${p2(da)}/${p2(mo)}/${y} ${p2(h)}:${p2(mi)}`;
}

export function dossierLine(i: number, rnd: () => number): string {
  const unit = BENCH_UNITS[1 + Math.floor(rnd() * 104)] as string;
  const channel = CHANNELS[Math.floor(rnd() * CHANNELS.length)] as string;
  const status = STATUSES[Math.floor(rnd() * STATUSES.length)] as string;
  const iso = rnd() < 0.5;
  const secs = rnd() < 0.5;
  const received = START_2026_VN + Math.floor(rnd() * (YEAR_MS - 40 * 86_400_000));
  const entered = rnd() < 0.03 ? received + 2 * 86_400_000 : received;
  const due = received + (3 + Math.floor(rnd() * 20)) * 86_400_000;
  const finished = status === 'finished' ? received + Math.floor(rnd() * 25 * 86_400_000) : null;
  const online = channel === 'online';
  const total = Math.floor(rnd() * 8);
  const flag = (p: number) => (rnd() < p ? '1' : '0');
  return [
    // Shaped like the national portal's codes: agency . H56 - yymmdd - sequence.
    `000.00.${p2(BENCH_UNITS.indexOf(unit) % 100)}.H56-${vnText(received, true).slice(2, 10).replaceAll('-', '')}-${String(i).padStart(7, '0')}`,
    unit,
    `1.00${String(1000 + Math.floor(rnd() * 8999))}`,
    channel,
    online ? flag(0.7) : '0',
    vnText(received, iso, secs),
    entered === received ? '' : vnText(entered, iso, secs),
    vnText(due, iso, secs),
    finished === null ? '' : vnText(finished, iso, secs),
    status,
    flag(0.9),
    flag(0.8),
    flag(0.4),
    flag(0.3),
    online ? String(60 + Math.floor(rnd() * 600)) : '',
    String(total),
    String(Math.floor(rnd() * (total + 1))),
  ].join(',');
}

export async function generateDossiers(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const rnd = random(20260101);
  let buffer = `${HEADER}\n`;
  for (let i = 1; i <= rows; i++) {
    buffer += `${dossierLine(i, rnd)}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2] ?? '/tmp/tiendo-dossiers-1m.csv';
  const rows = Number(process.argv[3] ?? 1_000_000);
  await generateDossiers(file, rows);
  console.error(`wrote ${rows} dossiers to ${file}`);
}
