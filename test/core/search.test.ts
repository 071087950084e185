import { beforeAll, describe, expect, it } from 'vitest';
import { useSmallCity } from '../support/fixtures';
import { ANONYMOUS, ok, userViewer } from '../support/test-app';

// Pinyin search (issue 19): `search` on every list of a type with a string display name, and the top-level `search`.
const env = useSmallCity();

const names = async (search: string, extra = '', viewer = userViewer('ADMIN')) =>
  ok(await env.t.gql(`query($s: String) { communityWorkers(search: $s${extra}) { totalCount nodes { name } } }`, { s: search }, viewer))
    .communityWorkers as { totalCount: number; nodes: Array<{ name: string }> };

beforeAll(async () => {
  // One name per rank for `zw` (exact, prefix, initials 张伟, substring), and a polyphonic surname.
  for (const name of ['李zw', 'Zw测试', 'ZW', '单伟'])
    ok(
      await env.t.gql(`mutation($i: CommunityWorkerCreateInput!) { createCommunityWorker(input: $i) { id } }`, {
        i: { communityId: env.city.communities[0], name, employmentType: 'OTHER' },
      }),
    );
});

describe('search on a list', () => {
  it('finds by characters, full pinyin (spaces and case ignored) and initials', async () => {
    expect((await names('伟')).nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['张伟', '单伟']));
    for (const text of ['zhangwei', 'zhang wei', ' Zhang Wei ', 'zw'])
      expect((await names(text)).nodes.map((n) => n.name)).toContain('张伟');
    expect((await names('zhangwei')).nodes.map((n) => n.name)).toEqual(['张伟']);
  });

  it('finds two-character texts (looked up in the pairs column) as it finds longer ones', async () => {
    // Two characters make no trigram, so their substring band reads the pairs: the same rows.
    expect((await names('张伟')).nodes.map((n) => n.name)).toEqual(['张伟']);
    expect((await names('ZW')).nodes.map((n) => n.name)).toEqual((await names('zw')).nodes.map((n) => n.name));
    expect((await names('测试')).nodes.map((n) => n.name)).toEqual(['Zw测试']);
    expect((await names('gw')).nodes.map((n) => n.name)).toContain('张伟');
    expect((await names('z w')).nodes.map((n) => n.name)).toContain('张伟');
  });

  it('reads a surname as a surname (单 shan, not dan)', async () => {
    expect((await names('shanwei')).nodes.map((n) => n.name)).toEqual(['单伟']);
    expect((await names('danwei')).totalCount).toBe(0);
  });

  it('ranks exact > prefix > initials > substring, then the default order; with orderBy, the order given', async () => {
    const ranked = await names('zw');
    expect(ranked.nodes.map((n) => n.name)).toEqual(['ZW', 'Zw测试', '张伟', '李zw']);
    expect(ranked.totalCount).toBe(4);
    // Created in this order: 张伟 (the fixture), 李zw, Zw测试, ZW.
    const ordered = await names('zw', ', orderBy: [{ createdAt: DESC }]');
    expect(ordered.nodes.map((n) => n.name)).toEqual(['ZW', 'Zw测试', '李zw', '张伟']);
  });

  it('pages through the ranked list by cursor, and a cursor of another search does not open', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 6; i++) {
      const page: any = ok(
        await env.t.gql(
          `query($a: String) { communityWorkers(search: "zw", first: 1, after: $a) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`,
          { a: after },
        ),
      ).communityWorkers;
      expect(page.totalCount).toBe(4);
      seen.push(...page.nodes.map((n: { name: string }) => n.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      if (!after) break;
    }
    expect(seen).toEqual(['ZW', 'Zw测试', '张伟', '李zw']);
    const first: any = ok(await env.t.gql('{ communityWorkers(search: "zw", first: 1) { pageInfo { endCursor } } }')).communityWorkers;
    const other = await env.t.gql(`query($a: String) { communityWorkers(search: "zhang", first: 1, after: $a) { nodes { name } } }`, {
      a: first.pageInfo.endCursor,
    });
    expect(other.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the pinyin columns up to date on update, and out of the schema and the audit log', async () => {
    const [row] = (await names('李zw')).nodes;
    expect(row).toBeDefined();
    const id = ok(await env.t.gql('{ communityWorkers(search: "李zw") { nodes { id } } }')).communityWorkers.nodes[0].id;
    ok(await env.t.gql(`mutation { updateCommunityWorker(id: "${id}", input: { name: "刘洋" }) { id } }`));
    expect((await names('liuyang')).nodes.map((n) => n.name)).toEqual(['刘洋']);
    expect((await names('lzw')).totalCount).toBe(0);
    expect((await names('ly')).nodes.map((n) => n.name)).toContain('刘洋');
    expect((await names('李z')).totalCount).toBe(0);
    const history = ok(await env.t.gql(`{ communityWorker(id: "${id}") { history { changes { field } } } }`)).communityWorker.history;
    const fields = history.flatMap((h: { changes: Array<{ field: string }> }) => h.changes.map((c) => c.field));
    expect(fields).toContain('name');
    expect(fields.filter((f: string) => /pinyin|initials|pairs/i.test(f))).toEqual([]);
    const type = ok(await env.t.gql('{ __type(name: "CommunityWorker") { fields { name } } }')).__type;
    expect(type.fields.map((f: { name: string }) => f.name).filter((f: string) => /pinyin|initials|pairs/i.test(f))).toEqual([]);
  });

  it('is refused (FORBIDDEN) where the caller may not read the name, as a filter by it is', async () => {
    const r = await env.t.gql('{ communityWorkers(search: "zw") { totalCount nodes { id } } }', {}, ANONYMOUS);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(r.errors?.[0].path).toEqual(['communityWorkers']);
  });

  it('applies the row rules: anonymous callers find published duty items only', async () => {
    const titles = async (s: string, viewer = userViewer('ADMIN')) =>
      ok(await env.t.gql(`query($s: String) { dutyItems(search: $s) { totalCount nodes { title } } }`, { s }, viewer)).dutyItems;
    expect((await titles('jmys')).totalCount).toBe(1);
    expect((await titles('jmys', ANONYMOUS)).totalCount).toBe(0);
    expect((await titles('zuidi', ANONYMOUS)).nodes).toEqual([{ title: '最低生活保障审核' }]);
    const communities = ok(await env.t.gql('{ communities(search: "donghu") { nodes { name } } }', {}, ANONYMOUS)).communities;
    expect(communities.nodes).toEqual([{ name: 'T东湖社区' }]);
  });

  it('has no search argument on a type without a string name, and refuses an over-long text', async () => {
    const noArg = await env.t.gql('{ performanceReviews(search: "x") { totalCount } }');
    expect(noArg.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const long = await env.t.gql(`{ communities(search: "${'长'.repeat(101)}") { totalCount } }`);
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the top-level search', () => {
  const hits = async (text: string, viewer = userViewer('ADMIN'), types?: string[]) =>
    ok(
      await env.t.gql(
        'query($t: String!, $ty: [String!]) { search(text: $t, types: $ty, first: 50) { type id display rank } }',
        { t: text, ty: types ?? null },
        viewer,
      ),
    ).search as Array<{ type: string; display: string; rank: number }>;

  it('finds across types, best rank first', async () => {
    const found = await hits('donghu');
    expect(found.map((h) => h.type)).toEqual(expect.arrayContaining(['ServiceCenter', 'Community', 'PartyOrganization']));
    const ranks = found.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect((await hits('zhangwei', userViewer('ADMIN'), ['CommunityWorker'])).map((h) => [h.display, h.rank])).toEqual([['张伟', 3]]);
  });

  it('leaves out types whose name the caller may not read, and rows it may not see', async () => {
    expect((await hits('zw')).some((h) => h.type === 'CommunityWorker')).toBe(true);
    expect((await hits('zw', ANONYMOUS)).some((h) => h.type === 'CommunityWorker')).toBe(false);
    expect((await hits('jmys', ANONYMOUS)).length).toBe(0);
    expect((await hits('jmys')).map((h) => h.type)).toEqual(['DutyItem']);
  });
});
