import { describe, expect, it } from 'vitest';
import { sql } from '../support/sql';
import { useSmallCity } from '../support/fixtures';
import { ANONYMOUS, ok, userViewer } from '../support/test-app';

// dataQuality: what npm run data:check-formats finds, per community, by the same read rules as every list.
const env = useSmallCity();
const QUERY = 'query($c: ID!) { dataQuality(communityId: $c) { recordType recordId display field problem } }';
const ask = async (communityId: string, viewer = userViewer('ADMIN')) =>
  ok(await env.t.gql(QUERY, { c: communityId }, viewer)).dataQuality as Array<Record<string, string | null>>;

describe('dataQuality', () => {
  it('lists the stored values the formats refuse, at their fields, for the community asked about', async () => {
    const [worker] = env.city.workers;
    expect(await ask(env.city.communities[0])).toEqual([]);
    // As rows written before the formats existed left them.
    await sql(env.t.url, 'update community_worker set id_number = $2, phone = $3 where id = $1', [
      worker,
      '110105194912310021',
      '138-1234-5678',
    ]);
    const found = (await ask(env.city.communities[0])).sort((a, b) => String(a.field).localeCompare(String(b.field)));
    expect(found).toEqual([
      expect.objectContaining({
        recordType: 'CommunityWorker',
        recordId: worker,
        field: 'idNumber',
        problem: expect.stringContaining('check digit should be X'),
      }),
      expect.objectContaining({
        recordType: 'CommunityWorker',
        recordId: worker,
        field: 'phone',
        problem: expect.stringContaining('stored form'),
      }),
    ]);
    expect(found.every((f) => f.display)).toBe(true);
    expect(await ask(env.city.communities[1])).toEqual([]);
  });

  it('tells each caller only about fields it may read in that row', async () => {
    const [worker] = env.city.workers;
    await sql(env.t.url, 'update community_worker set id_number = $2, phone = $3 where id = $1', [
      worker,
      '110105194912310021',
      '138-1234-5678',
    ]);
    const own = userViewer('COMMUNITY_STAFF', { communityId: env.city.communities[0] });
    const other = userViewer('COMMUNITY_STAFF', { communityId: env.city.communities[2] });
    // Own staff read phones (PERSONAL) there, never identity numbers (RESTRICTED).
    expect((await ask(env.city.communities[0], own)).map((f) => f.field)).toEqual(['phone']);
    expect(await ask(env.city.communities[0], other)).toEqual([]);
    expect(await ask(env.city.communities[0], ANONYMOUS)).toEqual([]);
    expect((await ask(env.city.communities[0], userViewer('AUDITOR'))).map((f) => f.field).sort()).toEqual(['idNumber', 'phone']);
  });

  it('refuses what is not a community id, saying so', async () => {
    const res = await env.t.gql(QUERY, { c: 'DH-001' });
    expect(res.errors?.[0].extensions?.fields).toEqual([{ path: 'communityId', message: 'not an id of a community' }]);
  });
});
