import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  // The resolver path's SQL (queries the one-statement path does not take): test/core/one-statement.test.ts covers the other.
  t = await startTestApp({ oneStatementReads: false });
});
afterAll(() => t?.close());

describe('list SQL', () => {
  it('lists records without joining the tables their references point at, even when the target is soft-deleted', async () => {
    const center = ok(
      await t.gql(
        'mutation { createServiceCenter(input: { name: "撤并中心", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }',
      ),
    ).createServiceCenter;
    ok(
      await t.gql('mutation($c: ID!) { createCommunity(input: { code: "J-1", name: "保留社区", serviceCenterId: $c }) { id } }', {
        c: center.id,
      }),
    );
    // The centre is soft-deleted behind the API's back (its dependents would refuse the mutation).
    await t.app.orm.em.fork().getConnection().execute(`update service_center set deleted_at = now() where id = ?`, [center.id]);

    t.queries.length = 0;
    const data = ok(await t.gql('{ communities { nodes { name serviceCenter { name } } } }'));
    expect(data.communities.nodes).toEqual([{ name: '保留社区', serviceCenter: { name: '撤并中心' } }]);
    const list = t.queries.find((q) => /from "community"/.test(q))!;
    expect(list).not.toMatch(/join "service_center"/);
  });

  it('fetches only the columns the query selects (through fragments), plus id, references and order keys', async () => {
    t.queries.length = 0;
    const data = ok(
      await t.gql(`{ communities(orderBy: [{ population: DESC }]) { edges { node { ...N } } } }
      fragment N on Community { name workers { name } }`),
    );
    expect(data.communities.edges[0].node).toEqual({ name: '保留社区', workers: [] });
    const list = t.queries.find((q) => /from "community"/.test(q))!;
    expect(list).toMatch(/select "c0"."id", "c0"."service_center_id", "c0"."population", "c0"."code", "c0"."name" from/);
    const workers = t.queries.find((q) => /from "community_worker"/.test(q))!;
    expect(workers).not.toMatch(/"phone"/);
  });
});
