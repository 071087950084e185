import type { FilterQuery } from '@mikro-orm/core';
import { recordOf, type RecordDecl } from '../../../core/declare';

/**
 * Rows anonymous callers (and partners outside their scopes) may see: the
 * record's own `publicWhere`, and only if what it cannot exist without is public
 * too (an assignment of a draft duty is not published).
 */
export function publicRows(decl: RecordDecl, seen: Set<string> = new Set()): FilterQuery<object> {
  const parts: Array<Record<string, unknown>> = decl.publicWhere ? [decl.publicWhere] : [];
  seen.add(decl.name);
  for (const ref of decl.refs.filter((r) => r.required)) {
    const target = recordOf(ref.target());
    if (seen.has(target.name)) continue;
    const inner = publicRows(target, new Set(seen));
    if (Object.keys(inner).length) parts.push({ [ref.name]: inner });
  }
  return (parts.length ? { $and: parts } : {}) as FilterQuery<object>;
}
