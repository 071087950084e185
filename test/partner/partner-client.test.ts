// The partner example run for real: the generated documents, the copyable client and a
// server listening on a port, as a partner's application would use them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSmallCity, type SmallCity } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { createPartnerClient, PartnerApiError, type PartnerClient } from './client';
import { PartnerBudgetLinesDocument, PartnerCommunitiesDocument, PartnerPublishedDutiesDocument } from './generated/graphql';

const DEMO_KEY = 'demo-partner-key';

let t: TestApp;
let city: SmallCity;
let url: string;
let client: PartnerClient;
beforeAll(async () => {
  t = await startTestApp();
  city = await buildSmallCity(t);
  url = `http://127.0.0.1:${await t.app.listen(0, '127.0.0.1')}/graphql`;
  client = createPartnerClient({ url, apiKey: DEMO_KEY });
});
afterAll(() => t?.close());

describe('the partner example client', () => {
  it('reads communities page by page, typed by the generated documents', async () => {
    const first = await client.request(PartnerCommunitiesDocument, { first: 2 });
    const page = first.communities;
    expect(page.totalCount).toBe(city.communities.length);
    expect(page.nodes.map((c) => c.name)).toEqual(['T东湖社区', 'T南苑社区']);
    const largest: { name: string; population?: number | null; serviceCenter: { name: string } } = page.nodes[0];
    expect(largest).toMatchObject({ population: 12000, serviceCenter: { name: 'T东湖党群服务中心' } });
    // @ts-expect-error -- the operation does not select address, so the type has none
    expect(page.nodes[0].address).toBeUndefined();

    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await client.request(PartnerCommunitiesDocument, { first: 2, after: page.pageInfo.endCursor });
    expect(rest.communities.nodes.map((c) => c.name)).toEqual(['T西山社区']);
    expect(rest.communities.pageInfo.hasNextPage).toBe(false);

    const big = await client.request(PartnerCommunitiesDocument, { filter: { population: { gte: 10000 } } });
    expect(big.communities.nodes.map((c) => c.code)).toEqual(['T-001']);
  });

  it('reads the published duty list and nothing unpublished', async () => {
    const { dutyItems } = await client.request(PartnerPublishedDutiesDocument);
    expect(dutyItems.nodes.map((d) => d.code)).toEqual(['T-D1']);
    expect(dutyItems.nodes[0]).toMatchObject({ category: 'ADMINISTRATIVE_APPROVAL', fundingRequired: true, legalBasis: expect.stringContaining('社会救助') });
  });

  it('reads a budget year with exact decimal amounts', async () => {
    const { budgetLines } = await client.request(PartnerBudgetLinesDocument, { year: 2026 });
    // Decimal is typed string (codegen.ts scalars): never a float.
    const amounts: (string | null)[] = budgetLines.nodes.map((l) => l.amount);
    expect(amounts.sort()).toEqual(['100000.10', '2500.05']);
  });

  it('sends only the document id when asked to, with the same result', async () => {
    const byId = createPartnerClient({ url, apiKey: DEMO_KEY, send: 'id' });
    const fetched: string[] = [];
    const spy = createPartnerClient({ url, apiKey: DEMO_KEY, send: 'id', fetch: (input, init) => (fetched.push(String(init?.body)), fetch(input, init)) });
    expect(await byId.request(PartnerPublishedDutiesDocument)).toEqual(await client.request(PartnerPublishedDutiesDocument));
    await spy.request(PartnerBudgetLinesDocument, { year: 2026 });
    expect(JSON.parse(fetched[0])).toEqual({ documentId: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), variables: { year: 2026 } });
  });

  it('turns errors into a PartnerApiError with the contract codes', async () => {
    const err = await client.request(PartnerCommunitiesDocument, { first: 501 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PartnerApiError);
    expect((err as PartnerApiError).codes).toEqual(['BAD_USER_INPUT']);
  });
});
