import { ANONYMOUS } from '../../core/access/viewer';
import type { AppContext } from '../../core/context';
import { Loaders } from '../../core/loaders/loaders';
import { rolePolicy } from '../auth';

/**
 * This request as an anonymous caller would make it: its own EntityManager (nothing the
 * publisher's view loaded is reused), the anonymous policy and loaders. A publication is
 * public, so it says only what anonymous callers are told: the field rules, row rules and
 * small-cell suppression (figures/disclosure.ts) of that policy, never the publisher's view.
 */
export function anonymousContext(ctx: AppContext): AppContext {
  const em = ctx.em.fork();
  const access = rolePolicy(ANONYMOUS, em);
  return { em, viewer: ANONYMOUS, access, loaders: new Loaders(em, access), config: ctx.config, requestId: ctx.requestId };
}
