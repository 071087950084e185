import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/access/viewer';
import type { ReadScope } from '../../core/declare';
import { appError } from '../../core/errors';
import { ApiKey } from './api-key.entity';

export const API_SCOPES = ['community:read', 'duty:read', 'budget:read', 'org:read', 'people:read'] as const;

export const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

/** A new random key: long enough to be unguessable, URL- and header-safe. */
export const newKey = () => `gk_${randomBytes(24).toString('base64url')}`;

/** Stores a key's hash; the caller shows `key` once and forgets it. */
export function makeApiKey(em: EntityManager, key: string, fields: { name: string; scopes: string[]; expiresAt?: Date | null; allowedDocuments?: string[] | null }): ApiKey {
  return em.create(ApiKey, { ...fields, keyHash: hashKey(key), keyPrefix: key.slice(0, 8) } as never);
}

const refused = () => appError('UNAUTHENTICATED', 'The API key is unknown, revoked or expired', { http: { status: 401 } });

/**
 * The partner behind an `X-API-Key` header. Looked up on every request, so a
 * revocation or expiry takes effect on the very next one.
 */
export async function partnerViewer(em: EntityManager, key: string): Promise<Viewer> {
  const found = await em.findOne(ApiKey, { keyHash: hashKey(key) }, { filters: false });
  const now = new Date();
  if (!found || found.deletedAt || found.revokedAt || (found.expiresAt && found.expiresAt <= now)) throw refused();
  // Not through the identity map: a read-only request must not flush anything else.
  await em.nativeUpdate(ApiKey, { id: found.id }, { lastUsedAt: now });
  const scopes = found.scopes.filter((s) => (API_SCOPES as readonly string[]).includes(s)).map((s) => s.split(':')[0] as ReadScope);
  return { kind: 'partner', keyId: found.id, name: found.name, scopes };
}
