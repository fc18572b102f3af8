import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/connection.js';
import { indicators, indicatorUnits, plans, tasks, taskUnits, users } from '../../src/db/schema/index.js';

/**
 * A small catalogue for the reporting cycle's tests, on top of createTestApp's units and users:
 * plan KH000 (due 17:00 on the 12th), T26-01 (ratio ≥ 70%, VPUBND's own target ≥ 80%, tracked by
 * SKHCN), a manual count indicator, and one task led by VPUBND and the commune, coordinated by SKHCN.
 * Adds `commune_head` (unit head of the commune) and `aggregator2` (tracking T26-08 only).
 */
export async function seedReportingCatalogue(
  database: Database,
  options: { emails?: boolean } = {},
): Promise<void> {
  const { db } = database;
  await db.insert(plans).values({
    code: 'KH000',
    docType: 'QUYẾT ĐỊNH',
    title: 'Kế hoạch thực hiện các chỉ tiêu năm 2026',
    issuerCode: 'SONLA',
    legalBases: [],
    phases: [],
    definition: { code: 'KH000', reporting: { frequency: 'monthly', dueDay: 12, dueTime: '17:00' } },
  });
  await db.insert(indicators).values([
    {
      code: 'T26-01',
      planCode: 'KH000',
      position: 0,
      name: 'Tỷ lệ văn bản, hồ sơ công việc được xử lý toàn trình trên môi trường điện tử',
      kind: 'ratio',
      trackingUnitCode: 'SKHCN',
      risk: 'high',
      manual: false,
      computation: 'T26-01',
      definition: { unitOfMeasure: '%', targets: [{ period: '2026', op: '>=', value: '70', text: '≥ 70%' }] },
    },
    {
      code: 'KH000-SP',
      planCode: 'KH000',
      position: 1,
      name: 'Sản phẩm công nghệ số được đưa vào sử dụng',
      kind: 'count',
      trackingUnitCode: 'SKHCN',
      risk: 'normal',
      manual: true,
      computation: null,
      definition: {
        unitOfMeasure: 'sản phẩm',
        targets: [{ period: '2026', op: '>=', value: '2', text: '02 sản phẩm' }],
      },
    },
  ]);
  await db.insert(indicatorUnits).values([
    {
      indicatorCode: 'T26-01',
      unitCode: 'VPUBND',
      targets: [{ period: '2026', op: '>=', value: '80', text: '≥ 80%', unit: 'VPUBND' }],
    },
    { indicatorCode: 'T26-01', unitCode: 'XA-CHIENGSON', targets: null },
    { indicatorCode: 'KH000-SP', unitCode: 'VPUBND', targets: null },
  ]);
  await db.insert(tasks).values({
    code: 'KH000-II-1',
    planCode: 'KH000',
    position: 0,
    indicatorCode: 'T26-01',
    name: 'Ban hành kế hoạch chuyển đổi số năm 2026 của cơ quan, đơn vị',
    deadlineText: 'Trước 15/01/2026',
    deadline: { kind: 'date', due: '2026-01-15', text: 'Trước 15/01/2026' },
    dueOn: '2026-01-15',
    definition: { product: 'Kế hoạch chuyển đổi số năm 2026' },
  });
  await db.insert(taskUnits).values([
    { taskCode: 'KH000-II-1', unitCode: 'VPUBND', role: 'lead' },
    { taskCode: 'KH000-II-1', unitCode: 'XA-CHIENGSON', role: 'lead' },
    { taskCode: 'KH000-II-1', unitCode: 'SKHCN', role: 'coordinator' },
  ]);
  const [model] = await db.select().from(users).where(eq(users.username, 'reporter'));
  if (!model) throw new Error('createTestApp seeds users first');
  await db.insert(users).values([
    {
      username: 'commune_head',
      displayName: 'commune_head',
      passwordHash: model.passwordHash,
      unitCode: 'XA-CHIENGSON',
      roles: ['unit_head'],
    },
    {
      username: 'aggregator2',
      displayName: 'aggregator2',
      passwordHash: model.passwordHash,
      unitCode: 'SKHCN',
      roles: ['aggregator'],
      trackedIndicators: ['T26-08'],
    },
  ]);
  if (options.emails) {
    const mail: [string, string][] = [
      ['reporter', 'baocao.vpubnd@sonla.gov.vn'],
      ['unit_head', 'chanhvanphong@sonla.gov.vn'],
      ['commune_reporter', 'chiengson@sonla.gov.vn'],
      ['aggregator', 'tonghop.skhcn@sonla.gov.vn'],
    ];
    for (const [username, email] of mail)
      await db.update(users).set({ email }).where(eq(users.username, username));
  }
}
