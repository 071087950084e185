import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApp, type HttpApp } from './http-app';

let h: HttpApp;
beforeAll(async () => {
  h = await startHttpApp();
});
afterAll(() => h?.close());

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  it('passes every MUST audit against the express-mounted server', async () => {
    const audits = serverAudits({ url: `${h.base}/graphql`, fetchFn: fetch });
    const results = await Promise.all(audits.map(async (a) => ({ id: a.id, name: a.name, result: await a.fn() })));
    const must = results.filter((r) => r.name.startsWith('MUST'));
    const failed = must.filter((r) => r.result.status !== 'ok').map((r) => `${r.name}: ${r.result.status === 'ok' ? '' : r.result.reason}`);
    const should = results.filter((r) => !r.name.startsWith('MUST'));
    console.log(
      `[graphql-http] MUST ${must.length - failed.length}/${must.length} ok; SHOULD/MAY ${should.filter((r) => r.result.status === 'ok').length}/${should.length} ok`,
    );
    expect(failed).toEqual([]);
    expect(must.length).toBeGreaterThanOrEqual(13);
  });
});
