import type { ReadScope } from '../declare';

export type Role = 'ADMIN' | 'CENTER_ADMIN' | 'COMMUNITY_STAFF' | 'AUDITOR';

/** Who is asking: resolved once per request from the bearer token or API key. */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      id: string;
      email: string;
      role: Role;
      serviceCenterId: string | null;
      communityId: string | null;
      /** The token's session (logout ends it); unset in-process. */ sessionId?: string;
    }
  | { kind: 'partner'; keyId: string; name: string; scopes: ReadScope[]; allowedDocuments: string[] | null };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/**
 * Viewers in the same class are told the same things: same role, centre and
 * community, or same partner scopes. Cached answers (figures, compiled
 * statements) are shared within a class and never across classes.
 */
export const accessClass = (v: Viewer): string =>
  v.kind === 'user'
    ? `u:${v.role}:${v.serviceCenterId}:${v.communityId}`
    : v.kind === 'partner'
      ? `p:${[...v.scopes].sort().join(',')}`
      : 'a';

/**
 * A viewer taken on trust for a moment: the user a recent, valid bearer token
 * named, not yet looked up for this request. Nothing may run for it until it
 * is settled: core/one-statement either checks it inside the query's own
 * statement (`sql` must still give a value `holds` accepts) or looks the caller
 * up (`lookUp`, which refuses a caller who is no longer valid) before anything
 * else runs. It saves the lookup's round trip on every signed-in query.
 */
export interface PendingViewer {
  /** A one-column SQL expression over the parameter at `placeholder`. */
  sql(placeholder: string): string;
  param: unknown;
  holds(value: unknown): boolean;
  lookUp(): Promise<Viewer>;
}
