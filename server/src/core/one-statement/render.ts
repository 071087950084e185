import type { FilterOptions, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessPolicy } from '../access/policy';
import type { AttrDecl, RecordDecl } from '../declare';
import { kindOf, MASKS, recordOf } from '../declare';
import { isUuid } from '../crud/filter';
import { MAX_PAGE, planList } from '../crud/list';
import { toOrderBy, type OrderKey } from '../crud/order';
import { listOf, type CursorCodec } from '../crud/cursor';
import { processWhere } from '../crud/read-rows';
import { RANK, type SearchPlan } from '../crud/search';
import { columnOf, tableOf } from '../../db/orm-internals';
import { planChildren } from '../loaders/loaders';
import type { ConnectionField, FieldShape, NodeShape, RootShape } from './shape';

/** json_build_object takes at most 100 arguments: 50 keys. */
const MAX_KEYS = 50;

export class TooWide extends Error {}

/**
 * Page sizes go into the text, not the values (as PostGraphile does). With a `limit $n`,
 * PostgreSQL's generic plan must guess a tenth of the table, costs more than a custom
 * plan, and so the statement was planned again on every run: about half a millisecond
 * of the database's time per request, more than running it. The sizes are checked
 * integers (0 to MAX_PAGE, one more for the look-ahead row), so the statements they
 * make are few and safe.
 */
function pageSize(n: number, max = MAX_PAGE): number {
  if (!Number.isSafeInteger(n) || n < 0 || n > max) throw new TooWide();
  return n;
}

/**
 * Renders record shapes into one SQL statement that returns the whole GraphQL
 * `data` as JSON. Every condition goes through the same planning and MikroORM
 * query building as the general path (filters, row rules, soft deletion,
 * cursors, order), so both paths read the same rows in the same order; this
 * only replaces the per-field resolvers and the per-level statements.
 */
export class StatementWriter {
  readonly values: unknown[] = [];
  /** What each root list's cursors are bound to (crud/cursor.ts listOf), for sealing them once the statement answered. */
  readonly lists = new Map<RootShape, string>();
  private aliases = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessPolicy,
    private readonly cursors: CursorCodec,
  ) {}

  private bind(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A fragment MikroORM rendered with its own $1..$n, renumbered after the values collected so far. */
  private embed(text: string, params: readonly unknown[]): string {
    const base = this.values.length;
    this.values.push(...params);
    return text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + base}`);
  }

  // Quoted, and unlike MikroORM's own join aliases (a letter and a number).
  private alias(): string {
    return `_q${++this.aliases}`;
  }

  private column(decl: RecordDecl, field: string): string {
    return columnOf(this.em, decl.cls.name, field);
  }

  private table(decl: RecordDecl): string {
    return tableOf(this.em, decl.cls.name);
  }

  /**
   * A MikroORM condition as SQL on `alias`: inline when it needs no join, else as
   * `id in (…)`. The soft-delete filter is applied as `filters` says, as em.find would.
   */
  private async condition(decl: RecordDecl, alias: string, where: FilterQuery<object>, filters: FilterOptions): Promise<string> {
    const cond = await processWhere(this.em, decl, where, filters);
    const qb = this.em
      .createQueryBuilder(decl.cls, alias)
      .select('id')
      .where(cond as never);
    // As the driver's find does: joined relations are filtered too (a relation filter does not match a deleted record).
    await qb.applyJoinedFilters(this.em, filters);
    const text = qb.getQuery();
    const prefix = `select "${alias}"."id" from "${this.table(decl)}" as "${alias}"`;
    if (text === prefix) return 'true';
    if (text.startsWith(`${prefix} where `)) return `(${this.embed(text.slice(prefix.length + 7), qb.getParams())})`;
    return `"${alias}"."id" in (${this.embed(text, qb.getParams())})`;
  }

  private orderSql(decl: RecordDecl, alias: string, keys: OrderKey[], search?: SearchPlan): string {
    return keys.map(([f, dir]) => `${this.key(decl, alias, f, search)} ${dir === 'DESC' ? 'desc' : 'asc'}`).join(', ');
  }

  /** An order key's column, or a search's rank computed from the row's name columns (crud/search.ts). */
  private key(decl: RecordDecl, alias: string, field: string, search?: SearchPlan): string {
    if (field !== RANK) return `"${alias}"."${this.column(decl, field)}"`;
    const { sql, params } = search!.rankSql((column) => `"${alias}"."${column}"`);
    let i = 0;
    return `(${sql.replace(/\?/g, () => this.bind(params[i++]))})`;
  }

  /** The same text the resolvers write: each kind's own text form (core/scalars, declare/kinds.ts). */
  private attr(alias: string, decl: RecordDecl, attr: AttrDecl): string {
    return kindOf(attr).text.sql(`"${alias}"."${this.column(decl, attr.name)}"`);
  }

  /** A field as the answer shows it: a masked field (declare/masks.ts) in its masked form, as the field guard gives it. */
  private shown(alias: string, decl: RecordDecl, attr: AttrDecl): string {
    const text = this.attr(alias, decl, attr);
    return attr.mask ? MASKS[attr.mask].sql(text) : text;
  }

  private async object(node: NodeShape, alias: string): Promise<string> {
    if (node.fields.length > MAX_KEYS) throw new TooWide();
    const parts: string[] = [];
    for (const [key, field] of node.fields) parts.push(`'${key}'`, await this.field(node.decl, alias, field));
    return `json_build_object(${parts.join(', ')})`;
  }

  private async field(decl: RecordDecl, alias: string, f: FieldShape): Promise<string> {
    switch (f.kind) {
      case 'literal':
        return `'${f.value}'`;
      case 'version':
        return `"${alias}"."version"`;
      case 'attr':
        return this.shown(alias, decl, f.attr);
      case 'refId':
        return `"${alias}"."${this.column(decl, f.ref.name)}"`;
      case 'ref': {
        // Referenced records show even when soft-deleted, so links never dangle; row rules still apply.
        const target = recordOf(f.ref.target());
        const t = this.alias();
        const cond = await this.condition(target, t, this.access.rowFilter(target), false);
        return `(select ${await this.object(f.node, t)} from "${this.table(target)}" as "${t}" where "${t}"."id" = "${alias}"."${this.column(decl, f.ref.name)}" and ${cond})`;
      }
      case 'children': {
        const child = f.node.decl;
        const { where, order } = planChildren(this.access, child, f.args);
        const c = this.alias();
        const cond = await this.condition(child, c, where as FilterQuery<object>, {});
        const ordered = this.orderSql(child, c, order);
        const limit = f.args.first != null ? ` limit ${pageSize(f.args.first)}` : '';
        return (
          `(select coalesce(json_agg(${await this.object(f.node, c)} order by ${ordered}), '[]'::json) from (select * from "${this.table(child)}" as "${c}"` +
          ` where "${c}"."${this.column(child, f.ref.name)}" = "${alias}"."id" and ${cond} order by ${ordered}${limit}) as "${c}")`
        );
      }
    }
  }

  /** The values of the order keys, formatted as the row values cursors are made of (crud/cursor.ts): a rank is its number. */
  private keyValues(decl: RecordDecl, alias: string, keys: OrderKey[], search?: SearchPlan): string {
    return `json_build_array(${keys
      .map(([f]) =>
        f === RANK
          ? this.key(decl, alias, f, search)
          : this.attr(
              alias,
              decl,
              decl.attrs.find((a) => a.name === f)!,
            ),
      )
      .join(', ')})`;
  }

  /**
   * A connection from one page of rows. When hasNextPage is asked, the page has
   * first + 1 rows, numbered in order: nodes, edges and endCursor are the first
   * `first`, hasNextPage says whether there was one more. Otherwise it is just
   * the first `first`. Cursors come out as arrays of key values; finishCursors
   * encodes them.
   */
  private async connection(decl: RecordDecl, shape: Extract<RootShape, { kind: 'list' }>): Promise<string> {
    const plan = planList(this.access, this.cursors, decl, shape.args);
    const search = plan.search;
    this.lists.set(shape, listOf(decl, plan.keys, search));
    // An empty page (first: 0) is rare: the general path answers it.
    if (plan.first === 0) throw new TooWide();
    const lookAhead = shape.fields.some(([, f]) => f.kind === 'pageInfo' && f.fields.some(([, pf]) => pf.kind === 'hasNextPage'));
    const n = this.alias();
    const ordered = this.orderSql(decl, n, plan.keys, search);
    const first = pageSize(plan.first);
    const inPage = lookAhead ? ` filter (where "${n}"."_n" <= ${first})` : '';
    const list = (item: string) => `coalesce(json_agg(${item} order by ${ordered})${inPage}, '[]'::json)`;
    const reversed = plan.keys.map(([f, dir]) => [f, dir === 'DESC' ? 'ASC' : 'DESC'] as OrderKey);

    const parts: string[] = [];
    for (const [key, f] of shape.fields as Array<[string, ConnectionField]>) {
      parts.push(`'${key}'`);
      if (f.kind === 'literal') parts.push(`'${f.value}'`);
      else if (f.kind === 'totalCount') {
        const m = this.alias();
        parts.push(
          `(select count(*)::int from "${this.table(decl)}" as "${m}" where ${await this.condition(decl, m, plan.where, plan.filters)})`,
        );
      } else if (f.kind === 'nodes') parts.push(list(await this.object(f.node, n)));
      else if (f.kind === 'edges') {
        const edge: string[] = [];
        for (const [ek, ef] of f.fields) {
          edge.push(
            `'${ek}'`,
            ef.kind === 'literal'
              ? `'${ef.value}'`
              : ef.kind === 'cursor'
                ? this.keyValues(decl, n, plan.keys, search)
                : await this.object(ef.node, n),
          );
        }
        parts.push(list(`json_build_object(${edge.join(', ')})`));
      } else {
        const info = f.fields.flatMap(([pk, pf]) => [
          `'${pk}'`,
          pf.kind === 'literal'
            ? `'${pf.value}'`
            : pf.kind === 'hasNextPage'
              ? `count(*) > ${first}`
              : `(array_agg(${this.keyValues(decl, n, plan.keys, search)} order by ${this.orderSql(decl, n, reversed, search)})${inPage})[1]`,
        ]);
        parts.push(`json_build_object(${info.join(', ')})`);
      }
    }
    const object = `json_build_object(${parts.join(', ')})`;
    // Nodes, edges and pageInfo aggregate the page, which makes one row even when the page is empty.
    // Without them (a count alone) the page is not read: its values would go unused, and an empty one would make the object null.
    const aggregates = shape.fields.some(
      ([, f]) => f.kind === 'nodes' || f.kind === 'edges' || (f.kind === 'pageInfo' && f.fields.some(([, pf]) => pf.kind !== 'literal')),
    );
    return aggregates ? `(select ${object} from ${await this.page(decl, plan, n, lookAhead)})` : `(select ${object})`;
  }

  /** The rows of one page under alias n, numbered (_n) when the one after it is read too. */
  private async page(decl: RecordDecl, plan: ReturnType<typeof planList>, n: string, lookAhead: boolean): Promise<string> {
    const cond = await processWhere(this.em, decl, plan.page, plan.filters);
    const qb = this.em
      .createQueryBuilder(decl.cls, n)
      .select('*')
      .where(cond as never)
      .orderBy(toOrderBy(plan.keys, plan.search) as never);
    await qb.applyJoinedFilters(this.em, plan.filters);
    // The limit as text (pageSize); an offset stays a value: offsets are many, and a page deep in a list is rare.
    const rows = `${this.embed(qb.getQuery(), qb.getParams())} limit ${lookAhead ? pageSize(plan.first + 1, MAX_PAGE + 1) : pageSize(plan.first)}${plan.offset ? ` offset ${this.bind(plan.offset)}` : ''}`;
    return lookAhead
      ? `(select "${n}".*, row_number() over (order by ${this.orderSql(decl, n, plan.keys, plan.search)}) as "_n" from (${rows}) as "${n}") as "${n}"`
      : `(${rows}) as "${n}"`;
  }

  private async root(shape: RootShape): Promise<string> {
    if (shape.kind === 'literal') return `'${shape.value}'`;
    if (shape.kind === 'list') return this.connection(shape.decl, shape);
    if (!isUuid(shape.id)) return 'null';
    const o = this.alias();
    const cond = await this.condition(
      shape.decl,
      o,
      { $and: [{ id: shape.id }, this.access.rowFilter(shape.decl)] } as FilterQuery<object>,
      {},
    );
    return `(select ${await this.object(shape.node, o)} from "${this.table(shape.decl)}" as "${o}" where ${cond})`;
  }

  /** The statement for a whole query: one row, one column `data`. */
  async statement(roots: Array<[string, RootShape]>): Promise<string> {
    if (roots.length > MAX_KEYS) throw new TooWide();
    const parts: string[] = [];
    for (const [key, shape] of roots) parts.push(`'${key}'`, await this.root(shape));
    return `select json_build_object(${parts.join(', ')}) as data`;
  }
}
