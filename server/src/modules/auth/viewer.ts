import type { EntityManager } from '@mikro-orm/postgresql';
import { appError } from '../../core/errors';
import { ANONYMOUS, type Viewer } from '../../core/access/viewer';
import type { AppConfig } from '../../config';
import { partnerViewer } from './api-keys';
import { verifyToken } from './token';
import { queryPrepared, statementName } from '../../db/prepared';
import type { Role } from '../../core/access/viewer';

// On every signed-in request: one prepared statement on the primary (a deactivation is seen at once), no entity.
const FIND_USER = 'select id, email, role, service_center_id, community_id from app_user where id = $1 and active and deleted_at is null';
interface UserRow { id: string; email: string; role: Role; service_center_id: string | null; community_id: string | null }

/**
 * Who sent this request: no credentials is anonymous; a bearer token that is
 * invalid, expired or names no active user, or an unknown, revoked or expired
 * `X-API-Key`, is refused (UNAUTHENTICATED, HTTP 401), so a
 * client learns to log in again instead of silently seeing less.
 */
export async function resolveViewer(em: EntityManager, config: AppConfig, headers: Record<string, string | string[] | undefined>): Promise<Viewer> {
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey !== '') return partnerViewer(em, apiKey);
  const auth = headers.authorization;
  if (auth === undefined || auth === '') return ANONYMOUS;
  const bearer = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7).trim() : null;
  const userId = bearer ? verifyToken({ secret: config.jwtSecret, ttlSeconds: config.jwtTtlSeconds }, bearer) : null;
  const [user] = userId ? await queryPrepared<UserRow>(em, 'write', statementName(FIND_USER), FIND_USER, [userId]) : [];
  if (!user) {
    // Thrown while building the context: Apollo answers with this status instead of 500.
    throw appError('UNAUTHENTICATED', 'The session token is invalid or has expired: log in again', { http: { status: 401 } });
  }
  return {
    kind: 'user',
    id: user.id,
    email: user.email,
    role: user.role,
    serviceCenterId: user.service_center_id,
    communityId: user.community_id,
  };
}
