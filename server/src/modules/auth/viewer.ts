import type { EntityManager } from '@mikro-orm/postgresql';
import { appError } from '../../core/errors';
import { ANONYMOUS, type PendingViewer, type Viewer } from '../../core/access/viewer';
import type { AppConfig } from '../../config';
import { partnerViewer } from './api-keys';
import { verifyToken, type UserViewer } from './token';
import { namedSql, queryPrepared } from '../../db/prepared';
import type { Role } from '../../core/access/viewer';

/** The user of an id who may still sign in, and what a viewer is made of: the lookup and the in-statement check share them. */
const USER_COLUMNS = 'id, email, role, service_center_id, community_id';
const activeUser = (id: string) => `from app_user where id = ${id} and active and deleted_at is null`;

// On every signed-in request that is not checked in its own statement: one prepared statement on the primary (a deactivation is seen at once), no entity.
const FIND_USER = namedSql(`select ${USER_COLUMNS} ${activeUser('$1')}`);
interface UserRow { id: string; email: string; role: Role; service_center_id: string | null; community_id: string | null }

/** Users of recently verified bearer tokens, by id: assumptions to check (PendingViewer), never answers by themselves. */
const recent = new Map<string, UserViewer>();
const MAX_RECENT = 10_000;

const bearerUserId = (config: AppConfig, headers: Record<string, string | string[] | undefined>): string | null => {
  const auth = headers.authorization;
  const bearer = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7).trim() : null;
  return bearer ? verifyToken({ secret: config.jwtSecret, ttlSeconds: config.jwtTtlSeconds }, bearer) : null;
};

/** What is compared to decide that an assumed user still holds: everything a viewer is made of. */
const identity = (v: UserViewer) => JSON.stringify([v.id, v.email, v.role, v.serviceCenterId, v.communityId]);

/**
 * The user a valid bearer token names, as last looked up in this process, to be
 * checked rather than looked up again (PendingViewer); undefined when there is
 * no such token or no recent lookup, and always for API keys.
 */
export function assumedViewer(em: EntityManager, config: AppConfig, headers: Record<string, string | string[] | undefined>): { viewer: Viewer; pending: PendingViewer } | undefined {
  if (headers['x-api-key']) return undefined;
  const userId = bearerUserId(config, headers);
  const viewer = userId ? recent.get(userId) : undefined;
  if (!viewer) return undefined;
  const expected = identity(viewer);
  return {
    viewer,
    pending: {
      sql: (p) => `(select json_build_array(${USER_COLUMNS}) ${activeUser(p)})`,
      param: userId,
      holds: (value) => JSON.stringify(value) === expected,
      lookUp: () => resolveViewer(em, config, headers),
    },
  };
}

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
  const userId = bearerUserId(config, headers);
  const [user] = userId ? await queryPrepared<UserRow>(em, 'write', FIND_USER, [userId]) : [];
  if (!user) {
    // Thrown while building the context: Apollo answers with this status instead of 500.
    throw appError('UNAUTHENTICATED', 'The session token is invalid or has expired: log in again', { http: { status: 401 } });
  }
  const viewer: UserViewer = {
    kind: 'user',
    id: user.id,
    email: user.email,
    role: user.role,
    serviceCenterId: user.service_center_id,
    communityId: user.community_id,
  };
  if (recent.size >= MAX_RECENT) recent.clear();
  recent.set(user.id, viewer);
  return viewer;
}
