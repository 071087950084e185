import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config';
import { ClearReads } from '../../core/access/clear-reads';
import type { Viewer } from '../../core/access/viewer';
import type { AppContext } from '../../core/context';
import { Loaders } from '../../core/loaders/loaders';
import { rolePolicy } from './policy/role-policy';

/**
 * A request context for a known viewer outside an HTTP request (a publication's anonymous
 * view, scripts, benchmarks, tests): the same policy, loaders and clear-read log a request
 * of that viewer gets, on its own EntityManager.
 */
export function viewerContext(em: EntityManager, viewer: Viewer, config: AppConfig, requestId: string = randomUUID()): AppContext {
  const access = rolePolicy(viewer, em);
  return { em, viewer, access, loaders: new Loaders(em, access), config, clearReads: new ClearReads(), requestId };
}
