import { describe, expect, it } from 'vitest';
import { idCheckChar } from '../../server/src/core/declare/formats';
import { MASKS } from '../../server/src/core/declare';
import type { Viewer } from '../../server/src/core/access/viewer';
import { useSmallCity } from '../support/fixtures';
import { ANONYMOUS, ok, userViewer, type GqlResult } from '../support/test-app';

// Issue 19, duplicate people: a write that sets an identity number another live person holds warns
// (extensions.warnings), never refuses; ADMIN and AUDITOR get the duplicates report.
const env = useSmallCity();

/** A valid 居民身份证号码 born 1985-05-05 (its 17th digit odd: male), one per `seq`. */
const idNumber = (seq: number) => {
  const first17 = `11010119850505${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
};
const warningsOf = (res: GqlResult) => res.extensions?.warnings as unknown[] | undefined;

const createWorker = (input: Record<string, unknown>, viewer?: Viewer) =>
  env.t.gql(
    'mutation($i: CommunityWorkerCreateInput!) { createCommunityWorker(input: $i) { id } }',
    { i: { employmentType: 'GRID_WORKER', ...input } },
    viewer,
  );
const createMember = (input: Record<string, unknown>) =>
  env.t.gql('mutation($i: PartyMemberCreateInput!) { createPartyMember(input: $i) { id } }', {
    i: { organizationId: env.city.partyOrgs[1], status: 'FULL', ...input },
  });
const staff = () => userViewer('COMMUNITY_STAFF', { communityId: env.city.communities[0] });

describe('the POSSIBLE_DUPLICATE warning', () => {
  it('names the other record to ADMIN, across communities, and writes anyway', async () => {
    const n = idNumber(11);
    const first = await createWorker({ communityId: env.city.communities[0], name: '周敏', idNumber: n });
    expect(warningsOf(first)).toBeUndefined();
    const second = await createWorker({ communityId: env.city.communities[2], name: '周敏', idNumber: n });
    expect(ok(second).createCommunityWorker.id).toBeTruthy();
    expect(warningsOf(second)).toEqual([
      {
        path: ['createCommunityWorker'],
        field: 'input.idNumber',
        code: 'POSSIBLE_DUPLICATE',
        message: expect.stringMatching(
          /possible duplicate: the same ID number \(idNumber\) is held by Community worker \(社区工作者\) 周敏 \(T东湖社区\)/,
        ),
      },
    ]);
  });

  it('compares across types: a worker who is also a party member, a member entered twice', async () => {
    const n = idNumber(21);
    await createWorker({ communityId: env.city.communities[1], name: '孙丽', idNumber: n });
    const member = await createMember({ name: '孙丽', idNumber: n });
    expect(ok(member).createPartyMember.id).toBeTruthy();
    expect(warningsOf(member)).toEqual([
      expect.objectContaining({ field: 'input.idNumber', message: expect.stringContaining('孙丽 (T南苑社区)') }),
    ]);
    const again = await createMember({ name: '孙丽', idNumber: n });
    const [w] = warningsOf(again) as Array<{ message: string }>;
    expect(w.message).toContain('Community worker (社区工作者) 孙丽 (T南苑社区)');
    expect(w.message).toContain('Party member (党员) 孙丽 (T东湖社区)');
  });

  it('warns on an update that sets the number, at the alias it was asked under', async () => {
    const n = idNumber(31);
    await createWorker({ communityId: env.city.communities[0], name: '吴刚', idNumber: n });
    const other = ok(await createWorker({ communityId: env.city.communities[2], name: '吴刚二' })).createCommunityWorker.id;
    const res = await env.t.gql(`mutation { edit: updateCommunityWorker(id: "${other}", input: { idNumber: "${n}" }) { id } }`);
    expect(warningsOf(res)).toEqual([expect.objectContaining({ path: ['edit'], code: 'POSSIBLE_DUPLICATE' })]);
  });

  it('says nothing on edits that do not set the number, for ADMIN and for staff', async () => {
    const n = idNumber(41);
    const a = ok(await createWorker({ communityId: env.city.communities[0], name: '郑洁', idNumber: n })).createCommunityWorker.id;
    const edit = (viewer?: Viewer) =>
      env.t.gql(`mutation { updateCommunityWorker(id: "${a}", input: { phone: "13700001111", name: "郑洁" }) { name } }`, {}, viewer);
    // Staff may not read the number: their edit must answer the same with and without a hidden duplicate.
    const alone = await edit(staff());
    await createMember({ name: '郑洁', idNumber: n });
    const duplicated = await edit(staff());
    expect(duplicated).toEqual(alone);
    expect(warningsOf(duplicated)).toBeUndefined();
    expect(warningsOf(await edit())).toBeUndefined();
    // Staff sending the stored number back are refused like any other value: success would confirm it.
    for (const value of [n, idNumber(42), null]) {
      const probe = await env.t.gql(
        'mutation($v: String) { updateCommunityWorker(id: "' + a + '", input: { idNumber: $v }) { id } }',
        { v: value },
        staff(),
      );
      expect(probe.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    // Writing the same number again changes nothing: no comparison either.
    const same = await env.t.gql(`mutation { updateCommunityWorker(id: "${a}", input: { idNumber: "${n}" }) { id } }`);
    expect(warningsOf(same)).toBeUndefined();
  });

  it('refuses staff who try to set the number before anything is compared', async () => {
    const n = idNumber(51);
    await createWorker({ communityId: env.city.communities[1], name: '冯军', idNumber: n });
    const res = await createWorker({ communityId: env.city.communities[0], name: '冯军', idNumber: n }, staff());
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.extensions).toBeUndefined();
  });

  it('leaves deleted records out', async () => {
    const n = idNumber(61);
    const a = ok(await createWorker({ communityId: env.city.communities[0], name: '陈晨', idNumber: n })).createCommunityWorker.id;
    ok(await env.t.gql(`mutation { deleteCommunityWorker(id: "${a}") }`));
    expect(warningsOf(await createWorker({ communityId: env.city.communities[1], name: '陈晨', idNumber: n }))).toBeUndefined();
  });

  it('warns of two rows of one import holding the same number, at each row', async () => {
    const n = idNumber(71);
    const row = (name: string) => ({ communityId: env.city.communities[0], name, employmentType: 'OTHER', idNumber: n });
    const res = await env.t.gql('mutation($r: [CommunityWorkerCreateInput!]!) { importCommunityWorkers(rows: $r) { id } }', {
      r: [row('杨一'), row('杨二')],
    });
    expect(ok(res).importCommunityWorkers).toHaveLength(2);
    expect((warningsOf(res) as Array<{ field: string; path: string[] }>).map((w) => [w.path, w.field])).toEqual([
      [['importCommunityWorkers'], 'rows.0.idNumber'],
      [['importCommunityWorkers'], 'rows.1.idNumber'],
    ]);
  });
});

const REPORT = '{ duplicatePeople(first: 500) { by values records { type id name community } } }';

describe('the duplicates report', () => {
  it('is for ADMIN and AUDITOR only', async () => {
    expect(ok(await env.t.gql(REPORT, {}, userViewer('AUDITOR'))).duplicatePeople.length).toBeGreaterThan(0);
    const refused: Viewer[] = [
      staff(),
      userViewer('CENTER_ADMIN', { serviceCenterId: env.city.centers[0] }),
      { kind: 'partner', keyId: '00000000-0000-4000-8000-0000000000aa', name: 'p', scopes: ['people', 'org'], allowedDocuments: null },
      ANONYMOUS,
    ];
    for (const viewer of refused) {
      const res = await env.t.gql(REPORT, {}, viewer);
      expect(res.errors?.[0].extensions?.code, JSON.stringify(viewer)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
  });

  it('groups live records by number across types, and workers by name and birth year', async () => {
    const n = idNumber(81);
    const w = ok(await createWorker({ communityId: env.city.communities[2], name: '钱进', idNumber: n })).createCommunityWorker.id;
    const m = ok(await createMember({ name: '钱进', idNumber: n })).createPartyMember.id;
    const y1 = ok(await createWorker({ communityId: env.city.communities[0], name: '何平', birthYear: 1970 })).createCommunityWorker.id;
    const y2 = ok(await createWorker({ communityId: env.city.communities[2], name: ' 何平', birthYear: 1970 })).createCommunityWorker.id;
    const y3 = ok(await createWorker({ communityId: env.city.communities[1], name: '何平', birthYear: 1970 })).createCommunityWorker.id;
    ok(await env.t.gql(`mutation { deleteCommunityWorker(id: "${y3}") }`));
    await createWorker({ communityId: env.city.communities[1], name: '何平', birthYear: 1971 });
    const groups = ok(await env.t.gql(REPORT)).duplicatePeople as Array<{ by: string[]; values: string[]; records: unknown[] }>;
    // The number shows masked, as the field reads without @reveal.
    const byNumber = groups.find(
      (g) => g.values[0] === MASKS.idNumber.js(n) && (g.records as Array<{ id: string }>).some((r) => r.id === w),
    )!;
    expect(byNumber.by).toEqual(['idNumber']);
    expect(byNumber.records).toEqual(
      expect.arrayContaining([
        { type: 'CommunityWorker', id: w, name: '钱进', community: 'T西山社区' },
        { type: 'PartyMember', id: m, name: '钱进', community: 'T东湖社区' },
      ]),
    );
    expect(byNumber.records).toHaveLength(2);
    const byName = groups.find((g) => g.by.join() === 'name,birthYear' && g.values[0] === '何平')!;
    expect(byName.values).toEqual(['何平', '1970']);
    expect((byName.records as Array<{ id: string }>).map((r) => r.id).sort()).toEqual([y1, y2].sort());
    // Number groups come first.
    expect(groups.findIndex((g) => g.by.length > 1)).toBeGreaterThan(groups.findIndex((g) => g.by[0] === 'idNumber'));
    expect(ok(await env.t.gql('{ duplicatePeople(first: 1) { by } }')).duplicatePeople).toHaveLength(1);
  });
});
