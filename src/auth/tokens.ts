import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { audit } from '../audit/audit.js';
import type { AppDb } from '../db/connection.js';
import { integrationTokens, units } from '../db/schema/index.js';
import { AppError, notFound } from '../shared/errors.js';
import type { Actor, TokenActor } from './actor.js';
import { sha256 } from './sessions.js';

/**
 * Integration tokens (SPEC §2): a source system pushes record extracts for the units it serves,
 * nothing else. The token is shown once at creation; only its SHA-256 is kept.
 */

/** A recognisable prefix lets secret scanners and operators tell what a leaked string is. */
const TOKEN_PREFIX = 'tdi_';

export interface NewToken {
  name: string;
  source: string;
  recordSets: string[];
  unitCodes: string[];
}

export interface TokenView {
  id: number;
  name: string;
  source: string;
  recordSets: string[];
  unitCodes: string[];
  createdAt: string;
  createdBy: number | null;
  revokedAt: string | null;
}

type TokenRow = typeof integrationTokens.$inferSelect;

export function presentToken(row: TokenRow): TokenView {
  return {
    id: row.id,
    name: row.name,
    source: row.source,
    recordSets: row.recordSets,
    unitCodes: row.unitCodes,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function createIntegrationToken(
  db: AppDb,
  actor: Actor,
  input: NewToken,
): Promise<{ token: string; view: TokenView }> {
  const unitCodes = [...new Set(input.unitCodes)];
  const known = unitCodes.length
    ? await db.select({ code: units.code }).from(units).where(inArray(units.code, unitCodes))
    : [];
  const unknown = unitCodes.filter((code) => !known.some((unit) => unit.code === code));
  if (unknown.length > 0) {
    throw new AppError(
      'unknown_unit',
      `Không có đơn vị mã "${unknown.join(', ')}".`,
      `No unit with code "${unknown.join(', ')}".`,
    );
  }
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const [row] = await db
    .insert(integrationTokens)
    .values({
      name: input.name.trim(),
      tokenHash: sha256(token),
      source: input.source,
      recordSets: [...new Set(input.recordSets)],
      unitCodes,
      createdBy: actor.kind === 'user' ? actor.userId : null,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  const view = presentToken(row);
  await audit(db, actor, { action: 'create', entity: 'integration_token', entityId: row.id, after: view });
  return { token, view };
}

export async function listIntegrationTokens(db: AppDb): Promise<TokenView[]> {
  const rows = await db.select().from(integrationTokens).orderBy(asc(integrationTokens.id));
  return rows.map(presentToken);
}

/** Revokes a token (audited); revoking one already revoked changes nothing. */
export async function revokeIntegrationToken(
  db: AppDb,
  actor: Actor,
  id: number,
  now: Date,
): Promise<TokenView> {
  const [before] = await db.select().from(integrationTokens).where(eq(integrationTokens.id, id));
  if (!before) throw notFound('mã truy cập', 'Token', String(id));
  if (before.revokedAt) return presentToken(before);
  const [row] = await db
    .update(integrationTokens)
    .set({ revokedAt: now })
    .where(eq(integrationTokens.id, id))
    .returning();
  const view = presentToken(row ?? before);
  await audit(db, actor, {
    action: 'revoke',
    entity: 'integration_token',
    entityId: id,
    before: presentToken(before),
    after: view,
  });
  return view;
}

/** The actor behind a bearer token, or null when unknown or revoked. */
export async function resolveBearer(db: AppDb, token: string): Promise<TokenActor | null> {
  const [row] = await db
    .select()
    .from(integrationTokens)
    .where(and(eq(integrationTokens.tokenHash, sha256(token)), isNull(integrationTokens.revokedAt)));
  if (!row) return null;
  return {
    kind: 'token',
    tokenId: row.id,
    name: row.name,
    source: row.source,
    recordSets: row.recordSets,
    unitCodes: row.unitCodes,
  };
}
