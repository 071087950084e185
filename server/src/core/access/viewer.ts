import type { ReadScope } from '../declare';

export type Role = 'ADMIN' | 'CENTER_ADMIN' | 'COMMUNITY_STAFF' | 'AUDITOR';

/** Who is asking: resolved once per request from the bearer token or API key. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; id: string; email: string; role: Role; serviceCenterId: string | null; communityId: string | null }
  | { kind: 'partner'; keyId: string; name: string; scopes: ReadScope[] };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };
