import type { EntityManager } from '@mikro-orm/postgresql';
import { allRecords, formatProblem, normaliseFormatted, type AttrDecl, type RecordDecl } from '../declare';
import { badInput } from '../errors';

/** The attributes that hold an identity number, in every declared type: found by their format, no list of types. */
export const identityAttrs = (): Array<{ decl: RecordDecl; attr: AttrDecl }> =>
  allRecords().flatMap((decl) => decl.attrs.filter((a) => a.format === 'cnIdNumber').map((attr) => ({ decl, attr })));

/** An identity number given as an argument, in its stored form (a lowercase x read as X); BAD_USER_INPUT at `path` otherwise. */
export function identityNumberArg(value: string, path: string): string {
  const stored = normaliseFormatted('cnIdNumber', value);
  const problem = typeof stored === 'string' ? formatProblem('cnIdNumber', stored) : 'is required';
  if (problem || typeof stored !== 'string') throw badInput([{ path, message: `${path} ${problem}` }]);
  return stored;
}

/**
 * The rows of every type holding this (stored) identity number, soft-deleted ones included,
 * by type and in id order: whom a person's export and the access log's search are about.
 */
export async function identityHolders(
  em: EntityManager,
  idNumber: string,
): Promise<Array<{ decl: RecordDecl; rows: Array<Record<string, unknown> & { id: string }> }>> {
  const out = [];
  for (const { decl, attr } of identityAttrs()) {
    const rows = (await em.find(decl.cls, { [attr.name]: idNumber } as never, {
      filters: false,
      orderBy: { id: 'asc' } as never,
    })) as Array<Record<string, unknown> & { id: string }>;
    if (rows.length) out.push({ decl, rows });
  }
  return out;
}
