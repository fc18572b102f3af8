import { createRandom } from './random.js';
import { procedureFiles, productFile, signatureFiles, staffFiles } from './registers.js';
import {
  characterOf,
  csv,
  DAY,
  type DemoFile,
  type DemoUnit,
  daysIn,
  flag,
  iso,
  LAST_MONTH,
  viDate,
  vnInstant,
  YEAR,
} from './shared.js';

export type { DemoFile, DemoUnit } from './shared.js';

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
