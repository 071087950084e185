import { badInput } from '../errors';
import type { FieldProblem, RecordDecl } from '../declare';
import type { FieldGuard } from './filter';

export type OrderKey = [field: string, dir: 'ASC' | 'DESC'];

/**
 * The requested order, then the record's default order, then id: every order is
 * total, so pages never skip or repeat a record.
 */
export function normaliseOrder(decl: RecordDecl, orderBy: Array<Record<string, string>> | undefined | null, guard?: FieldGuard): OrderKey[] {
  const keys: OrderKey[] = [];
  const problems: FieldProblem[] = [];
  (orderBy ?? []).forEach((entry, i) => {
    const named = Object.entries(entry).filter(([, dir]) => dir != null);
    if (named.length !== 1) {
      problems.push({ path: `orderBy.${i}`, message: `name exactly one field per order entry (got ${named.length})` });
      return;
    }
    const [field, dir] = named[0];
    guard?.(decl, field, `orderBy.${i}.${field}`);
    keys.push([field, dir as 'ASC' | 'DESC']);
  });
  if (problems.length) throw badInput(problems);
  for (const key of decl.defaultOrder) if (!keys.some(([f]) => f === key[0])) keys.push(key);
  keys.push(['id', 'ASC']);
  return keys;
}

export const toOrderBy = (keys: OrderKey[]) => keys.map(([f, dir]) => ({ [f]: dir }));
