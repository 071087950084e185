// The partner example run for real: the generated documents, the copyable client and a
// server listening on a port, as a partner's application would use them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seeds/demo';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { createPartnerClient, PartnerApiError, type PartnerClient } from './client';
import {
  PartnerBudgetLinesDocument,
  PartnerBudgetSummaryDocument,
  PartnerCommunitiesDocument,
  PartnerPublishedDutiesDocument,
} from './generated/graphql';

const DEMO_KEY = 'demo-partner-key';

let t: TestApp;
let url: string;
let client: PartnerClient;
beforeAll(async () => {
  t = await startTestApp();
  await loadDemo(t.app.orm);
  url = `http://127.0.0.1:${await t.app.listen(0, '127.0.0.1')}/graphql`;
  client = createPartnerClient({ url, apiKey: DEMO_KEY });
});
afterAll(() => t?.close());

/** The same question asked in-process by an admin: what the partner's answer is checked against. */
const asAdmin = async <T>(query: string, variables?: Record<string, unknown>) => ok(await t.gql<T>(query, variables));

describe('the partner example client, on the demo data set with the demo key', () => {
  it('reads communities page by page, typed by the generated documents', async () => {
    const first = await client.request(PartnerCommunitiesDocument, { first: 5 });
    const page = first.communities;
    expect(page.totalCount).toBe(12); // the demo district (README)
    const all = await asAdmin<{ communities: { nodes: { code: string }[] } }>(
      '{ communities(orderBy: [{ code: ASC }]) { nodes { code } } }',
    );
    expect(page.nodes.map((c) => c.code)).toEqual(all.communities.nodes.slice(0, 5).map((c) => c.code));
    const one: { name: string; population: number | null; serviceCenter: { name: string } } = page.nodes[0];
    expect(one.name).toMatch(/社区$/);
    expect(one.serviceCenter.name).toBeTruthy();
    // @ts-expect-error -- the operation does not select address, so the type has none
    expect(page.nodes[0].address).toBeUndefined();

    // Keyset paging to the end gives every community once.
    const codes = page.nodes.map((c) => c.code);
    let cursor = page.pageInfo.endCursor;
    for (let more = page.pageInfo.hasNextPage; more;) {
      const next = (await client.request(PartnerCommunitiesDocument, { first: 5, after: cursor })).communities;
      codes.push(...next.nodes.map((c) => c.code));
      [cursor, more] = [next.pageInfo.endCursor, next.pageInfo.hasNextPage];
    }
    expect(codes).toEqual(all.communities.nodes.map((c) => c.code));

    const big = await client.request(PartnerCommunitiesDocument, { filter: { population: { gte: 10000 } } });
    expect(big.communities.nodes.length).toBeGreaterThan(0);
    expect(big.communities.nodes.every((c) => (c.population ?? 0) >= 10000)).toBe(true);
  });

  it('reads the published duty list and nothing unpublished', async () => {
    const { dutyItems } = await client.request(PartnerPublishedDutiesDocument);
    const published = await asAdmin<{ dutyItems: { nodes: { code: string }[] } }>(
      '{ dutyItems(filter: { status: { eq: PUBLISHED } }, orderBy: [{ code: ASC }], first: 500) { nodes { code } } }',
    );
    expect(dutyItems.nodes.length).toBeGreaterThan(0);
    expect(dutyItems.nodes.map((d) => d.code)).toEqual(published.dutyItems.nodes.map((d) => d.code).slice(0, 100));
    expect(dutyItems.nodes.every((d) => d.legalBasis)).toBe(true); // published needs a legal basis (domain rule 1)
  });

  it('reads a budget year with exact decimal amounts', async () => {
    const { budgetLines } = await client.request(PartnerBudgetLinesDocument, { year: 2026, first: 500 });
    // Decimal is typed string (codegen.ts scalars): never a float.
    const amounts: (string | null)[] = budgetLines.nodes.map((l) => l.amount);
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.every((a) => /^\d+\.\d{2}$/.test(a ?? ''))).toBe(true);
    const admin = await asAdmin<{ budgetLines: { nodes: { amount: string }[] } }>(
      '{ budgetLines(filter: { fiscalYear: { eq: 2026 } }, first: 500) { nodes { amount } } }',
    );
    expect([...amounts].sort()).toEqual(admin.budgetLines.nodes.map((l) => l.amount).sort());
  });

  it('reads a budget summary per community whose rows add up to its totals, to the cent', async () => {
    const { budgetSummary } = await client.request(PartnerBudgetSummaryDocument, { year: 2026 });
    expect(budgetSummary.rows.length).toBeGreaterThan(1);
    const ids = budgetSummary.rows.map((r) => r.communityId);
    expect(new Set(ids).size).toBe(ids.length);
    // A partner with the budget scope may read every line, so no sum is withheld (null would mean suppressed).
    const cents = (amount: string | null) => {
      if (amount === null) throw new Error('a sum was suppressed for a key with budget:read');
      return BigInt(amount.replace('.', ''));
    };
    for (const key of ['income', 'expenditure', 'balance', 'fiscalAppropriation'] as const) {
      const sum = budgetSummary.rows.reduce((total, r) => total + cents(r[key]), 0n);
      expect(sum, key).toBe(cents(budgetSummary.totals[key]));
    }
    // The same question asked in-process by an admin gets the same answer.
    const admin = await asAdmin<{ budgetSummary: { totals: { income: string; expenditure: string } } }>(
      '{ budgetSummary(year: 2026, groupBy: [COMMUNITY]) { totals { income expenditure } } }',
    );
    expect(budgetSummary.totals).toMatchObject(admin.budgetSummary.totals);
  });

  it('sends only the document id when asked to, with the same result', async () => {
    const byId = createPartnerClient({ url, apiKey: DEMO_KEY, send: 'id' });
    const fetched: string[] = [];
    const spy = createPartnerClient({
      url,
      apiKey: DEMO_KEY,
      send: 'id',
      fetch: (input, init) => (fetched.push(String(init?.body)), fetch(input, init)),
    });
    expect(await byId.request(PartnerPublishedDutiesDocument)).toEqual(await client.request(PartnerPublishedDutiesDocument));
    await spy.request(PartnerBudgetLinesDocument, { year: 2026 });
    expect(JSON.parse(fetched[0])).toEqual({ documentId: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), variables: { year: 2026 } });
  });

  it('reads as the partner of the key: amounts need its budget:read scope', async () => {
    const anonymous = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ budgetLines(first: 5) { nodes { amount } } }' }),
    }).then((r) => r.json());
    const partner = await client.request(PartnerBudgetLinesDocument, { year: 2026, first: 5 });
    expect(partner.budgetLines.nodes.map((l) => l.amount)).not.toContain(null);
    const anonymousAmounts = (anonymous.data?.budgetLines?.nodes ?? []).map((l: { amount: string | null }) => l.amount);
    expect(anonymousAmounts.every((a: string | null) => a === null)).toBe(true);
  });

  it('refuses an unknown key with UNAUTHENTICATED (HTTP 401)', async () => {
    const err = await createPartnerClient({ url, apiKey: 'not-a-key' })
      .request(PartnerPublishedDutiesDocument)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PartnerApiError);
    expect((err as PartnerApiError).status).toBe(401);
    expect((err as PartnerApiError).codes).toEqual(['UNAUTHENTICATED']);
  });

  it('turns errors into a PartnerApiError with the contract codes', async () => {
    const err = await client.request(PartnerCommunitiesDocument, { first: 501 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PartnerApiError);
    expect((err as PartnerApiError).codes).toEqual(['BAD_USER_INPUT']);
  });
});
