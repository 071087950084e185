import type { EntityManager } from '@mikro-orm/postgresql';
import { appError } from '../../core/errors';
import { ANONYMOUS, type PendingViewer, type Viewer } from '../../core/access/viewer';
import type { AppConfig } from '../../config';
import { partnerViewer } from './api-keys';
import { verifyToken, type TokenClaims, type UserViewer } from './token';
import { namedSql, queryPrepared } from '../../db/prepared';
import type { Role } from '../../core/access/viewer';

/**
 * The user of a session that still holds (not ended, not expired, its user
 * active), and what a viewer is made of: the lookup and the in-statement check
 * share them, so both refuse an ended session the same way.
 */
const USER_COLUMNS = 'u.id, u.email, u.role, u.service_center_id, u.community_id';
const liveSessionUser = (sessionId: string) =>
  `from app_session s join app_user u on u.id = s.user_id where s.id = ${sessionId} and s.ended_at is null and s.expires_at > now() and u.active and u.deleted_at is null`;

// On every signed-in request that is not checked in its own statement: one prepared statement on the primary (an ended session is seen at once), no entity.
const FIND_USER = namedSql(`select ${USER_COLUMNS} ${liveSessionUser('$1')}`);
interface UserRow {
  id: string;
  email: string;
  role: Role;
  service_center_id: string | null;
  community_id: string | null;
}

/** Users of recently verified bearer tokens, by session id: assumptions to check (PendingViewer), never answers by themselves. */
const recent = new Map<string, UserViewer>();
const MAX_RECENT = 10_000;

const bearerClaims = (config: AppConfig, headers: Record<string, string | string[] | undefined>): TokenClaims | null => {
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
export function assumedViewer(
  em: EntityManager,
  config: AppConfig,
  headers: Record<string, string | string[] | undefined>,
): { viewer: Viewer; pending: PendingViewer } | undefined {
  if (headers['x-api-key']) return undefined;
  const claims = bearerClaims(config, headers);
  const viewer = claims && recent.get(claims.sessionId);
  if (!claims || !viewer) return undefined;
  const expected = identity(viewer);
  return {
    viewer,
    pending: {
      // Null once the session has ended (or its user is deactivated): then `holds` fails and lookUp refuses the caller.
      sql: (p) => `(select json_build_array(${USER_COLUMNS}) ${liveSessionUser(p)})`,
      param: claims.sessionId,
      holds: (value) => JSON.stringify(value) === expected,
      lookUp: () => resolveViewer(em, config, headers),
    },
  };
}

/**
 * Who sent this request: no credentials is anonymous; a bearer token that is
 * invalid or expired, whose session has ended or whose user is no longer
 * active, or an unknown, revoked or expired
 * `X-API-Key`, is refused (UNAUTHENTICATED, HTTP 401), so a
 * client learns to log in again instead of silently seeing less.
 */
export async function resolveViewer(
  em: EntityManager,
  config: AppConfig,
  headers: Record<string, string | string[] | undefined>,
): Promise<Viewer> {
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey !== '') return partnerViewer(em, apiKey);
  const auth = headers.authorization;
  if (auth === undefined || auth === '') return ANONYMOUS;
  const claims = bearerClaims(config, headers);
  const [user] = claims ? await queryPrepared<UserRow>(em, 'write', FIND_USER, [claims.sessionId]) : [];
  if (!claims || !user) {
    // Thrown while building the context: Apollo answers with this status instead of 500.
    throw appError('UNAUTHENTICATED', 'The session token is invalid, has expired or was ended: log in again', { http: { status: 401 } });
  }
  const viewer: UserViewer = {
    kind: 'user',
    id: user.id,
    email: user.email,
    role: user.role,
    serviceCenterId: user.service_center_id,
    communityId: user.community_id,
    sessionId: claims.sessionId,
  };
  if (recent.size >= MAX_RECENT) recent.clear();
  recent.set(claims.sessionId, viewer);
  return viewer;
}
