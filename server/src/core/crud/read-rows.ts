import type { FilterOptions, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RecordDecl } from '../declare';
import { isPinnedToPrimary, processWhere as processWhereOf } from '../../db/orm-internals';

export type Row = Record<string, unknown> & { id: string };

export interface ReadOptions {
  orderBy?: Array<Record<string, string>>;
  limit?: number;
  offset?: number;
  /** Columns to load (look-ahead); all when undefined. */
  fields?: string[];
  /** As em.find: `false` or `{ live: false }` also shows soft-deleted rows. */
  filters?: FilterOptions;
}

/** What em.find does to a condition before its driver call: the soft-delete filter (as `filters` says), array and custom-type operands. */
export const processWhere = (
  em: EntityManager,
  decl: RecordDecl,
  where: FilterQuery<object>,
  filters: FilterOptions = {},
): Promise<FilterQuery<object>> => processWhereOf(em, decl.cls.name, where, filters);

/**
 * Reads for GraphQL answers as plain rows, not managed entities: MikroORM's driver
 * builds and runs the same SQL as em.find, but nothing is hydrated into the
 * identity map (about five times cheaper per row, measured on 1,250 workers).
 * Reads never modify what they load; writes load their own entities.
 * References become `{ id }`, the shape entities have, so resolvers read either.
 */
export async function readRows(em: EntityManager, decl: RecordDecl, where: FilterQuery<object>, o: ReadOptions = {}): Promise<Row[]> {
  const cond = await processWhere(em, decl, where, o.filters);
  const pinned = isPinnedToPrimary(em);
  const rows = (await em.getDriver().find(decl.cls.name, cond as never, {
    em,
    populate: [],
    orderBy: o.orderBy as never,
    limit: o.limit,
    offset: o.offset,
    fields: o.fields as never,
    ctx: em.getTransactionContext(),
    // Read-your-own-writes (db/read-routing.ts): after a write, reads stay on the primary.
    connectionType: pinned ? 'write' : undefined,
  })) as unknown as Row[];
  for (const row of rows) {
    for (const ref of decl.refs) {
      const v = row[ref.name];
      if (v !== undefined) row[ref.name] = v === null ? null : { id: v };
    }
  }
  return rows;
}
