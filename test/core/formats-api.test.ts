import { describe, expect, it } from 'vitest';
import { useSmallCity } from '../support/fixtures';
import { sql } from '../support/sql';
import { ok, userViewer } from '../support/test-app';

// The declared formats through the API: BAD_USER_INPUT at the field, nothing written, values stored in one form.
const env = useSmallCity();

const count = async (plural: string) => ok(await env.t.gql(`{ ${plural} { totalCount } }`))[plural].totalCount as number;

async function refused(type: string, plural: string, input: Record<string, unknown>) {
  const before = await count(plural);
  const res = await env.t.gql(`mutation($input: ${type}CreateInput!) { create${type}(input: $input) { id } }`, { input });
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(await count(plural)).toBe(before);
  return res.errors?.[0].extensions?.fields as Array<{ path: string; message: string }>;
}

const worker = (extra: Record<string, unknown>) => ({
  communityId: env.city.communities[0],
  name: '测试员',
  employmentType: 'GRID_WORKER',
  ...extra,
});
const org = (extra: Record<string, unknown>) => ({
  communityId: env.city.communities[0],
  name: `测试协会${Math.random()}`,
  category: 'VOLUNTEER',
  ...extra,
});

describe('居民身份证号码 at the field', () => {
  it('names the failing part of the number', async () => {
    expect(await refused('CommunityWorker', 'communityWorkers', worker({ idNumber: '110105194912310021' }))).toEqual([
      {
        path: 'input.idNumber',
        message: '身份证号 (idNumber) is not a valid 居民身份证号码 (GB 11643 resident identity number): check digit should be X',
      },
    ]);
    const legacy = await refused('CommunityWorker', 'communityWorkers', worker({ idNumber: '110105491231002' }));
    expect(legacy).toEqual([{ path: 'input.idNumber', message: expect.stringContaining('18-digit numbers are required') }]);
    const date = await refused('PartyMember', 'partyMembers', {
      organizationId: env.city.partyOrgs[1],
      name: '钱七',
      idNumber: '110101199002301236',
    });
    expect(date).toEqual([{ path: 'input.idNumber', message: expect.stringContaining('birth date 19900230 is not a real date') }]);
  });

  it('must agree with birth year and gender, without echoing the number', async () => {
    const fields = await refused(
      'CommunityWorker',
      'communityWorkers',
      worker({ idNumber: '11010519491231002X', birthYear: 1950, gender: 'MALE' }),
    );
    expect(fields).toEqual([
      { path: 'input.idNumber', message: expect.stringMatching(/does not agree with birthYear \(1950\) and gender \(MALE\)/) },
    ]);
    expect(JSON.stringify(fields)).not.toContain('1949');
  });

  it('stores a lowercase x as X when it agrees', async () => {
    const { createCommunityWorker } = ok(
      await env.t.gql(
        'mutation($input: CommunityWorkerCreateInput!) { createCommunityWorker(input: $input) { idNumber @reveal(purpose: CORRECT_RECORD) birthYear gender } }',
        {
          input: worker({ idNumber: '11010519491231002x', birthYear: 1949, gender: 'FEMALE' }),
        },
      ),
    );
    expect(createCommunityWorker).toEqual({ idNumber: '11010519491231002X', birthYear: 1949, gender: 'FEMALE' });
  });
});

describe('phones at the field', () => {
  it('stores mobiles and landlines in one form', async () => {
    const make = async (phone: string) =>
      ok(
        await env.t.gql(
          'mutation($input: CommunityWorkerCreateInput!) { createCommunityWorker(input: $input) { phone @reveal(purpose: CORRECT_RECORD) } }',
          {
            input: worker({ phone }),
          },
        ),
      ).createCommunityWorker.phone;
    expect(await make('+86 138 1234 5678')).toBe('13812345678');
    expect(await make('(010) 12345678-123')).toBe('010-12345678-123');
    const id = env.city.socialOrgs[0];
    const updated = ok(
      await env.t.gql(
        'mutation($id: ID!) { updateSocialOrganization(id: $id, input: { contactPhone: "0571 8765 4321" }) { contactPhone @reveal(purpose: CORRECT_RECORD) } }',
        { id },
      ),
    );
    expect(updated.updateSocialOrganization.contactPhone).toBe('0571-87654321');
  });

  it('refuses what is no mainland number, saying why', async () => {
    const fields = await refused('CommunityWorker', 'communityWorkers', worker({ phone: '12012345678' }));
    expect(fields).toEqual([{ path: 'input.phone', message: expect.stringContaining('starts 13 to 19') }]);
    const org2 = await refused('SocialOrganization', 'socialOrganizations', org({ contactPhone: '010-123' }));
    expect(org2).toEqual([{ path: 'input.contactPhone', message: expect.stringContaining('landline (座机)') }]);
  });
});

describe('统一社会信用代码 at the field', () => {
  it('is required for a registered organisation, and only for one', async () => {
    expect(await refused('SocialOrganization', 'socialOrganizations', org({ registration: 'REGISTERED' }))).toEqual([
      { path: 'input.creditCode', message: 'required for a registered (登记) organisation' },
    ]);
    const filed = await refused(
      'SocialOrganization',
      'socialOrganizations',
      org({ registration: 'FILED', creditCode: '91350100M000100Y43' }),
    );
    expect(filed).toEqual([{ path: 'input.creditCode', message: expect.stringContaining('must be empty unless') }]);
  });

  it('names a wrong check character or character', async () => {
    const check = await refused(
      'SocialOrganization',
      'socialOrganizations',
      org({ registration: 'REGISTERED', creditCode: '91350100M000100Y44' }),
    );
    expect(check).toEqual([
      {
        path: 'input.creditCode',
        message:
          '统一社会信用代码 (creditCode) is not a valid 统一社会信用代码 (GB 32100 unified social credit code): check character should be 3',
      },
    ]);
    const alphabet = await refused(
      'SocialOrganization',
      'socialOrganizations',
      org({ registration: 'REGISTERED', creditCode: '91350100M000100S43' }),
    );
    expect(alphabet[0].message).toContain('character 16 (S) is not allowed');
  });

  it('stores it in capitals, readable by anyone, unique as every unique field is', async () => {
    const created = ok(
      await env.t.gql('mutation($input: SocialOrganizationCreateInput!) { createSocialOrganization(input: $input) { id creditCode } }', {
        input: org({ registration: 'REGISTERED', creditCode: '9135 0100 m000 100y 43' }),
      }),
    ).createSocialOrganization;
    expect(created.creditCode).toBe('91350100M000100Y43');
    const dup = await refused(
      'SocialOrganization',
      'socialOrganizations',
      org({ registration: 'REGISTERED', creditCode: '91350100M000100Y43' }),
    );
    expect(dup).toEqual([
      { path: 'input.creditCode', message: '统一社会信用代码 (creditCode) is already used by another SocialOrganization' },
    ]);
  });
});

describe('a refusal tells a writer nothing about a field it may not read', () => {
  // Staff may not read identity numbers (RESTRICTED) but may edit gender, birth year and names.
  const staff = () => userViewer('COMMUNITY_STAFF', { communityId: env.city.communities[0] });
  const make = async (idNumber: string, gender: string) =>
    ok(
      await env.t.gql('mutation($input: CommunityWorkerCreateInput!) { createCommunityWorker(input: $input) { id version } }', {
        input: worker({ idNumber, birthYear: 1949, gender }),
      }),
    ).createCommunityWorker as { id: string; version: number };
  const edit = (id: string, input: Record<string, unknown>) =>
    env.t.gql(
      'mutation($id: ID!, $input: CommunityWorkerUpdateInput!) { updateCommunityWorker(id: $id, input: $input) { gender } }',
      { id, input },
      staff(),
    );

  it("answers a staff member's change of gender the same whether or not it agrees with the stored number", async () => {
    const woman = await make('11010519491231002X', 'FEMALE'); // even 17th digit
    const man = await make('440524194901010010', 'MALE'); // odd 17th digit
    const a = await edit(woman.id, { gender: 'MALE' });
    const b = await edit(man.id, { gender: 'MALE' });
    expect(a).toEqual(b);
    expect(a.errors).toBeUndefined();
  });

  it('does not refuse an unrelated edit because a stored number fails a newer rule, nor say so', async () => {
    const { id } = await make('11010519491231002X', 'FEMALE');
    // A number stored before GB 11643 was checked (wrong check digit), as an old import left it.
    await sql(env.t.url, 'update community_worker set id_number = $2 where id = $1', [id, '110105194912310021']);
    const res = await edit(id, { name: '改名者' });
    expect(res.errors).toBeUndefined();
    // Restoring it after a delete is not refused for it either.
    ok(await env.t.gql('mutation($id: ID!) { deleteCommunityWorker(id: $id) }', { id }, staff()));
    const restored = await env.t.gql('mutation($id: ID!) { restoreCommunityWorker(id: $id) { id } }', { id }, staff());
    expect(restored.errors).toBeUndefined();
  });

  it('still compares the number with the record when the write sets the number', async () => {
    const { id } = await make('11010519491231002X', 'FEMALE');
    const res = await env.t.gql('mutation($id: ID!) { updateCommunityWorker(id: $id, input: { idNumber: "440524194901010010" }) { id } }', {
      id,
    });
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.idNumber', message: expect.stringContaining('does not agree with gender (FEMALE)') },
    ]);
  });
});
