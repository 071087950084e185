import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/access/viewer';
import { declaredScopes, type ReadScope } from '../../core/declare';
import { appError } from '../../core/errors';
import { namedSql, queryPrepared } from '../../db/prepared';
import { ApiKey } from './api-key.entity';

/** The key scopes there are: `<scope>:read` of every scope a record type declares. */
export const apiScopes = (): string[] => declaredScopes().map((s) => `${s}:read`);

export const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

/** A new random key: long enough to be unguessable, URL- and header-safe. */
export const newKey = () => `gk_${randomBytes(24).toString('base64url')}`;

/** Stores a key's hash; the caller shows `key` once and forgets it. */
export function makeApiKey(
  em: EntityManager,
  key: string,
  fields: { name: string; scopes: string[]; expiresAt?: Date | null; allowedDocuments?: string[] | null },
): ApiKey {
  return em.create(ApiKey, { ...fields, keyHash: hashKey(key), keyPrefix: key.slice(0, 8) } as never);
}

const refused = () => appError('UNAUTHENTICATED', 'The API key is unknown, revoked or expired', { http: { status: 401 } });

/** lastUsedAt is kept to the minute: refreshing it on every request would make every read a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

// On every partner request: one prepared statement on the primary (a revocation is seen at once), no entity.
const FIND_KEY = namedSql(`select id, name, scopes, allowed_documents, last_used_at from api_key
  where key_hash = $1 and deleted_at is null and revoked_at is null and (expires_at is null or expires_at > now())`);
const TOUCH_KEY = namedSql('update api_key set last_used_at = $2 where id = $1');

// Timestamps arrive as text: MikroORM sets the driver's type parsers so.
interface KeyRow {
  id: string;
  name: string;
  scopes: string[];
  allowed_documents: string[] | null;
  last_used_at: string | null;
}

/**
 * The partner behind an `X-API-Key` header. Looked up on every request, so a
 * revocation or expiry takes effect on the very next one.
 */
export async function partnerViewer(em: EntityManager, key: string): Promise<Viewer> {
  const [found] = await queryPrepared<KeyRow>(em, 'write', FIND_KEY, [hashKey(key)]);
  if (!found) throw refused();
  const now = new Date();
  if (!found.last_used_at || now.getTime() - new Date(found.last_used_at).getTime() >= LAST_USED_RESOLUTION_MS) {
    await queryPrepared(em, 'write', TOUCH_KEY, [found.id, now]);
  }
  const known = apiScopes();
  const scopes = found.scopes.filter((s) => known.includes(s)).map((s) => s.split(':')[0] as ReadScope);
  return { kind: 'partner', keyId: found.id, name: found.name, scopes, allowedDocuments: found.allowed_documents };
}
