import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey, makeApiKey } from '../server/src/modules/auth';
import { apiScopes } from '../server/src/modules/auth/api-keys';

/** The demo partner key of api-contract "Demo mode": published in the README, so demo mode only. */
export const DEMO_PARTNER_KEY = 'demo-partner-key';

/** Fixed id and instant: the demo's rows are the same on every load. */
const DEMO_KEY_ID = '00000000-0000-4000-8000-00000000d3e0';
const DEMO_KEY_AT = new Date('2026-01-01T00:00:00Z');

/** Creates the `demo-partner-key` key with every read scope (stored, like every key, as its sha256 only). */
export async function createDemoPartnerKey(em: EntityManager): Promise<ApiKey> {
  const existing = await em.findOne(ApiKey, { id: DEMO_KEY_ID }, { filters: false });
  if (existing) return existing;
  const key = makeApiKey(em, DEMO_PARTNER_KEY, { name: '演示合作方 Demo partner', scopes: apiScopes() });
  Object.assign(key, { id: DEMO_KEY_ID, createdAt: DEMO_KEY_AT, updatedAt: DEMO_KEY_AT });
  await em.flush();
  return key;
}
