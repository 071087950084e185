import { describe, expect, it } from 'vitest';
import type { AccessPolicy } from '../../server/src/core/access/policy';
import type { AppContext } from '../../server/src/core/context';
import { duplicateWarnings } from '../../server/src/core/crud/duplicate-warnings';
import { recordOf } from '../../server/src/core/declare';
import { idCheckChar } from '../../server/src/core/declare/formats';
import { rolePolicy } from '../../server/src/modules/auth';
import { useSmallCity } from '../support/fixtures';
import { ADMIN, ok, userViewer } from '../support/test-app';

/**
 * The neutral warning. No role today may set an identity number without also reading every
 * row (only ADMIN sets RESTRICTED fields), so no API caller can get it: it is shown here with
 * the function itself and a policy stub, ADMIN's rules but with one row hidden or its number
 * unreadable, as a future role bound to a community that may set numbers would see it.
 */
const env = useSmallCity();

const first17 = '11010119750303002';
const number = first17 + idCheckChar(first17);
const NEUTRAL = '身份证号可能与其他记录重复，请与服务中心核实 / possible duplicate: please check with the centre';

async function setUp(): Promise<{ hidden: string; seen: string; self: string }> {
  const create = async (communityId: string, name: string) =>
    ok(
      await env.t.gql('mutation($i: CommunityWorkerCreateInput!) { createCommunityWorker(input: $i) { id } }', {
        i: { communityId, name, employmentType: 'OTHER', idNumber: number },
      }),
    ).createCommunityWorker.id as string;
  return {
    hidden: await create(env.city.communities[2], '隐藏者'),
    seen: await create(env.city.communities[0], '可见者'),
    self: await create(env.city.communities[0], '本人'),
  };
}

function contextWith(override: Partial<AccessPolicy>): AppContext {
  const em = env.t.app.orm.em.fork();
  const viewer = userViewer('COMMUNITY_STAFF', { communityId: env.city.communities[0] });
  const access = { ...rolePolicy(ADMIN, em), ...override };
  return { em, viewer, access, config: env.t.app.config } as AppContext;
}

const warn = (ctx: AppContext, self: string) =>
  duplicateWarnings(ctx.em, ctx, recordOf('CommunityWorker'), {
    id: self,
    values: { idNumber: number },
    field: 'input',
    at: ['updateCommunityWorker'],
  });

describe('the neutral duplicate warning (policy stub)', () => {
  it('names readable holders and hints at the others with the same neutral words', async () => {
    const { hidden, seen, self } = await setUp();
    // The hidden holder's number is not readable there (as a field readable only in own rows would be).
    const unreadable = contextWith({ canReadField: (_d, field, row) => !(field === 'idNumber' && (row as { id: string }).id === hidden) });
    const warnings = await warn(unreadable, self);
    expect(warnings).toHaveLength(2);
    expect(warnings[0].message).toContain('可见者 (T东湖社区)');
    expect(warnings[1]).toEqual({ path: ['updateCommunityWorker'], field: 'input.idNumber', code: 'POSSIBLE_DUPLICATE', message: NEUTRAL });
    const all = JSON.stringify(warnings);
    for (const secret of ['隐藏者', 'T西山社区', hidden]) expect(all).not.toContain(secret);

    // A row outside the caller's row scope is hinted at the same way.
    const outOfScope = contextWith({ rowFilter: () => ({ id: { $nin: [hidden, seen] } }) });
    expect(await warn(outOfScope, self)).toEqual([expect.objectContaining({ message: NEUTRAL })]);
  });

  it('compares only writes that set the number', async () => {
    const ctx = contextWith({});
    const decl = recordOf('CommunityWorker');
    const unchanged = await duplicateWarnings(ctx.em, ctx, decl, {
      id: '00000000-0000-4000-8000-000000000000',
      values: { idNumber: number, name: 'x' },
      changed: new Set(['name']),
      field: 'input',
      at: [],
    });
    expect(unchanged).toEqual([]);
  });
});
