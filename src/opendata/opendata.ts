import { eq } from 'drizzle-orm';
import type { AppContext } from '../app/context.js';
import { audit } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import { authorize } from '../auth/policy.js';
import { vnIsoDateOf } from '../core/time.js';
import { readCatalogue, rootUnit, subtreeOf } from '../dashboard/catalogue.js';
import { checkPeriod } from '../dashboard/province.js';
import { provinceName } from '../dashboard/report-draft.js';
import { latestDataPeriod } from '../dashboard/scope.js';
import { indicators } from '../db/schema/index.js';
import { getResults } from '../results/cache.js';
import { notFound } from '../shared/errors.js';
import {
  OPEN_DATA_LICENSE,
  type OpenDataMetadata,
  type OpenResultRow,
  openResultRows,
  publicIndicator,
} from './publish.js';

/** Open data, read without signing in, and the administrator's switch that publishes an indicator. */

async function metadata(app: AppContext, title: string, period?: string): Promise<OpenDataMetadata> {
  const catalogue = await readCatalogue(app.database.db);
  const root = rootUnit(catalogue);
  const rootName = (root ? catalogue.units.get(root)?.name : undefined) ?? 'Tỉnh Sơn La';
  const [row] = await app.database.raw.query<{ at: Date | string | null }>(
    'SELECT max(created_at) AS at FROM imports',
  );
  return {
    title,
    publisher: `UBND ${provinceName(rootName)}`,
    license: OPEN_DATA_LICENSE,
    ...(period ? { period } : {}),
    modified: row?.at ? vnIsoDateOf(new Date(row.at).getTime()) : null,
    generatedAt: app.now().toISOString(),
    language: 'vi',
    source:
      'Tiến Độ — Hệ thống thông tin báo cáo; số liệu tính từ dữ liệu trích xuất của các hệ thống thông tin nguồn',
  };
}

export async function openResults(
  app: AppContext,
  query: { period?: string },
): Promise<{ metadata: OpenDataMetadata; results: OpenResultRow[] }> {
  const period = query.period
    ? checkPeriod(query.period)
    : await latestDataPeriod(app.database.raw, app.now());
  const catalogue = await readCatalogue(app.database.db);
  const published = catalogue.indicators.filter((i) => i.isPublic);
  const root = rootUnit(catalogue);
  // the tree's order: the province, then its units by name
  const order = root
    ? [
        root,
        ...[...subtreeOf(catalogue, root)]
          .filter((u) => u !== root)
          .sort((x, y) =>
            (catalogue.units.get(x)?.name ?? x).localeCompare(catalogue.units.get(y)?.name ?? y, 'vi'),
          ),
      ]
    : [];
  const rows = published.some((i) => i.computation)
    ? openResultRows(await getResults(app, period), published, catalogue.units, order)
    : [];
  return {
    metadata: await metadata(app, `Kết quả thực hiện các chỉ tiêu — kỳ ${period}`, period),
    results: rows,
  };
}

export async function openCatalogue(app: AppContext) {
  const catalogue = await readCatalogue(app.database.db);
  const items = catalogue.indicators
    .filter((i) => i.isPublic)
    .map((i) => publicIndicator(i, catalogue.units.get(i.trackingUnitCode)?.name ?? i.trackingUnitCode));
  return { metadata: await metadata(app, 'Danh mục chỉ tiêu công bố dữ liệu mở'), indicators: items };
}

/** PUT /indicators/{code}/public: catalogue.manage, audited with the value before and after. */
export async function setIndicatorPublic(
  app: AppContext,
  actor: Actor,
  code: string,
  isPublic: boolean,
  ip?: string,
) {
  authorize(actor, 'catalogue.manage');
  return app.database.transaction(async ({ db }) => {
    const [before] = await db
      .select({ isPublic: indicators.isPublic })
      .from(indicators)
      .where(eq(indicators.code, code));
    if (!before) throw notFound('chỉ tiêu', 'Indicator', code);
    await db.update(indicators).set({ isPublic }).where(eq(indicators.code, code));
    await audit(db, actor, {
      action: 'indicator.publish',
      entity: 'indicator',
      entityId: code,
      before: { isPublic: before.isPublic },
      after: { isPublic },
      ip: ip ?? null,
    });
    return { code, public: isPublic };
  });
}
