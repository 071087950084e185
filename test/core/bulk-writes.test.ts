import { describe, expect, it } from 'vitest';
import { useSmallCity } from '../support/fixtures';
import { ok, userViewer } from '../support/test-app';

const env = useSmallCity();
const AUDITOR = userViewer('AUDITOR', { id: '00000000-0000-4000-8000-0000000000a1' });

const live = async (plural: string, ids: string[]) =>
  ok(await env.t.gql(`query($ids: [ID!]) { ${plural}(filter: { id: { in: $ids } }) { nodes { id } } }`, { ids }))
    [plural].nodes.map((n: { id: string }) => n.id)
    .sort();
const actions = async (id: string) =>
  ok(
    await env.t.gql('query($f: AuditLogFilter) { auditLog(filter: $f, first: 50) { nodes { action } } }', { f: { recordId: id } }, AUDITOR),
  ).auditLog.nodes.map((e: { action: string }) => e.action);
const newCompounds = async (names: string[]) => {
  const ids: string[] = [];
  for (const name of names) {
    ids.push(
      ok(
        await env.t.gql('mutation($c: ID!, $n: String!) { createCompound(input: { communityId: $c, name: $n }) { id } }', {
          c: env.city.communities[0],
          n: name,
        }),
      ).createCompound.id,
    );
  }
  return ids;
};

describe('deleting and restoring several records at once', () => {
  it('deletes all of them in one transaction, each audited, and restores them the same way', async () => {
    const ids = await newCompounds(['批量甲', '批量乙', '批量丙']);
    expect(ok(await env.t.gql('mutation($ids: [ID!]!) { deleteCompounds(ids: $ids) }', { ids })).deleteCompounds).toBe(3);
    expect(await live('compounds', ids)).toEqual([]);
    const restored = ok(
      await env.t.gql('mutation($ids: [ID!]!) { restoreCompounds(ids: $ids) { id name deletedAt } }', { ids }),
    ).restoreCompounds;
    expect(restored.map((c: { name: string }) => c.name)).toEqual(['批量甲', '批量乙', '批量丙']);
    expect(await live('compounds', ids)).toEqual([...ids].sort());
    for (const id of ids) expect(await actions(id)).toEqual(['RESTORE', 'DELETE', 'CREATE']);
  });

  it('deletes none when one is refused, and names which one', async () => {
    // The first worker is still referenced (training, reviews, a party organisation's secretary); the second is not.
    const [referenced, free] = env.city.workers;
    const res = await env.t.gql('mutation($ids: [ID!]!) { deleteCommunityWorkers(ids: $ids) }', { ids: [free, referenced] });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { path: 'ids.1', message: expect.stringContaining(`${referenced} is still referenced by`) },
    ]);
    expect(await live('communityWorkers', [free, referenced])).toEqual([free, referenced].sort());
    expect(await actions(free)).toEqual(['CREATE']);
  });

  it('deletes records that point at each other, in any order, but not one others still point at', async () => {
    const create = async (input: string) =>
      ok(await env.t.gql(`mutation { createPartyOrganization(input: { ${input} }) { id } }`)).createPartyOrganization.id;
    const committee = await create(`name: "批量党委", kind: COMMITTEE, serviceCenterId: "${env.city.centers[0]}"`);
    const branch = await create(`name: "批量支部", kind: BRANCH, communityId: "${env.city.communities[0]}", parentId: "${committee}"`);
    const alone = await env.t.gql('mutation($ids: [ID!]!) { deletePartyOrganizations(ids: $ids) }', { ids: [committee] });
    expect(alone.errors?.[0].extensions?.fields).toEqual([{ path: 'ids.0', message: expect.stringContaining('still referenced by') }]);
    expect(
      ok(await env.t.gql('mutation($ids: [ID!]!) { deletePartyOrganizations(ids: $ids) }', { ids: [committee, branch] }))
        .deletePartyOrganizations,
    ).toBe(2);
    expect(await live('partyOrganizations', [committee, branch])).toEqual([]);
    // Back the same way: the branch first is fine when its committee comes back with it.
    const branchAlone = await env.t.gql('mutation($ids: [ID!]!) { restorePartyOrganizations(ids: $ids) { id } }', { ids: [branch] });
    expect(branchAlone.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((branchAlone.errors?.[0].extensions?.fields as Array<{ path: string }>)[0].path).toMatch(/^ids\.0\./);
    ok(await env.t.gql('mutation($ids: [ID!]!) { restorePartyOrganizations(ids: $ids) { id } }', { ids: [branch, committee] }));
    expect(await live('partyOrganizations', [committee, branch])).toEqual([committee, branch].sort());
  });

  it('restores none when one is not deleted, and refuses what the role may not touch', async () => {
    const ids = await newCompounds(['恢复甲', '恢复乙']);
    ok(await env.t.gql('mutation($id: ID!) { deleteCompound(id: $id) }', { id: ids[0] }));
    const res = await env.t.gql('mutation($ids: [ID!]!) { restoreCompounds(ids: $ids) { id } }', { ids });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await live('compounds', ids)).toEqual([ids[1]]);

    // Staff of the second community may not delete the first community's compound: neither goes.
    const other = ok(
      await env.t.gql('mutation($c: ID!) { createCompound(input: { communityId: $c, name: "别的社区" }) { id } }', {
        c: env.city.communities[1],
      }),
    ).createCompound.id;
    const staff = userViewer('COMMUNITY_STAFF', { id: '00000000-0000-4000-8000-0000000000b2', communityId: env.city.communities[1] });
    const refused = await env.t.gql('mutation($ids: [ID!]!) { deleteCompounds(ids: $ids) }', { ids: [other, ids[1]] }, staff);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await live('compounds', [other, ids[1]])).toEqual([other, ids[1]].sort());
  });

  it('refuses an empty list, too many ids and an id named twice, before anything runs', async () => {
    const [a] = await newCompounds(['重复']);
    const fields = async (ids: string[]) =>
      (await env.t.gql('mutation($ids: [ID!]!) { deleteCompounds(ids: $ids) }', { ids })).errors?.[0].extensions?.fields;
    expect(await fields([])).toEqual([{ path: 'ids', message: 'must name 1 to 500 records (got 0)' }]);
    expect(await fields(Array.from({ length: 501 }, () => a))).toEqual([{ path: 'ids', message: 'must name 1 to 500 records (got 501)' }]);
    expect(await fields([a, a])).toEqual([{ path: 'ids.1', message: `${a} is named twice` }]);
    expect(await live('compounds', [a])).toEqual([a]);
  });
});
