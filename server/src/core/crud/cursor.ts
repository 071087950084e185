import type { FilterQuery } from '@mikro-orm/core';
import { badInput } from '../errors';
import type { RecordDecl } from '../declare';
import type { OrderKey } from './order';

type Row = Record<string, unknown>;

/** A cursor holds the order keys' values of a record, so paging is keyset, not offset. */
export function encodeCursor(row: Row, keys: OrderKey[]): string {
  return encodeCursorValues(keys.map(([f]) => (row[f] instanceof Date ? (row[f] as Date).toISOString() : (row[f] ?? null))));
}

/** The cursor of the order keys' values (instants as ISO text). */
export const encodeCursorValues = (values: unknown[]): string => Buffer.from(JSON.stringify(values)).toString('base64url');

export function decodeCursor(decl: RecordDecl, cursor: string, keys: OrderKey[]): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (!Array.isArray(values) || values.length !== keys.length) {
    throw badInput([{ path: 'after', message: 'not a cursor of this list with this order: take endCursor from the previous page' }]);
  }
  return values.map((v, i) => {
    const attr = decl.attrs.find((a) => a.name === keys[i][0]);
    return attr?.type === 'datetime' && typeof v === 'string' ? new Date(v) : v;
  });
}

/**
 * Rows strictly after the cursor in this order. PostgreSQL sorts nulls last
 * ascending and first descending; the comparison follows the same rule.
 */
export function afterCursor(keys: OrderKey[], values: unknown[]): FilterQuery<object> {
  const branches: FilterQuery<object>[] = [];
  keys.forEach(([field, dir], i) => {
    const v = values[i];
    let beyond: FilterQuery<object> | undefined;
    if (dir === 'ASC') beyond = v === null ? undefined : { $or: [{ [field]: { $gt: v } }, { [field]: null }] };
    else beyond = v === null ? { [field]: { $ne: null } } : { [field]: { $lt: v } };
    if (!beyond) return;
    const equalBefore = keys.slice(0, i).map(([f], j) => ({ [f]: values[j] === null ? null : { $eq: values[j] } }));
    branches.push({ $and: [...equalBefore, beyond] });
  });
  return branches.length ? { $or: branches } : { id: null };
}
