import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneTemplateDatabase } from '../support/database';
import { recordFigure } from './figures';
import { sql } from './http-app';
import { adminSession, gqlAt, spawnServer, type ServerProcess } from '../support/server-process';

/**
 * A bounded load test on loopback: the real server process holds a steady
 * request rate (reads of every kind plus writes) for LOAD_SECONDS (60) with
 * no 5xx, no error in any answer, and every acknowledged write stored.
 */
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const RATE = Number(process.env.LOAD_RATE ?? 30);

let db: Awaited<ReturnType<typeof cloneTemplateDatabase>>;
let server: ServerProcess | undefined;
let token: string;
let centerId: string;
beforeAll(async () => {
  db = await cloneTemplateDatabase();
  const session = await adminSession(db.url);
  token = session.token;
  // One instance, one client address: the per-address limit is raised so the test measures capacity, not throttling.
  server = await spawnServer(db.url, { JWT_SECRET: session.secret, RATE_LIMIT_PER_ADDRESS: '1000000' });
  const c = await (
    await gqlAt(
      server.base,
      token,
      'mutation { createServiceCenter(input: { name: "负载中心", kind: PARTY_SERVICE_CENTER, legalForm: PUBLIC_INSTITUTION }) { id } }',
    )
  ).json();
  centerId = c.data.createServiceCenter.id;
  for (let i = 0; i < 20; i++) {
    await gqlAt(
      server.base,
      token,
      `mutation { createCommunity(input: { code: "L-${i}", name: "负载社区${i}", serviceCenterId: "${centerId}", population: ${1000 + i * 100} }) { id } }`,
    );
  }
}, 120_000);
afterAll(async () => {
  if (server) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await db?.drop();
});

describe(`steady load for ${SECONDS} s`, () => {
  it(
    `holds ${RATE} requests/s with no 5xx`,
    async () => {
      let n = 0;
      let graphqlErrors = 0;
      const ackedIds: string[] = [];
      const check = (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) graphqlErrors++;
      };
      const body = (query: string) => JSON.stringify({ query });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      const result = await autocannon({
        url: `${server!.base}/graphql`,
        // One request a second per connection: a slow moment (the rest of the suite runs
        // beside this test on a shared machine) does not lower the offered rate.
        connections: RATE,
        overallRate: RATE,
        duration: SECONDS,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            headers,
            body: body(
              '{ communities(first: 20, orderBy: [{ population: DESC }]) { totalCount nodes { id code name population serviceCenter { name } } } }',
            ),
            onResponse: check,
          },
          {
            method: 'POST',
            headers,
            body: body('{ communities(filter: { name: { contains: "社区1" } }) { nodes { id name } } }'),
            onResponse: check,
          },
          {
            method: 'POST',
            headers,
            body: body(`{ serviceCenter(id: "${centerId}") { id name communities(first: 50) { id name } } }`),
            onResponse: check,
          },
          {
            method: 'POST',
            headers,
            // A write in every fourth request, each with a name of its own.
            setupRequest: (req: autocannon.Request) => ({
              ...req,
              body: body(
                `mutation { createServiceCenter(input: { name: "负载写入-${n++}", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }`,
              ),
            }),
            onResponse: (status: number, text: string) => {
              check(status, text);
              const id = /"createServiceCenter":\{"id":"([0-9a-f-]{36})"/.exec(text)?.[1];
              if (status === 200 && id) ackedIds.push(id);
            },
          },
        ],
      } as autocannon.Options);

      const total = result.requests.total;
      const fiveXx = result['5xx'];
      const writesAcked = ackedIds.length;
      // Every acknowledged write must be stored. (A write still in flight when the
      // run ends may be stored without its answer being counted: that is not a loss.)
      const stored = Number((await sql(db.url, 'select count(*) as n from service_center where id = any($1::uuid[])', [ackedIds]))[0].n);
      console.log(
        `[reliability] load: ${total} requests in ${SECONDS} s (${(total / SECONDS).toFixed(1)}/s, target ${RATE}/s), ` +
          `5xx ${fiveXx}, non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}, GraphQL errors ${graphqlErrors}, ` +
          `latency p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms, writes acknowledged ${writesAcked}, stored ${stored}`,
      );
      expect(fiveXx).toBe(0);
      expect(result.non2xx).toBe(0);
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(graphqlErrors).toBe(0);
      // The rate held is a figure recorded for the README; the suite's other files share
      // the 2 cores meanwhile, so only a collapse (under half the offered rate) fails here.
      expect(total).toBeGreaterThanOrEqual(RATE * SECONDS * 0.5);
      expect(stored).toBe(writesAcked);
      recordFigure('requests held', total);
      recordFigure('rows lost', writesAcked - stored);
    },
    (SECONDS + 60) * 1000,
  );
});
