import { hashPassword } from '../../../server/src/modules/auth/password';
import { User } from '../../../server/src/modules/auth/user.entity';
import type { SmallCity } from '../../support/fixtures';
import type { TestApp } from '../../support/test-app';

export const PASSWORD = 'demo-password';
export const ACCOUNTS = {
  ADMIN: 'admin@example.org',
  CENTER_ADMIN: 'center@example.org',
  COMMUNITY_STAFF: 'staff@example.org',
  AUDITOR: 'auditor@example.org',
} as const;

/** The four demo roles, bound like the demo accounts: the first centre and its first community. */
export async function createConsoleAccounts(t: TestApp, city: SmallCity): Promise<void> {
  const em = t.app.orm.em.fork();
  const hash = await hashPassword(PASSWORD);
  for (const [role, email] of Object.entries(ACCOUNTS)) {
    em.create(User, {
      email,
      displayName: email.split('@')[0],
      passwordHash: hash,
      role: role as keyof typeof ACCOUNTS,
      serviceCenter: role === 'CENTER_ADMIN' ? city.centers[0] : null,
      community: role === 'COMMUNITY_STAFF' ? city.communities[0] : null,
    } as never);
  }
  await em.flush();
}
