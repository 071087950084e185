import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MAX_PAGE } from '../../core/crud/list';
import { badInput } from '../../core/errors';

/**
 * One page of an append-only log (the audit log, the access log), newest first: the cursor
 * is the last entry's id, so a page never shifts when entries are added meanwhile.
 * Checked before anything is read: a bad page size or cursor is BAD_USER_INPUT at its argument.
 */
export async function newestFirst<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<{ rows: T[]; hasNextPage: boolean; total: () => Promise<number> }> {
  const size = first ?? 50;
  if (size < 0 || size > MAX_PAGE) throw badInput([{ path: 'first', message: `must be between 0 and ${MAX_PAGE}` }]);
  if (after != null && !/^\d+$/.test(after))
    throw badInput([{ path: 'after', message: 'not a cursor of this log: take endCursor from the previous page' }]);
  const page = after ? { $and: [where, { id: { $lt: after } }] } : where;
  // Logs have no soft delete: the `live` filter does not apply.
  const rows = await em.find(entity, page as FilterQuery<T>, { orderBy: { id: 'DESC' } as never, limit: size + 1, filters: false });
  return { rows: rows.slice(0, size), hasNextPage: rows.length > size, total: () => em.count(entity, where, { filters: false }) };
}
