import type { FilterOptions, FilterQuery } from '@mikro-orm/core';
import type { AccessPolicy } from '../access/policy';
import type { AppContext } from '../context';
import type { RecordDecl } from '../declare';
import { badInput } from '../errors';
import { afterCursor, decodeCursor, encodeCursor, cursorCodec, type CursorCodec } from './cursor';
import { mentionsDeleted, scopedFilter } from './filter';
import { normaliseOrder, toOrderBy, type OrderKey } from './order';
import { readRows } from './read-rows';
import { planSearch, RANK } from './search';

export interface ListArgs {
  filter?: Record<string, unknown> | null;
  orderBy?: Array<Record<string, string>> | null;
  first?: number | null;
  after?: string | null;
  offset?: number | null;
  /** Pinyin search of the display name (crud/search.ts); ranked when no orderBy is given. */
  search?: string | null;
}

/**
 * The columns a list must load, given the order keys its cursors need; undefined
 * loads every column. The GraphQL layer passes its look-ahead (core/graphql/selection.ts).
 */
export type ColumnPick = (orderKeys: string[]) => string[] | undefined;

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 500;

function checkPaging(args: ListArgs): { first: number; offset: number } {
  const first = args.first ?? DEFAULT_PAGE;
  const offset = args.offset ?? 0;
  const problems = [];
  if (first < 0 || first > MAX_PAGE) problems.push({ path: 'first', message: `must be between 0 and ${MAX_PAGE}` });
  if (offset < 0 || offset > 10_000_000) problems.push({ path: 'offset', message: 'must be between 0 and 10000000' });
  if (problems.length) throw badInput(problems);
  return { first, offset };
}

/** What a list query reads, from its arguments: the conditions with and without the cursor, the order and the page. */
export function planList(access: AccessPolicy, cursors: CursorCodec, decl: RecordDecl, args: ListArgs) {
  const { first, offset } = checkPaging(args);
  const search = planSearch(decl, args.search, access.guardField);
  const scoped = scopedFilter(access, decl, args.filter);
  const where = search ? { $and: [scoped, search.match] } : scoped;
  const ordered = normaliseOrder(decl, args.orderBy, access);
  // A search without orderBy is by rank, then the default order; with orderBy, the order given.
  const keys: OrderKey[] = search && !args.orderBy?.length ? [[RANK, 'DESC'], ...ordered] : ordered;
  // Soft-deleted rows stay out unless the filter asks about deletedAt.
  const filters: FilterOptions = mentionsDeleted(args.filter) ? { live: false } : {};
  const page = (
    args.after ? { $and: [where, afterCursor(keys, decodeCursor(cursors, decl, args.after, keys, search), search)] } : where
  ) as FilterQuery<object>;
  return { first, offset, where, page, keys, filters, search };
}

/**
 * One list query of the contract: filter, order, keyset (`after`) and offset
 * paging, and a totalCount that is only counted when asked for.
 */
export async function listRecords(ctx: AppContext, decl: RecordDecl, args: ListArgs, pickColumns?: ColumnPick) {
  const cursors = cursorCodec(ctx.config.jwtSecret);
  const { first, offset, where, page, keys, filters, search } = planList(ctx.access, cursors, decl, args);
  const rows = await readRows(ctx.em, decl, page, {
    orderBy: toOrderBy(keys, search),
    limit: first + 1,
    offset,
    filters,
    // Only the columns the query selects (and the order keys, for cursors).
    // A rank is computed from the name and its pinyin columns.
    fields: pickColumns?.([...keys.map(([f]) => f).filter((f) => f !== RANK), ...(search?.columns ?? [])]),
  });
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(cursors, decl, node, keys, search), node }));
  return {
    nodes,
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    // A getter: the count runs only when the query selects totalCount.
    get totalCount() {
      return ctx.em.count(decl.cls, where as never, { filters });
    },
  };
}
