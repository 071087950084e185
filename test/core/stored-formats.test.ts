import { describe, expect, it } from 'vitest';
import { findStoredFormatProblems } from '../../server/src/core/crud/stored-formats';
import { useSmallCity } from '../support/fixtures';
import { sql } from '../support/sql';

// What `npm run data:check-formats` lists: rows written before the formats (here by SQL, as an
// older release or another tool would have) are found by type, id, field and problem.
const env = useSmallCity();

describe('stored values the formats refuse', () => {
  it('are none in the fixtures, and each bad one is listed once at its field', async () => {
    const em = () => env.t.app.orm.em.fork() as never;
    expect(await findStoredFormatProblems(em())).toEqual([]);
    const [worker, member] = [env.city.workers[1], (await sql(env.t.url, 'select id from party_member limit 1'))[0].id as string];
    await sql(env.t.url, `update community_worker set phone = '138 1234 5678', id_number = '110105194912310021' where id = $1`, [worker]);
    await sql(env.t.url, `update party_member set phone = '12345' where id = $1`, [member]);
    await sql(env.t.url, `update social_organization set registration = 'REGISTERED' where id = $1`, [env.city.socialOrgs[0]]);
    const found = await findStoredFormatProblems(em());
    expect(found).toHaveLength(4);
    expect(found).toEqual(
      expect.arrayContaining([
        { type: 'CommunityWorker', id: worker, field: 'idNumber', problem: expect.stringContaining('check digit should be X') },
        // Valid, but not as the server stores it: searches and uniqueness compare the stored form.
        { type: 'CommunityWorker', id: worker, field: 'phone', problem: expect.stringContaining('not in its stored form') },
        { type: 'PartyMember', id: member, field: 'phone', problem: expect.stringContaining('电话号码') },
        {
          type: 'SocialOrganization',
          id: env.city.socialOrgs[0],
          field: 'creditCode',
          problem: 'required for a registered (登记) organisation',
        },
      ]),
    );
  });
});
