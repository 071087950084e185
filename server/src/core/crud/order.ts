import { badInput } from '../errors';
import type { FieldProblem, RecordDecl } from '../declare';
import type { FieldGuard } from './filter';
import { RANK, type SearchPlan } from './search';

export type OrderKey = [field: string, dir: 'ASC' | 'DESC'];

/** What ordering asks of the caller's rights: refuse an unreadable key it names, skip one it did not. */
export interface OrderAccess {
  guardField: FieldGuard;
  readsEverywhere(decl: RecordDecl, field: string): boolean;
}

/**
 * The requested order, then the record's default order, then id: every order is
 * total, so pages never skip or repeat a record. Every key must be one the caller
 * may read in every row: a key it names is refused otherwise (FORBIDDEN), and a
 * default key it may not read is left out, with creation time standing in, so
 * neither the order of the rows nor a cursor tells what it may not read
 * (a worker list is by name for staff, by creation for anonymous callers).
 */
export function normaliseOrder(
  decl: RecordDecl,
  orderBy: Array<Record<string, string>> | undefined | null,
  access?: OrderAccess,
): OrderKey[] {
  const keys: OrderKey[] = [];
  const problems: FieldProblem[] = [];
  (orderBy ?? []).forEach((entry, i) => {
    const named = Object.entries(entry).filter(([, dir]) => dir != null);
    if (named.length !== 1) {
      problems.push({ path: `orderBy.${i}`, message: `name exactly one field per order entry (got ${named.length})` });
      return;
    }
    const [field, dir] = named[0];
    access?.guardField(decl, field, `orderBy.${i}.${field}`);
    keys.push([field, dir as 'ASC' | 'DESC']);
  });
  if (problems.length) throw badInput(problems);
  const readable = decl.defaultOrder.filter(([f]) => !access || access.readsEverywhere(decl, f));
  const fallback: OrderKey[] = readable.length < decl.defaultOrder.length ? [['createdAt', 'ASC']] : [];
  for (const key of [...readable, ...fallback]) if (!keys.some(([f]) => f === key[0])) keys.push(key);
  if (!keys.some(([f]) => f === 'id')) keys.push(['id', 'ASC']);
  return keys;
}

/** MikroORM's orderBy of the keys; a search's rank key (crud/search.ts) is its SQL expression. */
export const toOrderBy = (keys: OrderKey[], search?: SearchPlan) =>
  keys.map(([f, dir]) => (f === RANK && search ? search.orderBy() : { [f]: dir }));
