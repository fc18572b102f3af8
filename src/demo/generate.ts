import { createRandom, hashString, type Random } from './random.js';

/**
 * Demonstration data: a plausible year (January–October 2026) of Sơn La's extracts, generated
 * deterministically, written as the files a source system would send (CSV in the contract's format,
 * some dates as dd/mm/yyyy HH:mm as officers' exports have them). Loaded only by `tiendo serve --demo`
 * (`npm start`), through the ordinary importer, and labelled as demonstration data in the UI.
 *
 * Each unit gets a "character" (how digital it is) so the province shows leaders and laggards, and a
 * few deliberate problems for the data controls to catch: dossiers entered days after receipt,
 * documents signed but circulated on paper, unused signature certificates, a unit whose two
 * dossier sources disagree, a commune with too few satisfaction ratings.
 */
export interface DemoUnit {
  code: string;
  kind: string;
  parentCode: string | null;
}

export interface DemoFile {
  recordSet: string;
  source: string;
  period?: string;
  fileName: string;
  text: string;
}

const YEAR = 2026;
const LAST_MONTH = 10;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const VN = 7 * HOUR;

const vnInstant = (month: number, day: number, hour: number, minute = 0) =>
  Date.UTC(YEAR, month - 1, day, hour, minute) - VN;
const daysIn = (month: number) => new Date(Date.UTC(YEAR, month, 0)).getUTCDate();
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
/** dd/mm/yyyy HH:mm in Vietnam time: how officers' spreadsheets write dates. */
const viDate = (ms: number) => {
  const d = new Date(ms + VN);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
};
const flag = (b: boolean) => (b ? '1' : '0');
const csv = (header: string[], rows: (string | number)[][]) =>
  `${[
    header.join(','),
    ...rows.map((r) =>
      r.map((v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(','),
    ),
  ].join('\n')}\n`;

interface Character {
  /** 0..1: how far the unit has gone digital */
  digital: number;
  size: number;
}

function characterOf(unit: DemoUnit): Character {
  const r = createRandom(hashString(unit.code));
  const base = unit.kind === 'commune' || unit.kind === 'ward' ? 0.55 : 0.7;
  return {
    digital: Math.min(0.99, base + r.next() * 0.4),
    size: unit.kind === 'commune' || unit.kind === 'ward' ? r.int(25, 60) : r.int(60, 160),
  };
}

export function generateDemo(units: readonly DemoUnit[]): DemoFile[] {
  const reporting = units.filter((u) => ['department', 'agency', 'commune', 'ward'].includes(u.kind));
  const departments = reporting.filter((u) => u.kind === 'department' || u.kind === 'agency');
  const rnd = createRandom(20260412);
  const files: DemoFile[] = [];
  // The unit whose two dossier sources disagree, and the commune with too few ratings.
  const mismatchUnit = departments[1]?.code;
  const fewRatingsUnit = reporting.find((u) => u.kind === 'commune')?.code;

  for (let month = 1; month <= LAST_MONTH; month++) {
    const period = `${YEAR}-${String(month).padStart(2, '0')}`;
    const dossierRows: (string | number)[][] = [];
    const portalRows: (string | number)[][] = [];
    const documentRows: (string | number)[][] = [];
    const ratingRows: (string | number)[][] = [];
    for (const unit of reporting) {
      const c = characterOf(unit);
      const progress = Math.min(0.995, c.digital + (month - 1) * 0.012); // units improve over the year
      const count = Math.round(c.size * (0.8 + rnd.next() * 0.4));
      for (let i = 0; i < count; i++) {
        const id = `${unit.code}-${period}-${String(i + 1).padStart(4, '0')}`;
        const receivedAt = vnInstant(month, rnd.int(1, daysIn(month)), rnd.int(7, 16), rnd.int(0, 59));
        const online = rnd.chance(progress * 0.9);
        const fullOnline = online && rnd.chance(progress);
        const reentered = rnd.chance(0.015 + (1 - progress) * 0.05);
        const enteredAt = reentered ? receivedAt + rnd.int(2, 6) * DAY : receivedAt + rnd.int(1, 90) * 60_000;
        const dueAt = receivedAt + rnd.int(3, 15) * DAY;
        // Most dossiers are settled before their due date; a few (more where the unit lags) run late.
        const late = rnd.chance(0.02 + (1 - progress) * 0.1);
        const finishedAt = late
          ? dueAt + rnd.int(1, 5) * DAY
          : receivedAt + Math.round((dueAt - receivedAt) * (online ? 0.5 : 0.8) * rnd.next());
        const finished = finishedAt < vnInstant(LAST_MONTH, daysIn(LAST_MONTH), 23) && !rnd.chance(0.03);
        const status = finished ? 'finished' : rnd.chance(0.3) ? 'returned' : 'processing';
        const fee = rnd.chance(0.35);
        const components = rnd.int(2, 8);
        const row = [
          id,
          unit.code,
          `TTHC-${rnd.int(1, 400)}`,
          online ? 'online' : rnd.chance(0.9) ? 'direct' : 'postal',
          flag(fullOnline),
          i % 5 === 0 ? viDate(receivedAt) : iso(receivedAt),
          iso(enteredAt),
          iso(dueAt),
          finished ? iso(finishedAt) : '',
          status,
          flag(finished && rnd.chance(Math.min(1, progress + 0.06))),
          flag(rnd.chance(progress + 0.04)),
          flag(fee),
          flag(fee && online && rnd.chance(progress)),
          online ? rnd.int(120, 420 - Math.round(progress * 150)) : '',
          components,
          Math.min(components, Math.round(components * progress * (0.85 + rnd.next() * 0.3))),
        ];
        dossierRows.push(row);
        // The national portal sees the same dossiers; for one unit it is missing a share of them.
        if (unit.code !== mismatchUnit || rnd.chance(0.7)) portalRows.push(row);
      }
      const docs = Math.round(c.size * 1.5);
      for (let i = 0; i < docs; i++) {
        const createdAt = vnInstant(month, rnd.int(1, daysIn(month)), rnd.int(7, 17), rnd.int(0, 59));
        const electronic = rnd.chance(progress);
        const signed = electronic && rnd.chance(0.9);
        documentRows.push([
          `${unit.code}-VB-${period}-${i + 1}`,
          unit.code,
          iso(createdAt),
          iso(createdAt + (rnd.chance(0.02) ? 3 * DAY : 10 * 60_000)),
          rnd.pick(['incoming', 'outgoing', 'internal', 'work_file']),
          flag(electronic),
          flag(signed),
          flag(signed && rnd.chance(0.06)),
          flag(rnd.chance(0.01)),
        ]);
      }
      // Enough ratings for the sample-size rule almost everywhere; one commune collects only two.
      const ratings = unit.code === fewRatingsUnit ? 2 : Math.round(count * (0.93 + rnd.next() * 0.07));
      for (let i = 0; i < ratings; i++) {
        const good = rnd.chance(0.9 + progress * 0.09);
        ratingRows.push([
          `${unit.code}-DG-${period}-${i + 1}`,
          unit.code,
          `${unit.code}-${period}-${String(i + 1).padStart(4, '0')}`,
          `TTHC-${rnd.int(1, 400)}`,
          iso(vnInstant(month, rnd.int(1, daysIn(month)), rnd.int(8, 20))),
          good ? rnd.pick(['very_satisfied', 'satisfied']) : rnd.pick(['neutral', 'dissatisfied']),
        ]);
      }
    }
    const dossierHeader = [
      'dossier_id',
      'unit_code',
      'procedure_code',
      'channel',
      'full_online',
      'received_at',
      'entered_at',
      'due_at',
      'finished_at',
      'status',
      'result_electronic',
      'digitized',
      'fee_required',
      'paid_online',
      'submit_seconds',
      'components_total',
      'components_reused',
    ];
    files.push({
      recordSet: 'dossiers',
      source: 'tthc-tinh',
      fileName: `ho-so-tthc-tinh-${period}.csv`,
      text: csv(dossierHeader, dossierRows),
    });
    files.push({
      recordSet: 'dossiers',
      source: 'dvcqg',
      fileName: `ho-so-dvcqg-${period}.csv`,
      text: csv(dossierHeader, portalRows),
    });
    const documentHeader = [
      'doc_id',
      'unit_code',
      'created_at',
      'entered_at',
      'kind',
      'fully_electronic',
      'digitally_signed',
      'paper_parallel',
      'state_secret',
    ];
    files.push({
      recordSet: 'documents',
      source: 'qlvb',
      fileName: `van-ban-qlvb-${period}.csv`,
      text: csv(documentHeader, documentRows),
    });
    // The document exchange axis sees the same documents, except for the mismatch unit's, of which it misses many.
    files.push({
      recordSet: 'documents',
      source: 'lienthong',
      fileName: `van-ban-lienthong-${period}.csv`,
      text: csv(
        documentHeader,
        documentRows.filter((r) => r[1] !== mismatchUnit || r[5] === '0'),
      ),
    });
    files.push({
      recordSet: 'ratings',
      source: 'dvcqg',
      fileName: `danh-gia-dvcqg-${period}.csv`,
      text: csv(['rating_id', 'unit_code', 'dossier_id', 'procedure_code', 'rated_at', 'level'], ratingRows),
    });
    files.push({
      recordSet: 'ratings',
      source: 'tthc-tinh',
      fileName: `danh-gia-tthc-tinh-${period}.csv`,
      text: csv(['rating_id', 'unit_code', 'dossier_id', 'procedure_code', 'rated_at', 'level'], ratingRows),
    });
    files.push(...staffFiles(reporting, period, month));
  }
  files.push(...procedureFiles(departments));
  files.push(...signatureFiles(reporting));
  files.push(productFile(departments, rnd));
  return files;
}

function staffOf(unit: DemoUnit) {
  const c = characterOf(unit);
  const r = createRandom(hashString(`${unit.code}/staff`));
  const n = Math.round(c.size / (unit.kind === 'commune' || unit.kind === 'ward' ? 1.2 : 2));
  return Array.from({ length: n }, (_, i) => ({
    id: `${unit.code}-CB${String(i + 1).padStart(3, '0')}`,
    category: r.pick(['can_bo', 'cong_chuc', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong']),
    it: i < 2,
    trainedMonth: r.chance(c.digital) ? r.int(0, 10) : 99,
    governanceMonth: i < 2 && r.chance(0.6) ? r.int(2, 12) : 99,
    leftMonth: r.chance(0.03) ? r.int(2, 10) : 99,
  }));
}

function staffFiles(reporting: readonly DemoUnit[], period: string, month: number): DemoFile[] {
  const rows: (string | number)[][] = [];
  for (const unit of reporting) {
    for (const s of staffOf(unit)) {
      const monthStart = (m: number) => iso(vnInstant(Math.max(1, Math.min(12, m)), 1, 8));
      rows.push([
        s.id,
        unit.code,
        s.category,
        flag(s.it),
        s.trainedMonth <= month ? (s.trainedMonth === 0 ? '15/12/2025' : monthStart(s.trainedMonth)) : '',
        s.governanceMonth <= month ? monthStart(s.governanceMonth) : '',
        s.leftMonth <= month ? monthStart(s.leftMonth) : '',
      ]);
    }
  }
  return [
    {
      recordSet: 'staff',
      source: 'baocao',
      period,
      fileName: `can-bo-${period}.csv`,
      text: csv(
        [
          'staff_id',
          'unit_code',
          'category',
          'it_specialist',
          'digital_skills_trained_at',
          'data_governance_trained_at',
          'left_at',
        ],
        rows,
      ),
    },
  ];
}

function procedureFiles(departments: readonly DemoUnit[]): DemoFile[] {
  // A catalogue like plan 169's: 2,066 procedures, 358 toàn trình, 1,524 một phần, 184 chưa cung cấp.
  const r = createRandom(169);
  const rows: (string | number)[][] = [];
  const components: (string | number)[][] = [];
  const levels = [
    ...Array(358).fill('full'),
    ...Array(1524).fill('partial'),
    ...Array(184).fill('none'),
  ] as string[];
  levels.forEach((level, i) => {
    const code = `TTHC-${i + 1}`;
    const unit = departments[i % departments.length];
    if (!unit) return;
    const business = r.chance(0.4);
    const eligible = level === 'full' || r.chance(0.035);
    const local = level === 'full' ? r.chance(0.6) : r.chance(0.05);
    rows.push([
      code,
      `Thủ tục hành chính số ${i + 1}`,
      r.chance(0.3) ? 'commune' : 'province',
      unit.code,
      level,
      flag(eligible),
      flag(business),
      flag(business || r.chance(0.2)),
      flag(local),
      flag(level !== 'none' && r.chance(0.5)),
    ]);
    for (let k = 1; k <= r.int(2, 5); k++)
      components.push([code, `${code}-TP${k}`, `Thành phần hồ sơ ${k}`, flag(r.chance(0.78))]);
  });
  const header = [
    'procedure_code',
    'name',
    'level',
    'managing_unit_code',
    'online_level',
    'eligible_full_online',
    'business_related',
    'production_business_related',
    'local_legal_basis',
    'eform_autofill',
  ];
  return ['2026-01', '2026-07'].flatMap((period) => [
    // The national portal publishes the same catalogue (reconciliation of T26-02, T26-03).
    {
      recordSet: 'procedures',
      source: 'dvcqg',
      period,
      fileName: `danh-muc-tthc-dvcqg-${period}.csv`,
      text: csv(header, rows),
    },
    {
      recordSet: 'procedures',
      source: 'tthc-tinh',
      period,
      fileName: `danh-muc-tthc-${period}.csv`,
      text: csv(header, rows),
    },
    {
      recordSet: 'procedure_components',
      source: 'tthc-tinh',
      period,
      fileName: `thanh-phan-ho-so-${period}.csv`,
      text: csv(['procedure_code', 'component_code', 'name', 'provided_once'], components),
    },
  ]);
}

function signatureFiles(reporting: readonly DemoUnit[]): DemoFile[] {
  const certs: (string | number)[][] = [];
  const sigs: (string | number)[][] = [];
  for (const unit of reporting) {
    const r = createRandom(hashString(`${unit.code}/kyso`));
    const c = characterOf(unit);
    for (const s of staffOf(unit)) {
      if (s.category === 'nguoi_lao_dong' || !r.chance(c.digital + 0.05)) continue;
      const cert = `CTS-${s.id}`;
      certs.push([cert, s.id, unit.code, iso(vnInstant(1, 2, 8)), '']);
      const active = r.chance(c.digital); // a certificate issued but hardly used: seed 000 §II.4
      for (let month = 1; month <= LAST_MONTH; month++) {
        const n = active ? r.int(1, 6) : r.chance(0.1) ? 1 : 0;
        for (let k = 0; k < n; k++)
          sigs.push([cert, iso(vnInstant(month, r.int(1, 28), r.int(8, 17), r.int(0, 59)) + k * 1000)]);
      }
    }
  }
  return [
    {
      recordSet: 'certificates',
      source: 'kyso',
      fileName: 'chung-thu-so.csv',
      text: csv(['cert_id', 'staff_id', 'unit_code', 'issued_at', 'revoked_at'], certs),
    },
    {
      recordSet: 'signatures',
      source: 'kyso',
      fileName: 'luot-ky-so.csv',
      text: csv(['cert_id', 'signed_at'], sigs),
    },
  ];
}

function productFile(departments: readonly DemoUnit[], r: Random): DemoFile {
  const names = [
    'Nền tảng truy xuất nguồn gốc nông sản',
    'Hệ thống cảnh báo sạt lở đất',
    'Ứng dụng bản đồ số du lịch',
    'Thiết bị IoT giám sát ao cá',
  ];
  const rows = names.map((name, i) => [
    `SP-${i + 1}`,
    departments[i % departments.length]?.code ?? 'SKHCN',
    name,
    `Doanh nghiệp công nghệ ${i + 1}`,
    iso(vnInstant(2 + i * 2, r.int(1, 28), 9)),
  ]);
  return {
    recordSet: 'products',
    source: 'baocao',
    fileName: 'san-pham-cong-nghe-chien-luoc.csv',
    text: csv(['product_id', 'unit_code', 'name', 'enterprise', 'commercialized_at'], rows),
  };
}
