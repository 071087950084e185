/**
 * The practical limit: one hand-written SQL statement per reference query that
 * returns the response body itself (PostgreSQL builds the JSON). Live rows only,
 * ordered as the GraphQL servers order them (then by id, so pages are total).
 */
export interface RawStatement {
  text: (q: URLSearchParams) => string;
  params: (q: URLSearchParams) => unknown[];
}

/**
 * The page size as text, as PostGraphile and our one-statement reads put it: with
 * `limit $1` PostgreSQL keeps planning the statement again on every run (its
 * generic plan must guess the limit), which is not the practical limit.
 */
function page(q: URLSearchParams): number {
  const n = Number(q.get('n'));
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new Error('n must be an integer from 1 to 500');
  return n;
}

/** Which statement a search text takes, as server/src/core/crud/search.ts decides it. */
export interface SearchForm {
  /** The text has a cased letter: the name is matched with ilike, else with like (the same rows, cheaper). */
  cased: boolean;
  /** Two characters, no space: the substring band is a lookup in the pairs column (no trigram has two). */
  pair: boolean;
}

export const SEARCH_FORMS: SearchForm[] = [
  { cased: true, pair: true },
  { cased: true, pair: false },
  { cased: false, pair: true },
  { cased: false, pair: false },
];

/**
 * Q5-Q7: pinyin search as server/src/core/crud/search.ts ranks it (exact 3, prefix 2, initials 1,
 * substring 0), then by name and id (an administrator's default order of workers). $1 is the text
 * as typed (letters or characters only in the bench: nothing to escape), $2 its key (lowercase, no
 * spaces).
 */
export function searchWorkersSql({ cased, pair }: SearchForm, q = '$1', k = '$2'): string {
  const like = cased ? 'ilike' : 'like';
  const substring = pair ? `w.name_pairs @> array[${k}]` : `w.name ${like} '%' || ${q} || '%' or w.name_pinyin like '%' || ${k} || '%'`;
  return `select w.name::text as name from community_worker w
  where w.deleted_at is null and (${substring} or w.name_initials like ${k} || '%')
  order by case when w.name ${like} ${q} or w.name_pinyin = ${k} then 3 when w.name ${like} ${q} || '%' or w.name_pinyin like ${k} || '%' then 2
    when w.name_initials like ${k} || '%' then 1 else 0 end desc, w.name, w.id limit 20`;
}

const searchText = (q: URLSearchParams) => (q.get('s') ?? '').trim();
const searchKey = (q: URLSearchParams) =>
  searchText(q)
    .toLowerCase()
    .replace(/[\s']+/g, '');
export const searchFormOf = (text: string, key: string): SearchForm => ({
  cased: text.toLowerCase() !== text.toUpperCase(),
  pair: [...text].length === 2 && key === text.toLowerCase(),
});

export const RAW_SQL: Record<string, RawStatement> = {
  Q1: {
    text: (
      q,
    ) => `select json_build_object('data', json_build_object('communities', coalesce(json_agg(json_build_object('name', c.name, 'population', c.population) order by c.code, c.id), '[]')))::text as body
      from (select id, code, name, population from community where deleted_at is null order by code, id limit ${page(q)}) c`,
    params: () => [],
  },
  Q2: {
    text: (q) => `select json_build_object('data', json_build_object('communities', coalesce(json_agg(json_build_object(
        'name', c.name,
        'workers', (select coalesce(json_agg(w.name order by w.name, w.id), '[]') from (select id, name from community_worker where community_id = c.id and deleted_at is null order by name, id limit 20) w),
        'socialOrganizations', (select coalesce(json_agg(s.name order by s.name, s.id), '[]') from (select id, name from social_organization where community_id = c.id and deleted_at is null order by name, id limit 20) s),
        'partyOrganizations', (select coalesce(json_agg(p.name order by p.name, p.id), '[]') from (select id, name from party_organization where community_id = c.id and deleted_at is null order by name, id limit 20) p)
      ) order by c.code, c.id), '[]')))::text as body
      from (select id, code, name from community where deleted_at is null order by code, id limit ${page(q)}) c`,
    params: () => [],
  },
  Q3: {
    text: () => `select json_build_object('data', json_build_object('community', json_build_object(
        'name', c.name,
        'dutyAssignments', (select coalesce(json_agg(json_build_object('assignedOn', a.assigned_on, 'status', a.status, 'dutyItem', json_build_object('title', i.title)) order by a.assigned_on desc, a.id), '[]')
          from duty_assignment a join duty_item i on i.id = a.duty_item_id where a.community_id = c.id and a.deleted_at is null),
        'budgetLines', (select coalesce(json_agg(json_build_object('direction', b.direction, 'source', b.source, 'category', b.category, 'amount', b.amount::text) order by b.id), '[]')
          from budget_line b where b.community_id = c.id and b.fiscal_year = $2 and b.deleted_at is null)
      )))::text as body
      from community c where c.id = $1 and c.deleted_at is null`,
    params: (q) => [q.get('id'), Number(q.get('year'))],
  },
  Q4: {
    text: () => `select json_build_object('data', json_build_object('rows', coalesce(json_agg(json_build_object('source', t.source, 'income', t.income::text) order by t.source), '[]')))::text as body
      from (select source, sum(amount) as income from budget_line where fiscal_year = $1 and direction = 'INCOME' and deleted_at is null group by source) t`,
    params: (q) => [Number(q.get('year'))],
  },
  Q5: {
    text: (
      q,
    ) => `select json_build_object('data', json_build_object('workers', coalesce(json_agg(json_build_object('name', t.name)), '[]')))::text as body
      from (${searchWorkersSql(searchFormOf(searchText(q), searchKey(q)))}) t`,
    params: (q) => [searchText(q), searchKey(q)],
  },
};
