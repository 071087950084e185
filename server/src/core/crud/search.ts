import { raw, type FilterQuery } from '@mikro-orm/core';
import { badInput } from '../errors';
import { searchKey, type RecordDecl } from '../declare';
import type { FieldGuard } from './filter';
import { caseInsensitiveLike, likeEscape } from './like';

type Where = FilterQuery<object>;

/** The pseudo order key of a search's rank: never a declared attribute, so no caller can name it in orderBy. */
export const RANK = '$searchRank';
export const MAX_SEARCH = 100;

/**
 * One `search` of a list (issue 19): the display name by characters (substring, ignoring case),
 * by full pinyin without tones (`zhangwei`, `zhang wei`) and by initials (`zw`). Ranked
 * exact (3) > prefix (2) > initials (1) > substring (0). Each band is a plain condition on the
 * display column and its derived pinyin columns (declare/search-forms.ts), so the cursor
 * after a row of rank r is "rank below r, or rank r and after it" without any SQL of its own.
 */
export interface SearchPlan {
  /** What the cursor's list is bound to: the normalised text (a cursor of another search does not open). */
  bound: string;
  /** Rows the search finds. */
  match: Where;
  /** Rows of rank at least r (r = 0..4). */
  atLeast(r: number): Where;
  /** The rank of a loaded row (its display, pinyin and initials columns), as the bands define it. */
  rankOf(row: Record<string, unknown>): number;
  /** The columns rankOf reads. */
  columns: string[];
  /** The rank as SQL over a row's columns (`col` names one), `?` for each of params. */
  rankSql(col: (column: string) => string): { sql: string; params: unknown[] };
  /** `order by` the rank, highest first: a fresh raw fragment per query (MikroORM consumes them). */
  orderBy(): Record<string, 'DESC'>;
}

/**
 * The plan of a search, or undefined for none (absent or blank). The display field goes through
 * the field guard as a filter on it would: a caller who may not read it in every row gets
 * FORBIDDEN, so a search can never tell what a name it may not read is.
 */
export function planSearch(decl: RecordDecl, text: string | null | undefined, guard?: FieldGuard): SearchPlan | undefined {
  if (text == null) return undefined;
  const s = decl.search;
  if (!s) throw badInput([{ path: 'search', message: `${decl.name} has no name to search` }]);
  guard?.(decl, s.display, 'search');
  const chars = text.trim();
  const key = searchKey(chars);
  if ([...chars].length > MAX_SEARCH) throw badInput([{ path: 'search', message: `must be at most ${MAX_SEARCH} characters` }]);
  if (key === '') return undefined;
  const lower = chars.toLowerCase();
  const c = likeEscape(chars);
  const k = likeEscape(key);
  // The display column by characters ignoring case, through its trigram index like the pinyin columns.
  const like = caseInsensitiveLike(chars);
  const exact: Where = { $or: [{ [s.display]: { [like]: c } }, { [s.pinyinProp]: key }] };
  const prefix: Where = { $or: [{ [s.display]: { [like]: `${c}%` } }, { [s.pinyinProp]: { $like: `${k}%` } }] };
  const initials: Where = { [s.initialsProp]: { $like: `${k}%` } };
  // Two characters make no trigram: their substring band is a lookup in the pairs column, which
  // holds every two adjacent characters of the lowered display and of the pinyin (search-forms.ts),
  // so "the display or the pinyin contains it" is "the pairs hold it", from a GIN index.
  const pair = [...chars].length === 2 && key === lower;
  const substring: Where = pair
    ? { [s.pairsProp]: { $contains: [key] } }
    : { $or: [{ [s.display]: { [like]: `%${c}%` } }, { [s.pinyinProp]: { $like: `%${k}%` } }] };
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    bound: JSON.stringify([chars, key]),
    match: { $or: [substring, initials] },
    atLeast: (r) => (r <= 0 ? {} : r === 1 ? { $or: [prefix, initials] } : r === 2 ? prefix : r === 3 ? exact : { id: null }),
    rankOf(row) {
      const name = str(row[s.display]).toLowerCase();
      const py = str(row[s.pinyinProp]);
      if (name === lower || py === key) return 3;
      if (name.startsWith(lower) || py.startsWith(key)) return 2;
      if (str(row[s.initialsProp]).startsWith(key)) return 1;
      return 0;
    },
    columns: [s.display, s.pinyinProp, s.initialsProp],
    rankSql(col) {
      const op = like === '$ilike' ? 'ilike' : 'like';
      const sql =
        `case when ${col(s.displayColumn)} ${op} ? or ${col(s.pinyinColumn)} = ? then 3` +
        ` when ${col(s.displayColumn)} ${op} ? or ${col(s.pinyinColumn)} like ? then 2` +
        ` when ${col(s.initialsColumn)} like ? then 1 else 0 end`;
      return { sql, params: [c, key, `${c}%`, `${k}%`, `${k}%`] };
    },
    orderBy() {
      const { sql, params } = this.rankSql((column) => `[::alias::]."${column}"`);
      return { [raw(sql, params) as unknown as string]: 'DESC' };
    },
  };
}
