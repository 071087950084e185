import type { ReadScope } from '../declare';

export type Role = 'ADMIN' | 'CENTER_ADMIN' | 'COMMUNITY_STAFF' | 'AUDITOR';

/** Who is asking: resolved once per request from the bearer token or API key. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; id: string; email: string; role: Role; serviceCenterId: string | null; communityId: string | null }
  | { kind: 'partner'; keyId: string; name: string; scopes: ReadScope[]; allowedDocuments: string[] | null };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/**
 * Viewers in the same class are told the same things: same role, centre and
 * community, or same partner scopes. Cached answers (figures, compiled
 * statements) are shared within a class and never across classes.
 */
export const accessClass = (v: Viewer): string =>
  v.kind === 'user' ? `u:${v.role}:${v.serviceCenterId}:${v.communityId}` : v.kind === 'partner' ? `p:${[...v.scopes].sort().join(',')}` : 'a';
