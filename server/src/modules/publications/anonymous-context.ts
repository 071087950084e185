import { ANONYMOUS } from '../../core/access/viewer';
import type { AppContext } from '../../core/context';
import { viewerContext } from '../auth';

/**
 * This request as an anonymous caller would make it: its own EntityManager (nothing the
 * publisher's view loaded is reused), the anonymous policy and loaders. A publication is
 * public, so it says only what anonymous callers are told: the field rules, row rules and
 * small-cell suppression (figures/disclosure.ts) of that policy, never the publisher's view.
 */
export function anonymousContext(ctx: AppContext): AppContext {
  return viewerContext(ctx.em.fork(), ANONYMOUS, ctx.config, ctx.requestId);
}
