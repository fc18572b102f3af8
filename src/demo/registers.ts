import { createRandom, hashString, type Random } from './random.js';
import {
  characterOf,
  csv,
  type DemoFile,
  type DemoUnit,
  flag,
  iso,
  LAST_MONTH,
  vnInstant,
} from './shared.js';

/** The registers beside the monthly extracts: staff snapshots, the procedure catalogue, signatures, products. */
export function staffOf(unit: DemoUnit) {
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

export function staffFiles(reporting: readonly DemoUnit[], period: string, month: number): DemoFile[] {
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

export function procedureFiles(departments: readonly DemoUnit[]): DemoFile[] {
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

export function signatureFiles(reporting: readonly DemoUnit[]): DemoFile[] {
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

export function productFile(departments: readonly DemoUnit[], r: Random): DemoFile {
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
