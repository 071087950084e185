import type { ServerName } from './servers';

/** Values the reference queries need, read from the loaded city. */
export interface QueryInputs {
  communityId: string;
  year: number;
  /** Page size of Q1 and Q2 (50; the bench also counts statements with a smaller page). */
  page: number;
  /**
   * Search texts of one worker's name (Q5-Q7): the first syllables in pinyin (a surname and a
   * bit, which hits many names, ranked), the first two characters, the first two initials.
   */
  searches: Record<SearchBy, string>;
  /** Credentials for our server: an administrator sees every row and field, as PostGraphile's database owner does. */
  oursHeaders: Record<string, string>;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

type Json = any;

export type SearchBy = 'pinyin' | 'characters' | 'initials';

export interface ReferenceQuery {
  id: string;
  title: string;
  request: Record<ServerName, (i: QueryInputs) => HttpRequest>;
  /** The answer reduced to the same plain shape on every server: the bench checks they agree. */
  answer: Record<ServerName, (body: Json) => unknown>;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const gql = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): HttpRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: { ...JSON_HEADERS, ...headers },
  body: JSON.stringify({ query, variables }),
});
const raw = (name: string, params: Record<string, string | number> = {}): HttpRequest => ({
  method: 'GET',
  path: `/${name}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`,
  headers: {},
});
const money = (v: string | number | null) => (v === null ? null : Number(v).toFixed(2));
const names = (list: Array<{ name: string }>) => list.map((x) => x.name);

// PostGraphile (amber preset): soft-deleted rows are excluded with condition { deletedAt: null },
// and every order ends with the primary key, as ours does, so the pages are the same rows.
const LIVE = 'condition: { deletedAt: null }';

export const QUERIES: ReferenceQuery[] = [
  {
    id: 'Q1',
    title: 'a page of 50 communities with name and population',
    request: {
      ours: (i) => gql('query($n: Int!) { communities(first: $n) { nodes { name population } } }', { n: i.page }, i.oursHeaders),
      postgraphile: (i) =>
        gql(`query($n: Int!) { allCommunities(first: $n, orderBy: [CODE_ASC, PRIMARY_KEY_ASC], ${LIVE}) { nodes { name population } } }`, {
          n: i.page,
        }),
      raw: (i) => raw('Q1', { n: i.page }),
    },
    answer: {
      ours: (b) => b.data.communities.nodes.map((c: Json) => [c.name, c.population]),
      postgraphile: (b) => b.data.allCommunities.nodes.map((c: Json) => [c.name, c.population]),
      raw: (b) => b.data.communities.map((c: Json) => [c.name, c.population]),
    },
  },
  {
    id: 'Q2',
    title: '50 communities, each with its first 20 workers, social and party organisations',
    request: {
      ours: (i) =>
        gql(
          `query($n: Int!) { communities(first: $n) { nodes { name
        workers(first: 20) { name } socialOrganizations(first: 20) { name } partyOrganizations(first: 20) { name } } } }`,
          { n: i.page },
          i.oursHeaders,
        ),
      postgraphile: (i) =>
        gql(
          `query($n: Int!) { allCommunities(first: $n, orderBy: [CODE_ASC, PRIMARY_KEY_ASC], ${LIVE}) { nodes { name
        communityWorkersByCommunityId(first: 20, orderBy: [NAME_ASC, PRIMARY_KEY_ASC], ${LIVE}) { nodes { name } }
        socialOrganizationsByCommunityId(first: 20, orderBy: [NAME_ASC, PRIMARY_KEY_ASC], ${LIVE}) { nodes { name } }
        partyOrganizationsByCommunityId(first: 20, orderBy: [NAME_ASC, PRIMARY_KEY_ASC], ${LIVE}) { nodes { name } } } } }`,
          { n: i.page },
        ),
      raw: (i) => raw('Q2', { n: i.page }),
    },
    answer: {
      ours: (b) =>
        b.data.communities.nodes.map((c: Json) => [c.name, names(c.workers), names(c.socialOrganizations), names(c.partyOrganizations)]),
      postgraphile: (b) =>
        b.data.allCommunities.nodes.map((c: Json) => [
          c.name,
          names(c.communityWorkersByCommunityId.nodes),
          names(c.socialOrganizationsByCommunityId.nodes),
          names(c.partyOrganizationsByCommunityId.nodes),
        ]),
      raw: (b) => b.data.communities.map((c: Json) => [c.name, c.workers, c.socialOrganizations, c.partyOrganizations]),
    },
  },
  {
    id: 'Q3',
    title: "one community with all its duty assignments and this year's budget lines",
    request: {
      ours: (i) =>
        gql(
          `query($id: ID!, $year: Int!) { community(id: $id) { name
        dutyAssignments { assignedOn status dutyItem { title } }
        budgetLines(filter: { fiscalYear: { eq: $year } }) { direction source category amount } } }`,
          { id: i.communityId, year: i.year },
          i.oursHeaders,
        ),
      postgraphile: (i) =>
        gql(
          `query($id: UUID!, $year: Int!) { communityByRowId(rowId: $id) { name
        dutyAssignmentsByCommunityId(orderBy: [ASSIGNED_ON_DESC, PRIMARY_KEY_ASC], ${LIVE}) { nodes { assignedOn status dutyItemByDutyItemId { title } } }
        budgetLinesByCommunityId(orderBy: [PRIMARY_KEY_ASC], condition: { deletedAt: null, fiscalYear: $year }) { nodes { direction source category amount } } } }`,
          { id: i.communityId, year: i.year },
        ),
      raw: (i) => raw('Q3', { id: i.communityId, year: i.year }),
    },
    answer: {
      ours: (b) =>
        shapeQ3(
          b.data.community.name,
          b.data.community.dutyAssignments.map((a: Json) => [a.assignedOn, a.status, a.dutyItem.title]),
          b.data.community.budgetLines,
        ),
      postgraphile: (b) => {
        const c = b.data.communityByRowId;
        return shapeQ3(
          c.name,
          c.dutyAssignmentsByCommunityId.nodes.map((a: Json) => [a.assignedOn, a.status, a.dutyItemByDutyItemId.title]),
          c.budgetLinesByCommunityId.nodes,
        );
      },
      raw: (b) =>
        shapeQ3(
          b.data.community.name,
          b.data.community.dutyAssignments.map((a: Json) => [a.assignedOn, a.status, a.dutyItem.title]),
          b.data.community.budgetLines,
        ),
    },
  },
  {
    id: 'Q4',
    title: 'budget income by source for one year, citywide',
    request: {
      ours: (i) =>
        gql(
          'query($year: Int!) { budgetSummary(year: $year, groupBy: [SOURCE], filter: { direction: { eq: INCOME } }) { rows { source income } } }',
          { year: i.year },
          i.oursHeaders,
        ),
      // PostGraphile's default preset has no aggregates: the idiomatic equivalent is a
      // SQL function it exposes as a root field (created by the bench, see yardsticks.ts).
      postgraphile: (i) => gql('query($year: Int!) { budgetTotalsBySource(year: $year) { nodes { source income } } }', { year: i.year }),
      raw: (i) => raw('Q4', { year: i.year }),
    },
    answer: {
      ours: (b) => totals(b.data.budgetSummary.rows),
      postgraphile: (b) => totals(b.data.budgetTotalsBySource.nodes),
      raw: (b) => totals(b.data.rows),
    },
  },
  search('Q5', 'pinyin'),
  search('Q6', 'characters'),
  search('Q7', 'initials'),
];

function search(id: string, by: SearchBy): ReferenceQuery {
  return {
    id,
    title: `search of workers by ${by}, ranked, a page of 20 (issue 19)`,
    request: {
      ours: (i) =>
        gql('query($s: String) { communityWorkers(search: $s, first: 20) { nodes { name } } }', { s: i.searches[by] }, i.oursHeaders),
      // The same ranking as a SQL function PostGraphile exposes (yardsticks.ts), as for Q4.
      // A one-column `returns table` is a scalar set to PostGraphile: its nodes are the names themselves.
      postgraphile: (i) => gql('query($s: String!) { searchWorkers(q: $s) { nodes } }', { s: i.searches[by] }),
      // The raw server's statement for Q5 takes any text: one statement of search for all three.
      raw: (i) => raw('Q5', { s: i.searches[by] }),
    },
    answer: {
      ours: (b) => names(b.data.communityWorkers.nodes),
      postgraphile: (b) => b.data.searchWorkers.nodes as string[],
      raw: (b) => names(b.data.workers),
    },
  };
}

function shapeQ3(name: string, assignments: unknown[], lines: Array<Record<string, string | null>>) {
  return [name, assignments, lines.map((l) => [l.direction, l.source, l.category, money(l.amount)])];
}

function totals(rows: Array<{ source: string | null; income: string | number }>) {
  return rows
    .filter((r) => r.source !== null)
    .map((r) => [r.source, money(r.income)])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}
