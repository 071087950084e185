import { unauthenticated } from '../errors';
import type { AccessPolicy } from './policy';
import type { Viewer } from './viewer';

/**
 * The minimal policy: everyone reads, only logged-in users write. The field- and
 * row-level rules of domain.md replace it in the auth module.
 */
export function basicPolicy(viewer: Viewer): AccessPolicy {
  return {
    rowFilter: () => ({}),
    guardField: () => undefined,
    assertCanWrite: () => {
      if (viewer.kind !== 'user') throw unauthenticated('Log in to change records');
    },
  };
}
