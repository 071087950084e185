import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/src/app';
import type { Viewer } from '../../server/src/core/access/viewer';
import { allRecords, inverseListsOf, recordOf, type RecordDecl } from '../../server/src/core/declare';
import { rolePolicy } from '../../server/src/modules/auth';
import { loadDemo } from '../../seeds/demo';
import { ANONYMOUS, ok, runAs, startTestApp, testConfig, userViewer, type TestApp } from '../support/test-app';

/**
 * The one-statement path (core/one-statement) must answer exactly as the
 * resolvers do. Two apps on the same database, the demo district with some
 * soft-deleted rows: `t` with one-statement reads, `general` without. Every
 * record type is read by every kind of viewer, with the fields that viewer may
 * read everywhere (those compile) and with all fields (those that may not fall
 * back); the answers, errors included, must be the same text.
 */
let t: TestApp;
let general: App;
const firstIds = new Map<string, string>();

beforeAll(async () => {
  t = await startTestApp();
  await loadDemo(t.app.orm);
  const sql = t.app.orm.em.getConnection();
  // A deleted worker (lists leave it out) and a deleted centre that communities still reference (references show it).
  await sql.execute('update community_worker set deleted_at = now() where id = (select id from community_worker order by name limit 1)');
  await sql.execute(
    'update service_center set deleted_at = now() where id = (select service_center_id from community order by code limit 1)',
  );
  general = await createApp({ ...t.app.config, oneStatementReads: false }, t.url);
  for (const d of allRecords()) {
    const rows = await sql.execute(
      `select id from "${t.app.orm.em.getMetadata().find(d.cls.name)!.tableName}" where deleted_at is null order by id limit 1`,
    );
    if (rows[0]) firstIds.set(d.name, rows[0].id as string);
  }
}, 120_000);
afterAll(async () => {
  await general?.close();
  await t?.close();
});

const VIEWERS: Array<[string, Viewer]> = [
  ['admin', userViewer('ADMIN')],
  ['auditor', userViewer('AUDITOR')],
  ['centre admin', userViewer('CENTER_ADMIN', { serviceCenterId: '00000000-0000-4000-8000-000000000009' })],
  ['community staff', userViewer('COMMUNITY_STAFF', { communityId: '00000000-0000-4000-8000-000000000008' })],
  [
    'partner (community, people)',
    { kind: 'partner', keyId: '00000000-0000-4000-8000-00000000000a', name: 'p', scopes: ['community', 'people'], allowedDocuments: null },
  ],
  ['anonymous', ANONYMOUS],
];

/** A selection of `decl`: every field, or only those `viewer` may read in every row. */
function selection(decl: RecordDecl, viewer: Viewer, onlyReadable: boolean, depth = 0): string {
  const policy = rolePolicy(viewer, t.app.orm.em.fork());
  const readable = (d: RecordDecl, f: string) => !onlyReadable || policy.readsEverywhere(d, f);
  const fields = ['__typename', 'id', 'version', ...decl.attrs.filter((a) => a.name !== 'id' && readable(decl, a.name)).map((a) => a.name)];
  for (const ref of decl.refs) {
    if (!readable(decl, ref.name)) continue;
    fields.push(`${ref.name}Id`);
    if (depth === 0) fields.push(`${ref.name} { ${selection(recordOf(ref.target()), viewer, onlyReadable, 1)} }`);
  }
  if (depth === 0) {
    for (const [name, inv] of inverseListsOf(decl)) {
      if (readable(decl, name)) fields.push(`${name}(first: 3) { ${selection(inv.child, viewer, onlyReadable, 1)} }`);
    }
  }
  return fields.join(' ');
}

/** The answer as text; errors sorted, since the resolvers finish (and report) fields in no fixed order. */
const asText = (result: { data?: unknown; errors?: readonly unknown[] }) =>
  JSON.stringify({ ...result, ...(result.errors ? { errors: result.errors.map((e) => JSON.stringify(e)).sort() } : {}) });

async function same(query: string, variables: Record<string, unknown>, viewer: Viewer): Promise<{ statements: number; body: string }> {
  t.queries.length = 0;
  const compiled = asText(await runAs(t.app, query, variables, viewer));
  const statements = t.queries.filter((q) => /\bselect\b/i.test(q)).length;
  const resolved = asText(await runAs(general, query, variables, viewer));
  expect(compiled).toBe(resolved);
  return { statements, body: compiled };
}

describe.each(VIEWERS)('one-statement reads as %s', (_label, viewer) => {
  it.each(allRecords().map((d) => [d.name, d] as const))(
    '%s: a page, a page further on, and one record, as the resolvers answer them',
    async (_name, decl) => {
      for (const onlyReadable of [true, false]) {
        const sel = selection(decl, viewer, onlyReadable);
        const sortable = decl.attrs.find((a) => a.sortable && a.name !== 'id')?.name ?? 'createdAt';
        const page = await same(
          `{ list: ${decl.plural}(first: 7, orderBy: [{ ${sortable}: DESC }]) { totalCount __typename nodes { ${sel} } edges { cursor } pageInfo { hasNextPage endCursor } } }`,
          {},
          viewer,
        );
        await same(`query($n: Int) { ${decl.plural}(first: $n, offset: 2) { nodes { ${sel} } } }`, { n: 3 }, viewer);
        const id = firstIds.get(decl.name);
        const one = id ? await same(`query($id: ID!) { one: ${decl.single}(id: $id) { ${sel} } }`, { id }, viewer) : undefined;
        if (onlyReadable) {
          // What the viewer may read everywhere is answered by exactly one statement.
          expect(page.statements, page.body).toBe(1);
          if (one) expect(one.statements, one.body).toBe(1);
        }
      }
    },
  );
});

describe('one-statement reads of filters, cursors, deleted rows and fragments', () => {
  const admin = userViewer('ADMIN');
  const cases: Array<[string, string, Record<string, unknown>?]> = [
    [
      'relation filter and or',
      `{ communities(filter: { or: [{ population: { gt: 20000 } }, { serviceCenter: { name: { contains: "中心" } } }] }, orderBy: [{ population: DESC }]) { totalCount nodes { code population serviceCenter { name deletedAt } } } }`,
    ],
    [
      'not and in',
      `query($codes: [String!]) { communities(filter: { not: { code: { in: $codes } } }) { nodes { code } } }`,
      { codes: ['DH-001', 'DH-002'] },
    ],
    ['deleted rows asked for', `{ communityWorkers(filter: { deletedAt: { isNull: false } }) { totalCount nodes { name deletedAt } } }`],
    [
      'child filter and order',
      `{ communities(first: 3) { nodes { code workers(filter: { employmentType: { eq: GRID_WORKER } }, orderBy: [{ name: DESC }]) { name employmentType } } } }`,
    ],
    [
      'decimals and dates',
      `{ budgetLines(first: 20, orderBy: [{ amount: DESC }]) { nodes { amount fiscalYear direction createdAt community { code } } } }`,
    ],
    [
      'fragments and aliases',
      `query { a: communities(first: 2) { ...page } b: communities(first: 2, offset: 2) { ...page } } fragment page on CommunityConnection { nodes { ... on Community { c: code } name } }`,
    ],
    ['two roots and a typename', `{ __typename serviceCenters(first: 2) { nodes { name } } dutyItems(first: 2) { nodes { code title } } }`],
    [
      'edges and pageInfo, ordered by money',
      `{ budgetLines(first: 5, orderBy: [{ amount: DESC }]) { edges { __typename cursor node { amount } } pageInfo { __typename hasNextPage endCursor } } }`,
    ],
    [
      'cursors of dates and instants',
      `{ dutyAssignments(first: 4, orderBy: [{ assignedOn: ASC }, { createdAt: DESC }]) { edges { cursor } pageInfo { endCursor hasNextPage } } }`,
    ],
    ['the last page', `{ communities(first: 50) { nodes { code } pageInfo { hasNextPage endCursor } } }`],
    [
      'an empty page',
      `{ communities(filter: { code: { eq: "none" } }) { edges { cursor } pageInfo { hasNextPage endCursor } totalCount } }`,
    ],
    ['only a count, of an empty page', `{ communities(filter: { code: { eq: "none" } }) { totalCount pageInfo { __typename } } }`],
    ['only a count', `{ communityWorkers { totalCount } }`],
    [
      'endCursor without hasNextPage, past an offset',
      `{ communityWorkers(first: 9, offset: 40, orderBy: [{ name: DESC }]) { nodes { name } pageInfo { endCursor } } }`,
    ],
    ['hasNextPage of a page that ends the list', `{ communities(first: 6, offset: 6) { pageInfo { hasNextPage } } }`],
    ['a missing record', `{ community(id: "00000000-0000-4000-8000-000000000000") { name } }`],
    // Searches (crud/search.ts): ranked by an expression the statement computes, cursors carrying the rank.
    [
      'a search by pinyin, ranked, with a count and cursors',
      `{ communityWorkers(search: "wang", first: 5) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`,
    ],
    [
      'a search of two characters (the pairs column)',
      `{ communityWorkers(search: "zh", first: 6) { totalCount nodes { name } pageInfo { endCursor } } }`,
    ],
    ['a search of one character', `{ communities(search: "社", first: 4) { nodes { name } edges { cursor } } }`],
    [
      'a search with an order of its own',
      `{ communities(search: "shequ", first: 3, orderBy: [{ population: DESC }]) { nodes { name population } pageInfo { hasNextPage endCursor } } }`,
    ],
  ];
  it.each(cases)('%s', async (label, query, variables = {}) => {
    for (const viewer of [admin, ANONYMOUS]) {
      const { statements, body } = await same(query, variables, viewer);
      if (viewer !== admin) continue;
      expect(JSON.parse(body).errors, body).toBeUndefined();
      expect(statements, body).toBe(1);
      // A search that finds nothing would prove little.
      if (label.startsWith('a search')) expect(body).toMatch(/"name":"/);
    }
  });

  /** Follows endCursor of communityWorkers page after page (at most `most`), each page compared on both paths. */
  async function pageThrough(list: string, most = Infinity): Promise<number> {
    const query = `query($after: String) { communityWorkers(${list}, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }`;
    let after: string | null = null;
    let pages = 0;
    while (pages < most) {
      const { statements, body } = await same(query, { after }, admin);
      expect(statements).toBe(1);
      const info = JSON.parse(body).data.communityWorkers.pageInfo;
      pages += 1;
      if (!info.hasNextPage) break;
      after = info.endCursor;
    }
    return pages;
  }

  it('pages through a whole list by cursor, page by page, as the resolvers do', async () => {
    expect(await pageThrough('first: 7, orderBy: [{ employmentType: ASC }]')).toBeGreaterThan(3);
  });

  it('pages through a search by cursor, the rank in each cursor, as the resolvers do', async () => {
    expect(await pageThrough('search: "z", first: 4', 12)).toBeGreaterThan(2);
  });

  it('leaves what it does not compile, and bad arguments, to the resolvers', async () => {
    const { body } = await same(`{ communities(first: 1000) { nodes { code } } }`, {}, admin);
    expect(JSON.parse(JSON.parse(body).errors[0]).extensions.code).toBe('BAD_USER_INPUT');
    const forbidden = await same(`{ communityWorkers(orderBy: [{ phone: ASC }]) { nodes { name } } }`, {}, ANONYMOUS);
    expect(JSON.parse(JSON.parse(forbidden.body).errors[0]).extensions.code).toBe('FORBIDDEN');
    const history = await same(`{ communities(first: 2) { nodes { code history { action } } } }`, {}, admin);
    expect(history.statements).toBeGreaterThan(1);
  });
});
