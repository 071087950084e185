import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClearReads } from './access/clear-reads';
import type { AccessPolicy } from './access/policy';
import type { PendingViewer, Viewer } from './access/viewer';
import type { Loaders } from './loaders/loaders';
import type { AppConfig } from '../config';

/** What every resolver gets: built per request, never shared between requests. */
export interface AppContext {
  /** A fork of the ORM's EntityManager for this request alone. */
  em: EntityManager;
  viewer: Viewer;
  access: AccessPolicy;
  loaders: Loaders;
  config: AppConfig;
  /** This request's id (x-request-id of the response, `reqId` of its log line); a fresh UUID in-process. */
  requestId: string;
  /** The client's address as the rate limits see it (req.ip: X-Forwarded-For only with TRUST_PROXY); unset in-process. */
  clientAddress?: string;
  /** Set while `viewer` is only assumed (see PendingViewer); core/one-statement settles it before anything runs. */
  pending?: PendingViewer;
  /** Clear reads of masked and RESTRICTED fields in this request, written to the access log before the answer leaves. */
  clearReads: ClearReads;
  /** Replaces an assumed viewer by the settled one (and drops what was made for the assumption). */
  settle?(viewer: Viewer): void;
}
