import { createHash, scrypt as scryptCb } from 'node:crypto';
import { promisify } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Community } from '../server/src/modules/community/community.entity';
import { ServiceCenter } from '../server/src/modules/community/service-center.entity';
import { hashPassword, User, type RoleName } from '../server/src/modules/auth';
import { demoIds } from './demo/index';
import { createDemoPartnerKey } from './demo-partner-key';
import { idSpace } from './ids';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

/** The one password of every demo account (api-contract, README). */
export const DEMO_PASSWORD = 'demo-password';

/** Where the centre and community accounts are bound: by default the demo's first centre and its first community. */
export interface DemoBinding {
  serviceCenterId: string;
  communityId: string;
  /** Namespace of the accounts' ids, so each data set's are stable. */
  space?: string;
}

export const DEMO_BINDING: DemoBinding = {
  serviceCenterId: demoIds('service_center', 'JB'),
  communityId: demoIds('community', 'DH-001'),
  space: 'demo',
};

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; displayName: string; role: RoleName; bound?: 'center' | 'community' }> = [
  { email: 'admin@example.org', displayName: '系统管理员（演示）', role: 'ADMIN' },
  { email: 'center@example.org', displayName: '服务中心管理员（演示）', role: 'CENTER_ADMIN', bound: 'center' },
  { email: 'staff@example.org', displayName: '社区工作人员（演示）', role: 'COMMUNITY_STAFF', bound: 'community' },
  { email: 'auditor@example.org', displayName: '审计员（演示）', role: 'AUDITOR' },
];

/**
 * The hash of DEMO_PASSWORD the platform's hashPassword would make, but with a salt
 * derived from the e-mail instead of a random one: same scheme and cost parameters
 * (read from a real hashPassword result, so raising them there raises them here), yet
 * the same row on every load, so demo loads stay byte-for-byte deterministic.
 * (A fixed salt is harmless for a password that is published in the README.)
 */
export async function demoPasswordHash(email: string): Promise<string> {
  const reference = await hashPassword(DEMO_PASSWORD);
  const [scheme, n, r, p, salt, hash] = reference.split('$');
  if (scheme !== 'scrypt' || !hash) return reference;
  const saltLength = Buffer.from(salt, 'base64').length;
  const fixedSalt = createHash('sha256').update(`demo-salt:${email}`).digest().subarray(0, saltLength);
  const derived = await scrypt(DEMO_PASSWORD, fixedSalt, Buffer.from(hash, 'base64').length, { N: +n, r: +r, p: +p });
  return [scheme, n, r, p, fixedSalt.toString('base64'), derived.toString('base64')].join('$');
}

/**
 * Creates the demo accounts (api-contract "Demo mode") through the EntityManager and
 * flushes; call it inside the loading transaction. Also creates the partner API key
 * `demo-partner-key` with every read scope.
 */
export async function createDemoAccounts(em: EntityManager, binding: DemoBinding = DEMO_BINDING): Promise<User[]> {
  const space = binding.space ?? 'demo';
  // A fixed instant: the demo's rows are the same on every load.
  const at = new Date('2025-01-06T01:30:00.000Z');
  const users: User[] = [];
  for (const a of DEMO_ACCOUNTS) {
    const user = em.create(User, {
      id: idSpace(space)('app_user', a.email),
      email: a.email,
      displayName: a.displayName,
      passwordHash: await demoPasswordHash(a.email),
      role: a.role,
      serviceCenter: a.bound === 'center' ? em.getReference(ServiceCenter, binding.serviceCenterId) : null,
      community: a.bound === 'community' ? em.getReference(Community, binding.communityId) : null,
      active: true,
      createdAt: at,
      updatedAt: at,
    });
    users.push(user);
  }
  await em.flush();
  await createDemoPartnerKey(em);
  return users;
}
