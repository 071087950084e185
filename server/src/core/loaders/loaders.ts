import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessPolicy } from '../access/policy';
import type { RecordDecl, RefDecl } from '../declare';
import { scopedFilter } from '../crud/filter';
import { normaliseOrder, toOrderBy } from '../crud/order';
import { readRows, type Row } from '../crud/read-rows';

export interface ChildArgs {
  filter?: Record<string, unknown> | null;
  orderBy?: Array<Record<string, string>> | null;
  first?: number | null;
}

/** Which children a child list shows (besides belonging to the parent and being live), and in what order. */
export function planChildren(access: AccessPolicy, child: RecordDecl, args: ChildArgs) {
  return { where: scopedFilter(access, child, args.filter), order: normaliseOrder(child, args.orderBy, access) };
}

/**
 * Per-request DataLoaders: one per record type for lookups by id, one per
 * relation and argument set for child lists. Each batch is one SQL statement,
 * so nesting costs a fixed number of statements whatever the page size.
 */
export class Loaders {
  private readonly byIdLoaders = new Map<string, DataLoader<string, Row | null>>();
  private readonly childLoaders = new Map<string, DataLoader<string, Row[]>>();

  constructor(
    private readonly em: EntityManager,
    private readonly access: AccessPolicy,
  ) {}

  /** A record by id; referenced records are shown even when soft-deleted, so links never dangle (rows the viewer may not see stay null). */
  byId(decl: RecordDecl, fields?: string[]): DataLoader<string, Row | null> {
    const key = `${decl.name}:${fields?.join(',') ?? '*'}`;
    let loader = this.byIdLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await readRows(
          this.em,
          decl,
          { $and: [{ id: { $in: [...ids] } }, this.access.rowFilter(decl)] },
          { filters: false, fields },
        );
        const found = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => found.get(id) ?? null);
      });
      this.byIdLoaders.set(key, loader);
    }
    return loader;
  }

  /** Live children of many parents through `ref` (e.g. workers of communities), filtered and ordered alike. */
  children(child: RecordDecl, ref: RefDecl, args: ChildArgs, fields?: string[]): DataLoader<string, Row[]> {
    const key = `${child.name}.${ref.name}:${JSON.stringify(args)}:${fields?.join(',') ?? '*'}`;
    let loader = this.childLoaders.get(key);
    if (!loader) {
      const { where, order } = planChildren(this.access, child, args);
      loader = new DataLoader(async (parentIds) => {
        const rows = await readRows(
          this.em,
          child,
          { $and: [{ [ref.name]: { $in: [...parentIds] } }, where] },
          {
            orderBy: toOrderBy(order),
            // Selected columns, plus the order keys (rows are sorted by them).
            fields: fields && [...new Set([...fields, ...order.map(([f]) => f)])],
          },
        );
        const groups = new Map<string, Row[]>(parentIds.map((id) => [id, []]));
        for (const row of rows) {
          const parentId = (row[ref.name] as Row | null)?.id;
          const group = parentId ? groups.get(parentId) : undefined;
          if (group && (args.first == null || group.length < args.first)) group.push(row);
        }
        return parentIds.map((id) => groups.get(id)!);
      });
      this.childLoaders.set(key, loader);
    }
    return loader;
  }
}
