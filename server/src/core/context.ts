import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessPolicy } from './access/policy';
import type { Viewer } from './access/viewer';
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
}
