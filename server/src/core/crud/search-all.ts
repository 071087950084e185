import type { AppContext } from '../context';
import { allRecords, type RecordDecl } from '../declare';
import { badInput } from '../errors';
import { normaliseOrder, toOrderBy } from './order';
import { readRows } from './read-rows';
import { planSearch, RANK } from './search';

export interface SearchHit {
  type: string;
  id: string;
  display: string;
  rank: number;
}

export const DEFAULT_HITS = 20;
export const MAX_HITS = 100;

/**
 * The top-level `search(text, types, first)` (the console's search box): each searchable type's
 * list search, under that type's row rules, best ranks first. A type whose display field the
 * caller may not read in every row is left out, not refused: the box searches what it may see.
 * Hits are ranked across types, then by type (declaration order), then by each type's own order.
 */
export async function searchAll(ctx: AppContext, text: string, types: string[] | null | undefined, first: number | null | undefined) {
  const n = first ?? DEFAULT_HITS;
  if (n < 0 || n > MAX_HITS) throw badInput([{ path: 'first', message: `must be between 0 and ${MAX_HITS}` }]);
  const searchable = allRecords().filter((d) => d.search);
  const unknown = (types ?? []).filter((t) => !searchable.some((d) => d.name === t));
  if (unknown.length) throw badInput(unknown.map((t) => ({ path: 'types', message: `not a type with a name to search: ${t}` })));
  const wanted = searchable.filter((d) => (!types || types.includes(d.name)) && ctx.access.readsEverywhere(d, d.search!.display));
  const hits: SearchHit[] = [];
  for (const decl of wanted) hits.push(...(await searchType(ctx, decl, text, n)));
  // Stable: within a rank, the type order and each type's own order stay.
  return hits.sort((a, b) => b.rank - a.rank).slice(0, n);
}

async function searchType(ctx: AppContext, decl: RecordDecl, text: string, n: number): Promise<SearchHit[]> {
  const search = planSearch(decl, text, ctx.access.guardField);
  if (!search || n === 0) return [];
  const keys = [[RANK, 'DESC'] as [string, 'DESC'], ...normaliseOrder(decl, null, ctx.access)];
  const rows = await readRows(
    ctx.em,
    decl,
    { $and: [ctx.access.rowFilter(decl), search.match] },
    {
      orderBy: toOrderBy(keys, search),
      limit: n,
      fields: ['id', ...search.columns, ...keys.map(([f]) => f).filter((f) => f !== RANK)],
    },
  );
  return rows.map((r) => ({ type: decl.name, id: r.id, display: String(r[decl.search!.display]), rank: search.rankOf(r) }));
}
