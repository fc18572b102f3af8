import type { AppContext } from '../app/context.js';
import { createUser } from '../auth/users.js';
import { DEMO_ACTOR } from './load.js';

/** The demonstration accounts, one a role, all with the same password (shown on the login page in demo mode). */
export const DEMO_PASSWORD = 'TienDo2026demo';
export const DEMO_USERS = [
  {
    username: 'baocao.vpubnd',
    displayName: 'Nguyễn Thị Lan (đầu mối báo cáo)',
    unitCode: 'VPUBND',
    roles: ['reporter'],
  },
  {
    username: 'chanhvanphong',
    displayName: 'Trần Bình Minh (Chánh Văn phòng)',
    unitCode: 'VPUBND',
    roles: ['unit_head'],
  },
  {
    username: 'baocao.muongbu',
    displayName: 'Lò Văn Tú (đầu mối báo cáo xã)',
    unitCode: 'XA-MUONG-BU',
    roles: ['reporter'],
  },
  {
    username: 'chutich.muongbu',
    displayName: 'Cầm Văn Hùng (Chủ tịch UBND xã)',
    unitCode: 'XA-MUONG-BU',
    roles: ['unit_head'],
  },
  {
    username: 'tonghop.skhcn',
    displayName: 'Phạm Quốc Khánh (Sở KH&CN, tổng hợp)',
    unitCode: 'SKHCN',
    roles: ['aggregator'],
  },
  {
    username: 'tonghop.vpubnd',
    displayName: 'Đỗ Thu Hà (VP UBND tỉnh, tổng hợp TTHC)',
    unitCode: 'VPUBND',
    roles: ['aggregator'],
  },
  { username: 'kiemtra', displayName: 'Đoàn kiểm tra Ban Chỉ đạo', unitCode: 'SKHCN', roles: ['inspector'] },
  { username: 'lanhdao', displayName: 'Lãnh đạo UBND tỉnh', unitCode: 'SONLA', roles: ['leader'] },
] as const;

export async function createDemoUsers(app: AppContext): Promise<void> {
  const existing = new Set(
    (await app.database.raw.query<{ username: string }>('SELECT username FROM users')).map((u) => u.username),
  );
  const units = new Set(
    (await app.database.raw.query<{ code: string }>('SELECT code FROM units')).map((u) => u.code),
  );
  for (const user of DEMO_USERS) {
    if (existing.has(user.username) || !units.has(user.unitCode)) continue;
    await createUser(app.database.db, DEMO_ACTOR, {
      ...user,
      roles: [...user.roles],
      password: DEMO_PASSWORD,
    });
  }
}
