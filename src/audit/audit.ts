import { type Actor, actorLabel } from '../auth/actor.js';
import type { AppDb } from '../db/connection.js';
import { auditLog } from '../db/schema/index.js';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

/**
 * Appends to the audit trail. Call it inside the same transaction as the change it records,
 * so that a change and its audit row are written together or not at all.
 */
export async function audit(db: AppDb, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actor: actorLabel(actor),
    actorUserId: actor.kind === 'user' ? actor.userId : null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: entry.ip ?? null,
  });
}
