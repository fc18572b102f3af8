import { eq, sql } from 'drizzle-orm';
import type { AppDb } from '../db/connection.js';
import { indicators, type users } from '../db/schema/index.js';
import { ROLES, type Role, type UserActor } from './actor.js';

type UserRow = typeof users.$inferSelect;

/** Drizzle's `execute` answers `{ rows }` on both drivers; its declared type does not say so. */
async function rows<T>(db: AppDb, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The unit and every unit below it, through the whole tree (a unit not in the tree: itself only). */
export async function loadUnitsUnder(db: AppDb, unitCode: string): Promise<Set<string>> {
  const found = await rows<{ code: string }>(
    db,
    sql`WITH RECURSIVE subtree(code) AS (
          SELECT code FROM units WHERE code = ${unitCode}
          UNION SELECT u.code FROM units u JOIN subtree s ON u.parent_code = s.code)
        SELECT code FROM subtree`,
  );
  return new Set([unitCode, ...found.map((row) => row.code)]);
}

/**
 * What an aggregator tracks: its own list, or — when the list is empty — every indicator whose
 * tracking unit (cơ quan theo dõi, tổng hợp) is its unit.
 */
export async function loadTrackedIndicators(
  db: AppDb,
  user: Pick<UserRow, 'roles' | 'trackedIndicators' | 'unitCode'>,
) {
  if (!user.roles.includes('aggregator')) return user.trackedIndicators;
  if (user.trackedIndicators.length > 0) return user.trackedIndicators;
  const tracked = await db
    .select({ code: indicators.code })
    .from(indicators)
    .where(eq(indicators.trackingUnitCode, user.unitCode))
    .orderBy(indicators.code);
  return tracked.map((row) => row.code);
}

/** The actor a user acts as, with everything the policy needs to stay pure. */
export async function loadUserActor(db: AppDb, user: UserRow): Promise<UserActor> {
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    unitCode: user.unitCode,
    roles: user.roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role)),
    trackedIndicators: await loadTrackedIndicators(db, user),
    unitsUnder: await loadUnitsUnder(db, user.unitCode),
  };
}
