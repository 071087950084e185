import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../seeds/demo-accounts';

export const PASSWORD = DEMO_PASSWORD;

/** The demo accounts by role (seeds/demo-accounts.ts): centre 东湖区江北党群服务中心, community 江滨社区 DH-001. */
export const ACCOUNTS = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.role, a.email])) as Record<
  'ADMIN' | 'CENTER_ADMIN' | 'COMMUNITY_STAFF' | 'AUDITOR',
  string
>;
