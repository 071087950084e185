import { getNamedType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seeds/demo';
import { loadConfig } from '../../server/src/config';
import { RETENTION_LOCK, retentionPlans, runRetention } from '../../server/src/modules/retention';
import { ok, startTestApp, testConfig, type TestApp } from '../support/test-app';
import { sql } from '../support/sql';

/**
 * Retention keeps every figure: the demo district with two more workers marked LEFT through the
 * API, every figure of every year and the report computed, the retention run years later, and
 * everything computed again must be identical, while the personal fields are gone.
 */
let t: TestApp;
let years: number[];
let centers: string[];
let leavers: Array<{ id: string; name: string; phone: string | null; idNumber: string | null; version: number }>;
const YEARS = 3; // CommunityWorker's declared default
const DAY = 24 * 3600 * 1000;

/** Every field of a type, nested objects included (the figures' types have no arguments below the root). */
function selectAll(schema: GraphQLSchema, type: GraphQLObjectType, depth = 4): string {
  return Object.values(type.getFields())
    .filter((f) => !f.args.length)
    .map((f) => {
      const named = getNamedType(f.type);
      if (!isObjectType(named)) return f.name;
      return depth > 0 ? `${f.name} { ${selectAll(schema, named, depth - 1)} }` : '';
    })
    .filter(Boolean)
    .join(' ');
}

const rootType = (name: string) => {
  const type = getNamedType(t.app.schema.getQueryType()!.getFields()[name].type);
  if (!isObjectType(type)) throw new Error(`${name} is not an object`);
  return selectAll(t.app.schema, type);
};

/** Every figure the platform computes, for every year with data and every centre, and the report. */
async function allFigures(): Promise<unknown> {
  const out: Record<string, unknown> = {};
  const q = (name: string, args: string, vars: Record<string, unknown>) =>
    t.gql(`query(${args}) { x: ${name} { ${rootType(name.replace(/\(.*/, ''))} } }`, vars).then((r) => ok(r).x);
  out.overviewNow = ok(await t.gql(`{ overview { ${rootType('overview')} } }`)).overview;
  for (const c of centers) out[`overview:${c}`] = await q('overview(serviceCenterId: $c)', '$c: ID', { c });
  for (const y of years) {
    for (const d of [`${y}-06-30`, `${y}-12-31`]) {
      out[`overview:${d}`] = await q('overview(asOf: $d)', '$d: Date', { d });
      for (const c of centers) out[`overview:${c}:${d}`] = await q('overview(serviceCenterId: $c, asOf: $d)', '$c: ID, $d: Date', { c, d });
    }
    out[`city:${y}`] = await q('cityIndicators(year: $y)', '$y: Int!', { y });
    out[`communities:${y}`] = await q('communityIndicators(year: $y)', '$y: Int!', { y });
    out[`findings:${y}`] = await q('dutyFindings(year: $y)', '$y: Int!', { y });
    out[`completeness:${y}`] = await q('dataCompleteness(year: $y)', '$y: Int!', { y });
    out[`budget:${y}`] = await q('budgetSummary(year: $y, groupBy: [COMMUNITY, SOURCE])', '$y: Int!', { y });
    for (const c of centers)
      out[`center:${c}:${y}`] = await q('centerIndicators(year: $y, serviceCenterId: $c)', '$y: Int!, $c: ID!', { y, c });
    for (const format of ['MARKDOWN', 'HTML'])
      out[`report:${format}:${y}`] = ok(
        await t.gql('query($y: Int!, $f: ReportFormat) { report(year: $y, format: $f) { title content } }', { y, f: format }),
      ).report;
  }
  return out;
}

const tableText = async (table: string) =>
  (await sql(t.url, `select md5(coalesce(string_agg(x::text, ',' order by x.id), '')) as h from ${table} x`))[0].h as string;
const auditCount = async () => Number((await sql(t.url, 'select count(*) as n from audit_entry'))[0].n);

beforeAll(async () => {
  // No figure cache: a figure must be computed again from the data, not served from before the run.
  t = await startTestApp({ cache: { ...testConfig().cache, enabled: false } });
  await loadDemo(t.app.orm);
  years = (await sql(t.url, 'select distinct fiscal_year as y from budget_line order by 1')).map((r) => Number(r.y));
  centers = (await sql(t.url, 'select id from service_center where deleted_at is null order by id')).map((r) => r.id as string);
  const active = await sql(
    t.url,
    `select id, name, phone, id_number, version from community_worker
     where status = 'ACTIVE' and deleted_at is null and phone is not null and id_number is not null order by id limit 2`,
  );
  leavers = [];
  for (const w of active) {
    const { updateCommunityWorker } = ok(
      await t.gql('mutation($id: ID!) { updateCommunityWorker(id: $id, input: { status: LEFT }) { version } }', { id: w.id }),
    );
    leavers.push({ id: w.id, name: w.name, phone: w.phone, idNumber: w.id_number, version: updateCommunityWorker.version });
  }
}, 240_000);
afterAll(() => t?.close());

describe('retention settings', () => {
  it('take the years of a type from RETENTION_YEARS_<TYPE> and refuse a name no type declares', () => {
    const plans = retentionPlans({ daily: false, years: { RETENTION_YEARS_COMMUNITY_WORKER: 7 } });
    expect(plans.map((p) => [p.decl.name, p.setting, p.years]).sort()).toEqual([
      ['CommunityWorker', 'RETENTION_YEARS_COMMUNITY_WORKER', 7],
      ['PartyMember', 'RETENTION_YEARS_PARTY_MEMBER', 3],
    ]);
    expect(() => retentionPlans({ daily: false, years: { RETENTION_YEARS_COMMUNITY_WORKERS: 7 } })).toThrow(
      /RETENTION_YEARS_COMMUNITY_WORKERS names no type/,
    );
    expect(loadConfig({ RETENTION_YEARS_PARTY_MEMBER: '5', RETENTION_DAILY: 'true' }).retention).toEqual({
      daily: true,
      years: { RETENTION_YEARS_PARTY_MEMBER: 5 },
    });
    expect(() => loadConfig({ RETENTION_YEARS_PARTY_MEMBER: 'five' })).toThrow(/RETENTION_YEARS_PARTY_MEMBER must be a whole number/);
  });
});

describe('retention', () => {
  it('keeps every figure, removes the personal fields, writes nothing in a dry run and nothing the second time', async () => {
    expect(years.length).toBeGreaterThan(1);
    const before = await allFigures();
    const settings = t.app.config.retention;
    const later = new Date(Date.now() + (YEARS * 366 + 1) * DAY);

    // Not yet: the two who left today are kept until their three years are over.
    const early = await runRetention(t.app.orm.em.fork(), settings, { dryRun: true, now: new Date(Date.now() + (YEARS * 365 - 2) * DAY) });
    const earlyIds = new Set(early.types.flatMap((x) => x.records.map((r) => r.id)));
    for (const l of leavers) expect(earlyIds.has(l.id)).toBe(false);

    // A dry run lists them and writes nothing.
    const tables = ['community_worker', 'party_member'];
    const hashes = await Promise.all(tables.map(tableText));
    const audits = await auditCount();
    const dry = await runRetention(t.app.orm.em.fork(), settings, { dryRun: true, now: later });
    expect(await Promise.all(tables.map(tableText))).toEqual(hashes);
    expect(await auditCount()).toBe(audits);
    const workers = dry.types.find((x) => x.type === 'CommunityWorker')!;
    const members = dry.types.find((x) => x.type === 'PartyMember')!;
    for (const l of leavers) expect(workers.records.find((r) => r.id === l.id)).toMatchObject({ display: l.name });
    // The demo district has workers LEFT before and members transferred out (soft-deleted).
    expect(workers.records.length).toBeGreaterThan(leavers.length);
    expect(members.records.length).toBeGreaterThan(0);

    // Another process holding the lock: this run stops and writes nothing (several servers may run it daily).
    const other = new pg.Client({ connectionString: t.url });
    await other.connect();
    try {
      await other.query('select pg_advisory_lock($1)', [RETENTION_LOCK]);
      const blocked = await runRetention(t.app.orm.em.fork(), settings, { now: later });
      expect(blocked.skipped).toBe(true);
      expect(await Promise.all(tables.map(tableText))).toEqual(hashes);
      expect(await auditCount()).toBe(audits);
    } finally {
      await other.end();
    }

    // The run anonymises exactly what the dry run listed, one audit entry each, in batches.
    const run = await runRetention(t.app.orm.em.fork(), settings, { now: later, batchSize: 3 });
    expect(run.types.map((x) => [x.type, x.records.map((r) => r.id).sort()])).toEqual(
      dry.types.map((x) => [x.type, x.records.map((r) => r.id).sort()]),
    );
    const anonymised = run.types.reduce((n, x) => n + x.records.length, 0);
    expect(await auditCount()).toBe(audits + anonymised);

    expect(await allFigures()).toEqual(before);

    for (const l of leavers) {
      const [row] = await sql(t.url, 'select * from community_worker where id = $1', [l.id]);
      expect(row).toMatchObject({
        name: `已匿名#${l.id.slice(0, 8)}`,
        phone: null,
        id_number: null,
        monthly_salary: null,
        birth_year: null,
      });
      expect(row.status).toBe('LEFT');
      expect(row.version).toBe(l.version + 1);
      // The search columns follow the pseudonym: the old name is no longer findable.
      expect(JSON.stringify(row)).not.toContain(l.name);
      const entries = await sql(t.url, `select * from audit_entry where record_id = $1 and action = 'ANONYMISE'`, [l.id]);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ record_type: 'CommunityWorker', actor_kind: 'system', role: 'SYSTEM', version: l.version + 1 });
      // Each change names a field and its neutral value; none carries what the field held.
      const changes = entries[0].changes as Array<{ field: string; before: unknown; after: unknown }>;
      expect(changes.map((c) => c.field)).toEqual(expect.arrayContaining(['name', 'phone', 'idNumber']));
      for (const c of changes) expect(c.before).toBeNull();
      const text = JSON.stringify(entries[0]);
      for (const old of [l.name, l.phone!, l.idNumber!]) expect(text).not.toContain(old);
      const { communityWorker } = ok(
        await t.gql('query($id: ID!) { communityWorker(id: $id) { name phone idNumber status } }', { id: l.id }),
      );
      expect(communityWorker).toEqual({ name: `已匿名#${l.id.slice(0, 8)}`, phone: null, idNumber: null, status: 'LEFT' });
    }
    for (const m of run.types.find((x) => x.type === 'PartyMember')!.records) {
      const [row] = await sql(t.url, 'select name, phone, id_number, deleted_at from party_member where id = $1', [m.id]);
      expect(row).toMatchObject({ name: `已匿名#${m.id.slice(0, 8)}`, phone: null, id_number: null });
      expect(row.deleted_at).not.toBeNull();
    }

    // Idempotent: a second run finds nothing and writes nothing.
    const hashesAfter = await Promise.all(tables.map(tableText));
    const again = await runRetention(t.app.orm.em.fork(), settings, { now: later });
    expect(again.types.every((x) => x.records.length === 0)).toBe(true);
    expect(await Promise.all(tables.map(tableText))).toEqual(hashesAfter);
    expect(await auditCount()).toBe(audits + anonymised);

    // A revert to a version from before the anonymisation would bring the values back: refused, nothing written.
    const l = leavers[0];
    const res = await t.gql('mutation($id: ID!, $v: Int!) { revertCommunityWorker(id: $id, toVersion: $v) { id } }', {
      id: l.id,
      v: l.version,
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0].extensions)).toContain('toVersion');
    expect(await Promise.all(tables.map(tableText))).toEqual(hashesAfter);
  }, 600_000);
});
