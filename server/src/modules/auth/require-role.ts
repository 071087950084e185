import type { AppContext } from '../../core/context';
import type { Role } from '../../core/access/viewer';
import { forbidden, unauthenticated } from '../../core/errors';

/** For the few hand-written operations (users, keys): who may call them at all. */
export function requireRole(ctx: AppContext, roles: Role[], what: string): Extract<AppContext['viewer'], { kind: 'user' }> {
  if (ctx.viewer.kind === 'anonymous') throw unauthenticated();
  if (ctx.viewer.kind !== 'user' || !roles.includes(ctx.viewer.role)) throw forbidden(`Only ${roles.join(' and ')} ${what}`);
  return ctx.viewer;
}
