import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Class, RecordDecl } from '../../core/declare';
import { columnOf, knexSql, tableOf } from '../../db/orm-internals';

/**
 * A piece of SQL with its bound values. Values always travel as bindings, never
 * spliced into the text; fragments nest, so figure queries are built from small parts.
 */
export class Fragment {
  constructor(
    readonly text: string,
    readonly values: readonly unknown[],
  ) {}
}

/** Tagged template: `${x}` binds x as a value, or embeds x when it is a Fragment. */
export function sql(strings: TemplateStringsArray, ...parts: unknown[]): Fragment {
  let text = strings[0];
  const values: unknown[] = [];
  parts.forEach((p, i) => {
    if (p instanceof Fragment) {
      text += p.text;
      values.push(...p.values);
    } else {
      // knex expands arrays bound to "?" into lists; figure queries never bind arrays.
      if (Array.isArray(p)) throw new Error('bind arrays through inList()');
      text += '?';
      values.push(p);
    }
    text += strings[i + 1];
  });
  return new Fragment(text, values);
}

export const raw = (text: string) => new Fragment(text, []);

export function join(parts: Fragment[], separator: string): Fragment {
  return new Fragment(
    parts.map((p) => p.text).join(separator),
    parts.flatMap((p) => p.values),
  );
}

/** `col in (...)`, or a false condition for an empty list. */
export const inList = (column: Fragment, values: readonly unknown[]): Fragment =>
  values.length
    ? join(
        [
          column,
          raw(' in ('),
          join(
            values.map((v) => sql`${v}`),
            ', ',
          ),
          raw(')'),
        ],
        '',
      )
    : raw('false');

/**
 * Runs one figure statement, read-only, with two planner settings that keep its time
 * predictable (measured on the 2,000-community city, docs/benchmarks-figures.md):
 * - jit off: the row estimates for a join of several grouped CTEs are far too high,
 *   and JIT-compiling the plan took seconds for a statement that runs in milliseconds;
 * - nested loops off: right after a bulk load (no statistics yet) the planner takes
 *   the tables for empty and nested-loops 30,000 workers against 2,000 communities
 *   (seconds, up to the statement timeout). Figures aggregate whole sets, where hash
 *   joins are always reasonable. Statements scoped to one service centre
 *   (`smallScope`) keep nested loops: a handful of communities, found through indexes.
 */
export async function query<T>(em: EntityManager, f: Fragment, opts: { smallScope?: boolean } = {}): Promise<T[]> {
  const conn = em.getConnection();
  // One centre's few communities: nested index lookups are the fast plan and cannot blow up.
  const nestLoops = opts.smallScope ? 'on' : 'off';
  return conn.transactional(
    async (trx) => {
      await conn.execute(`select set_config('jit', 'off', true), set_config('enable_nestloop', '${nestLoops}', true)`, [], 'all', trx);
      return (await conn.execute(f.text, [...f.values], 'all', trx)) as T[];
    },
    { readOnly: true },
  );
}

/**
 * `select id from <table> where <condition>` for a MikroORM condition (a compiled
 * GraphQL filter): relation filters become joins. Soft-deleted rows of the table
 * itself are left out by the caller's own `deleted_at is null`.
 */
export function idsWhere(em: EntityManager, decl: RecordDecl, where: FilterQuery<object>): Fragment {
  const qb = em
    .createQueryBuilder(decl.cls as never, 'f0')
    .select('f0.id' as never)
    .where(where as never);
  const native = knexSql(qb);
  return new Fragment(native.sql, native.bindings);
}

/**
 * A record type's table under an alias, and its columns by declared field: figure SQL
 * names tables and columns only through these, so a renamed or removed field fails to
 * compile (the field names are the entity's keys) and a renamed column follows the
 * declaration. `t.table` is `"table" alias`; `t.serviceCenter` is `alias.service_center_id`.
 */
export type Columns<T> = { readonly [K in Extract<keyof T, string>]: Fragment } & { readonly table: Fragment };

export function columns<T extends object>(em: EntityManager, cls: Class<T>, alias: string): Columns<T> {
  const entity = cls.name;
  const table = raw(`"${tableOf(em, entity)}" ${alias}`);
  const cache = new Map<string, Fragment>();
  return new Proxy({} as Columns<T>, {
    get(_target, field) {
      if (typeof field !== 'string') return undefined;
      if (field === 'table') return table;
      let f = cache.get(field);
      if (!f) cache.set(field, (f = raw(`${alias}.${columnOf(em, entity, field)}`)));
      return f;
    },
  });
}

/** A year's first and last day, as bound date values. */
export const yearStart = (year: number) => sql`${`${year}-01-01`}::date`;
export const yearEnd = (year: number) => sql`${`${year}-12-31`}::date`;

/**
 * Existed at the end of `asOf` (UTC): created before the next day began and not
 * deleted by then. So `asOf` = today counts exactly the live rows.
 */
export const existedOn = (t: Columns<{ createdAt: Date; deletedAt?: Date | null }>, asOf: string): Fragment =>
  sql`${t.createdAt} < (${asOf}::date + 1) and (${t.deletedAt} is null or ${t.deletedAt} >= (${asOf}::date + 1))`;

/** Numbers arrive from pg as strings for bigint/numeric: convert counts, keep money as text. */
export const int = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const floatOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
