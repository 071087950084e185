import type { EntityManager } from '@mikro-orm/postgresql';
import { appError } from '../../core/errors';
import { ANONYMOUS, type Viewer } from '../../core/access/viewer';
import type { AppConfig } from '../../config';
import { partnerViewer } from './api-keys';
import { verifyToken } from './token';
import { User } from './user.entity';

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
  const user = userId ? await em.findOne(User, { id: userId, active: true }) : null;
  if (!user) {
    // Thrown while building the context: Apollo answers with this status instead of 500.
    throw appError('UNAUTHENTICATED', 'The session token is invalid or has expired: log in again', { http: { status: 401 } });
  }
  return {
    kind: 'user',
    id: user.id,
    email: user.email,
    role: user.role,
    serviceCenterId: user.serviceCenter?.id ?? null,
    communityId: user.community?.id ?? null,
  };
}
