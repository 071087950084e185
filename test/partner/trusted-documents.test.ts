import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchema } from '../../server/src/app';
import { invalidDocuments, registerManifest, TRUSTED_DOCUMENTS_DIR } from '../../server/src/http/trusted-documents/register';
import { parseManifest, sha256Hex, TrustedDocumentRegistry } from '../../server/src/http/trusted-documents/registry';
import { makeApiKey } from '../../server/src/modules/auth';
import { buildSmallCity } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const manifest = readFileSync(path.join(__dirname, '../../schema/trusted-documents/partner-example.json'), 'utf8');
const documents = parseManifest(manifest, 'partner-example.json');
const duties = documents.find((d) => d.query.startsWith('query PartnerPublishedDuties'))!;
const budget = documents.find((d) => d.query.startsWith('query PartnerBudgetLines'))!;
const ADHOC = '{ dutyItems { nodes { code } } }';

async function serve(mode: 'off' | 'api-keys' | 'all') {
  const t = await startTestApp({ trustedDocuments: mode });
  const base = `http://127.0.0.1:${await t.app.listen(0, '127.0.0.1')}/graphql`;
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };
  const get = async (params: Record<string, string>) => {
    const res = await fetch(`${base}?${new URLSearchParams(params)}`, { headers: { 'apollo-require-preflight': 'true' } });
    return { status: res.status, body: await res.json() };
  };
  return { t, post, get };
}

describe('trusted documents by id (any mode)', () => {
  let s: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    s = await serve('off');
    await buildSmallCity(s.t);
    const em = s.t.app.orm.em.fork();
    makeApiKey(em, 'budget-reader', { name: 'Budget reader', scopes: ['budget:read'] });
    await em.flush();
  });
  afterAll(() => s?.t.close());

  it('runs a registered document sent as {"documentId": "sha256:…"}, by POST and by GET', async () => {
    const post = await s.post({ documentId: `sha256:${duties.hash}` });
    expect(post.status).toBe(200);
    expect(post.body.data.dutyItems.nodes.map((d: { code: string }) => d.code)).toEqual(['T-D1']);
    const get = await s.get({ documentId: `sha256:${duties.hash}` });
    expect(get.body).toEqual(post.body);
  });

  it("runs one named by Apollo's extensions.persistedQuery.sha256Hash, with variables", async () => {
    const res = await s.post(
      { extensions: { persistedQuery: { version: 1, sha256Hash: budget.hash } }, variables: { year: 2026 } },
      { 'x-api-key': 'budget-reader' },
    );
    expect(res.status).toBe(200);
    expect(res.body.data.budgetLines.nodes).toHaveLength(2);
  });

  it('refuses an unknown id, a malformed id and text that is not the document named', async () => {
    const unknown = await s.post({ documentId: `sha256:${sha256Hex(ADHOC)}` });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('No trusted document sha256:'),
    });
    const malformed = await s.post({ documentId: 'md5:abc' });
    expect(malformed.body.errors[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('64 hex digits'),
    });
    const mismatch = await s.post({ documentId: `sha256:${duties.hash}`, query: ADHOC });
    expect(mismatch.body.errors[0].message).toContain('is not the text of document');
    // Apollo's automatic persisted queries would let any client register any text: not here.
    const apq = await s.post({ query: ADHOC, extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(ADHOC) } } });
    expect(apq.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('holds an API key with an allow-list to it even when the mode is off', async () => {
    const em = s.t.app.orm.em.fork();
    makeApiKey(em, 'listed-key-in-off-mode', { name: 'Listed', scopes: ['duty:read'], allowedDocuments: [duties.hash] });
    await em.flush();
    const listed = await s.post({ documentId: `sha256:${duties.hash}` }, { 'x-api-key': 'listed-key-in-off-mode' });
    expect(listed.body.data.dutyItems).toBeDefined();
    const adhoc = await s.post({ query: ADHOC }, { 'x-api-key': 'listed-key-in-off-mode' });
    expect(adhoc.status).toBe(403);
    expect(adhoc.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('still runs any query text when the mode is off', async () => {
    const res = await s.post({ query: ADHOC });
    expect(res.body.data.dutyItems.nodes.map((d: { code: string }) => d.code)).toContain('T-D1');
  });
});

describe('TRUSTED_DOCUMENTS=all', () => {
  let s: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    s = await serve('all');
  });
  afterAll(() => s?.t.close());

  it('refuses query text that is not registered, before running it', async () => {
    const res = await s.post({ query: ADHOC });
    expect(res.status).toBe(403);
    expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', documentId: `sha256:${sha256Hex(ADHOC)}` } });
    expect(res.body.data).toBeUndefined();
  });

  it('runs registered documents, by id or by their exact text', async () => {
    expect((await s.post({ documentId: `sha256:${duties.hash}` })).body.data.dutyItems).toBeDefined();
    expect((await s.post({ query: duties.query })).body.data.dutyItems).toBeDefined();
  });
});

describe('TRUSTED_DOCUMENTS=api-keys, and the allow-list of one key', () => {
  let s: Awaited<ReturnType<typeof serve>>;
  const KEY = { 'x-api-key': 'partner-key-all-documents' };
  const LISTED = { 'x-api-key': 'partner-key-duties-only' };
  beforeAll(async () => {
    s = await serve('api-keys');
    await buildSmallCity(s.t);
    const em = s.t.app.orm.em.fork();
    makeApiKey(em, KEY['x-api-key'], { name: 'Any trusted document', scopes: ['duty:read', 'budget:read'] });
    makeApiKey(em, LISTED['x-api-key'], {
      name: 'Duties only',
      scopes: ['duty:read', 'budget:read'],
      allowedDocuments: [`sha256:${duties.hash}`],
    });
    await em.flush();
  });
  afterAll(() => s?.t.close());

  it('refuses query text from an API key, but not from anonymous callers', async () => {
    const partner = await s.post({ query: ADHOC }, KEY);
    expect(partner.status).toBe(403);
    expect(partner.body.errors[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('only trusted documents for API keys'),
    });
    const anonymous = await s.post({ query: ADHOC });
    expect(anonymous.body.data.dutyItems.nodes.map((d: { code: string }) => d.code)).toEqual(['T-D1']);
  });

  it('runs registered documents for an API key, sent by id', async () => {
    const res = await s.post({ documentId: `sha256:${budget.hash}`, variables: { year: 2026 } }, KEY);
    expect(res.status).toBe(200);
    expect(res.body.data.budgetLines.nodes.map((l: { amount: string }) => l.amount).sort()).toEqual(['100000.10', '2500.05']);
  });

  it('holds a key to its allow-list: other trusted documents are FORBIDDEN', async () => {
    const listed = await s.post({ documentId: `sha256:${duties.hash}` }, LISTED);
    expect(listed.body.data.dutyItems.nodes.map((d: { code: string }) => d.code)).toEqual(['T-D1']);
    const other = await s.post({ documentId: `sha256:${budget.hash}`, variables: { year: 2026 } }, LISTED);
    expect(other.status).toBe(403);
    expect(other.body.errors[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN', documentId: `sha256:${budget.hash}` },
      message: expect.stringContaining('not on the allow-list of this API key'),
    });
  });
});

describe('the registry of trusted documents (schema/trusted-documents/)', () => {
  it('holds only documents that still validate against the current schema', () => {
    const registry = TrustedDocumentRegistry.load(TRUSTED_DOCUMENTS_DIR);
    expect(registry.size).toBeGreaterThanOrEqual(3);
    expect(invalidDocuments(registry.all(), appSchema())).toEqual([]);
  });

  it('refuses a manifest whose id is not the hash of its text', () => {
    expect(() => parseManifest(JSON.stringify({ [`sha256:${sha256Hex('{ a }')}`]: '{ b }' }), 'm.json')).toThrow(
      /is not the sha256 of its query text/,
    );
    expect(() => parseManifest('[]', 'm.json')).toThrow(/expected an object/);
  });

  it('registers a manifest only when its documents validate', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'trusted-'));
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ [`sha256:${sha256Hex('{ noSuchField }')}`]: '{ noSuchField }' }));
    expect(() => registerManifest(bad, 'bad', dir)).toThrow(/Cannot query field "noSuchField"/);
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ [`sha256:${duties.hash}`]: duties.query }));
    expect(readFileSync(registerManifest(good, 'good-app', dir), 'utf8')).toContain(duties.hash);
  });
});
