import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/access/viewer';
import { writeAudit } from '../audit';
import { Session } from './session.entity';

/** Sessions are not soft-deleted records: the global `live` (deletedAt) filter does not apply to them. */
const NOT_A_RECORD = { filters: false } as const;

/** Why sessions ended, as the audit log and app_session.end_reason show it. */
export type EndReason = 'LOGOUT' | 'PASSWORD_CHANGED' | 'PASSWORD_RESET' | 'ROLE_CHANGED' | 'DEACTIVATED';

/**
 * A new session of `userId`, lasting as long as its token. The user's ended and
 * expired sessions are removed on the way, so the table holds about as many rows
 * as there are live sessions (the audit log keeps the history).
 */
export async function openSession(em: EntityManager, userId: string, ttlSeconds: number): Promise<string> {
  const now = new Date();
  await em.nativeDelete(Session, { user: userId, $or: [{ endedAt: { $ne: null } }, { expiresAt: { $lte: now } }] }, NOT_A_RECORD);
  const session = em.create(Session, { user: userId, createdAt: now, expiresAt: new Date(now.getTime() + ttlSeconds * 1000) } as never);
  await em.flush();
  return session.id;
}

/** Ends the caller's own session (logout): its token is refused from the next request on, by every server process. */
export async function endSession(em: EntityManager, viewer: Extract<Viewer, { kind: 'user' }>, sessionId: string): Promise<boolean> {
  const ended = await em.nativeUpdate(
    Session,
    { id: sessionId, user: viewer.id, endedAt: null },
    { endedAt: new Date(), endReason: 'LOGOUT' },
    NOT_A_RECORD,
  );
  if (ended) await writeAudit(em, viewer, { action: 'LOGOUT', recordType: 'User', recordId: viewer.id });
  return ended > 0;
}

/**
 * Ends every live session of `userId` but `except` (the caller's own, when it
 * survives the change), in the caller's transaction: a change that rolls back
 * ends nothing. Audited when it ended any.
 */
export async function endSessions(em: EntityManager, actor: Viewer, userId: string, reason: EndReason, except?: string): Promise<number> {
  const now = new Date();
  const where = { user: userId, endedAt: null, expiresAt: { $gt: now }, ...(except ? { id: { $ne: except } } : {}) };
  const ended = await em.nativeUpdate(Session, where, { endedAt: now, endReason: reason }, NOT_A_RECORD);
  if (ended) {
    await writeAudit(em, actor, {
      action: 'SESSIONS_ENDED',
      recordType: 'User',
      recordId: userId,
      changes: [
        { field: 'liveSessions', before: ended, after: 0 },
        { field: 'reason', before: null, after: reason },
      ],
    });
  }
  return ended;
}
