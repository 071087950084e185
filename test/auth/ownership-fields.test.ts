import { describe, expect, it } from 'vitest';
import { allRecords, recordOf, type RecordDecl } from '../../server/src/core/declare';
import { sql } from '../support/sql';
import { useSmallCity } from '../support/fixtures';
import { ok, userViewer, type GqlResult } from '../support/test-app';

/**
 * Issue 12, defect 5: staff could set their own community's serviceCenterId to another
 * centre, which handed every PERSONAL and FINANCIAL field of the community to the other
 * centre's admin. A reference that other rows' ownership runs through is changed only by
 * a caller who owns both the old and the new target; it is declared (`decidesOwnership`).
 */

/**
 * Which references decide who owns other rows, derived here from the owner paths alone:
 * every reference an owner path runs through after its first step (PartyMember's
 * `organization.community` makes PartyOrganization.community one), and a community's
 * centre, through which centre admins own every row that ends at a community.
 */
function derivedOwnershipRefs(): string[] {
  const found = new Set<string>();
  for (const decl of allRecords()) {
    for (const path of decl.owner) {
      let cur: RecordDecl = decl;
      const segments = path === 'id' ? [] : path.split('.');
      segments.forEach((seg, i) => {
        if (i > 0) found.add(`${cur.name}.${seg}`);
        cur = recordOf(cur.refs.find((r) => r.name === seg)!.target());
      });
      if (cur.name === 'Community') {
        const centre = cur.refs.find((r) => recordOf(r.target()).name === 'ServiceCenter');
        if (centre) found.add(`Community.${centre.name}`);
      }
    }
  }
  return [...found].sort();
}

const declared = () =>
  allRecords()
    .flatMap((d) => d.refs.filter((r) => r.decidesOwnership).map((r) => `${d.name}.${r.name}`))
    .sort();

describe('references that decide ownership', () => {
  it('are exactly those the owner paths run through, so a new owner path cannot forget its flag', () => {
    expect(derivedOwnershipRefs()).toEqual([
      'Community.serviceCenter',
      'CommunityWorker.community',
      'PartyOrganization.community',
      'PartyOrganization.serviceCenter',
    ]);
    expect(declared()).toEqual(derivedOwnershipRefs());
  });
});

describe('moving a community to another centre', () => {
  const env = useSmallCity();
  const UPDATE = 'mutation($id: ID!, $i: CommunityUpdateInput!) { updateCommunity(id: $id, input: $i) { id serviceCenterId } }';
  const centreOf = async (id: string) => (await sql(env.t.url, 'select service_center_id, version from community where id = $1', [id]))[0];
  const codes = (res: GqlResult) => res.errors?.map((e) => e.extensions?.code);

  it('is refused to the community’s own staff, who may still edit the rest of it', async () => {
    const [own] = env.city.communities;
    const staff = userViewer('COMMUNITY_STAFF', { id: '00000000-0000-4000-8000-0000000000e1', communityId: own });
    const was = await centreOf(own);
    const res = await env.t.gql(UPDATE, { id: own, i: { serviceCenterId: env.city.centers[1] } }, staff);
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0].message).toContain('Community.serviceCenter');
    expect(await centreOf(own)).toEqual(was);
    // Naming the centre it already has changes nothing and is fine, and so is the rest.
    ok(await env.t.gql(UPDATE, { id: own, i: { serviceCenterId: env.city.centers[0], address: '湖滨路 1 号' } }, staff));
  });

  it('is refused to the admin of either centre alone, and done by ADMIN', async () => {
    const [own] = env.city.communities;
    for (const serviceCenterId of env.city.centers) {
      const centreAdmin = userViewer('CENTER_ADMIN', { id: '00000000-0000-4000-8000-0000000000e2', serviceCenterId });
      expect(codes(await env.t.gql(UPDATE, { id: own, i: { serviceCenterId: env.city.centers[1] } }, centreAdmin))).toEqual(['FORBIDDEN']);
    }
    expect(ok(await env.t.gql(UPDATE, { id: own, i: { serviceCenterId: env.city.centers[1] } })).updateCommunity.serviceCenterId).toBe(
      env.city.centers[1],
    );
    ok(await env.t.gql(UPDATE, { id: own, i: { serviceCenterId: env.city.centers[0] } }));
  });

  it('lets a centre admin move a worker between two communities of its own centre', async () => {
    const [a, b] = env.city.communities; // both in the first centre
    const centreAdmin = userViewer('CENTER_ADMIN', { id: '00000000-0000-4000-8000-0000000000e3', serviceCenterId: env.city.centers[0] });
    const moved = ok(
      await env.t.gql(
        'mutation($id: ID!, $c: ID!) { updateCommunityWorker(id: $id, input: { communityId: $c }) { communityId } }',
        { id: env.city.workers[1], c: b },
        centreAdmin,
      ),
    );
    expect(moved.updateCommunityWorker.communityId).toBe(b);
    ok(
      await env.t.gql(
        'mutation($id: ID!, $c: ID!) { updateCommunityWorker(id: $id, input: { communityId: $c }) { communityId } }',
        { id: env.city.workers[1], c: a },
        centreAdmin,
      ),
    );
  });

  // The console shows a field as editable from `permissions`: it must not offer a move the write rules refuse.
  const write = async (viewer: ReturnType<typeof userViewer>, type: string, field: string) => {
    const p = ok(await env.t.gql('{ permissions { types { type fields { name write } } } }', {}, viewer)).permissions;
    return p.types.find((t: { type: string }) => t.type === type).fields.find((f: { name: string }) => f.name === field).write as boolean;
  };
  it('staff: not their community’s centre, nor a worker’s community; a centre admin: a worker’s community; ADMIN: both', async () => {
    const staff = userViewer('COMMUNITY_STAFF', { communityId: env.city.communities[0] });
    const centre = userViewer('CENTER_ADMIN', { serviceCenterId: env.city.centers[0] });
    expect(await write(staff, 'Community', 'serviceCenter')).toBe(false);
    expect(await write(staff, 'CommunityWorker', 'community')).toBe(false);
    expect(await write(staff, 'CommunityWorker', 'name')).toBe(true);
    expect(await write(centre, 'Community', 'serviceCenter')).toBe(false);
    expect(await write(centre, 'CommunityWorker', 'community')).toBe(true);
    expect(await write(userViewer('ADMIN'), 'Community', 'serviceCenter')).toBe(true);
  });
});
