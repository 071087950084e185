import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../server/src/db/backup/backup';
import { restoreDatabase } from '../../server/src/db/backup/restore';
import { GENESIS_HASH } from '../../server/src/db/chain/chained-table';
import { anchorFile, chainHeads, parseAnchor, type AnchorFile } from '../../server/src/db/chain/heads';
import { describeReport, verifyChains, type ChainReport } from '../../server/src/db/chain/verify';
import { migrationOrmConfig } from '../../server/src/db/orm-config';
import { CHAINED_TABLES } from '../../server/src/modules/audit';
import { chainHeadsLine, logChainHeads } from '../../server/src/modules/audit/chain-heads-log';
import { cloneTemplateDatabase } from '../support/database';
import { buildSmallCity, type SmallCity } from '../support/fixtures';
import { sql } from '../support/sql';
import { ANONYMOUS, ok, startTestApp, type TestApp } from '../support/test-app';

const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);
const AUDIT = CHAINED_TABLES.find((t) => t.chain === 'audit')!;
const COLS = `array[${AUDIT.content.map((c) => `'${c}'`).join(', ')}]`;

let t: TestApp;
let city: SmallCity;
let dir: string;
/** The database right after the writes below, to put back after each test that tampers with it. */
let pristine: string;

/** Small batches by default: the walk crosses many batch boundaries even on a small log. */
const verify = async (url = t.url, anchors: AnchorFile[] = [], batchSize = 7): Promise<ChainReport> => {
  const reports = await verifyChains(url, CHAINED_TABLES, { anchors, batchSize });
  return reports.find((r) => r.chain === 'audit')!;
};
const anchorNow = async (url = t.url) => anchorFile(await chainHeads((text, params) => sql(url, text, params) as never, CHAINED_TABLES));
const entries = (url = t.url) =>
  sql<{ id: string; seq: string; prev_hash: string; hash: string }>(
    url,
    'select id::text, seq::text, prev_hash, hash from audit_entry t order by t.seq',
  );
/** An audit line written with plain SQL, as the one-statement writes will write them. */
const auditInsert = (marker: string) =>
  `insert into audit_entry (at, actor_kind, role, action, record_type, record_id, changes)
   values (now(), 'user', 'ADMIN', 'UPDATE', 'Marker', '${marker}', '[{"field": "note", "before": null, "after": "${marker}"}]')`;
/** The seq a committed marker line got. */
const seqOf = async (marker: string, url = t.url) =>
  (await sql<{ seq: number }>(url, "select seq::int from audit_entry where record_type = 'Marker' and record_id = $1", [marker]))[0]?.seq;

beforeAll(async () => {
  t = await startTestApp();
  dir = mkdtempSync(path.join(tmpdir(), 'audit-chain-'));
  // Record writes of every type through GraphQL, then account events.
  city = await buildSmallCity(t);
  ok(await t.gql('mutation($id: ID!) { updateCompound(id: $id, input: { households: 77 }) { id } }', { id: city.compounds[0] }));
  ok(await t.gql('mutation($id: ID!) { deleteCompound(id: $id) }', { id: city.compounds[0] }));
  await t.gql('mutation { login(email: "nobody@test.local", password: "wrong") { token } }', {}, ANONYMOUS);
  pristine = path.join(dir, 'pristine.ndjson.gz');
  await backupDatabase(t.url, pristine);
}, 180_000);
afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the chain of an untouched database', () => {
  it('holds every entry written through GraphQL, in order, and verifies', async () => {
    const rows = await entries();
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
    // One writer at a time here: the chain's order is the log's order.
    expect(rows.map((r) => Number(r.id))).toEqual([...rows.map((r) => Number(r.id))].sort((a, b) => a - b));
    expect(rows[0].prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    const report = await verify();
    expect(report).toMatchObject({ broken: null, entries: rows.length, head: { seq: rows.length, hash: rows.at(-1)!.hash } });
    expect(describeReport(report)).toBe(`audit chain intact: ${rows.length} entries, head ${rows.at(-1)!.hash}`);
  });

  it('hashes prev_hash, seq and the listed content columns as chained-table.ts says', async () => {
    const [e] = await sql<{ prev_hash: string; seq: string; hash: string; content: string }>(
      t.url,
      `select prev_hash, seq::text, hash, chain_content(t, ${COLS}) as content from audit_entry t where action = 'UPDATE' order by t.seq limit 1`,
    );
    expect(createHash('sha256').update(`${e.prev_hash}:${e.seq}:${e.content}`, 'utf8').digest('hex')).toBe(e.hash);
    const content = JSON.parse(e.content) as unknown[];
    expect(content).toHaveLength(AUDIT.content.length);
    // at, in UTC whatever the session's time zone; the changes as stored.
    expect(content[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$/);
    expect(content[9]).toEqual([expect.objectContaining({ field: 'households', after: 77 })]);
    // The same content from a session in another time zone.
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      await client.query("set timezone = 'Asia/Shanghai'");
      const [shifted] = (
        await client.query(`select chain_content(t, ${COLS}) as content from audit_entry t where action = 'UPDATE' order by seq limit 1`)
      ).rows;
      expect(shifted.content).toBe(e.content);
    } finally {
      await client.end();
    }
  });

  it('has exactly the registry’s triggers: each chained table its chain_pending and chain_row triggers, with its chain and columns', async () => {
    const triggers = await sql<{ tbl: string; fn: string; args: Buffer }>(
      t.url,
      `select tg.tgrelid::regclass::text as tbl, p.proname as fn, tg.tgargs as args from pg_trigger tg join pg_proc p on p.oid = tg.tgfoid
       where p.proname in ('chain_pending', 'chain_row') and not tg.tgisinternal order by 1, 2`,
    );
    expect(triggers.map((tg) => [tg.tbl, tg.fn, tg.args.toString('utf8').split('\0').slice(0, -1)])).toEqual(
      [...CHAINED_TABLES]
        .sort((a, b) => a.table.localeCompare(b.table))
        .flatMap((c) => [
          [c.table, 'chain_pending', [c.chain]],
          [c.table, 'chain_row', [c.chain, c.idColumn, ...c.content]],
        ]),
    );
  });

  it('logs the heads at start-up as one line', async () => {
    const lines: string[] = [];
    const heads = await logChainHeads(t.app.orm, (l) => lines.push(l));
    const rows = await entries();
    // Every registered chain: the audit log's, and the access log's (empty here: nothing was revealed).
    expect(heads).toEqual([
      expect.objectContaining({ chain: 'audit', table: 'audit_entry', seq: rows.length, hash: rows.at(-1)!.hash }),
      expect.objectContaining({ chain: 'access', table: 'access_log_entry', seq: 0 }),
    ]);
    expect(lines).toEqual([chainHeadsLine(heads)]);
    expect(lines[0]).toContain(`audit seq ${rows.length} hash ${rows.at(-1)!.hash}`);
  });
});

describe('concurrent writers', () => {
  it('keep one linear, complete chain; rolled-back writes leave no gap', async () => {
    const before = (await entries()).length;
    const writers = Array.from({ length: 12 }, (_, i) => ({ marker: `w${i}`, commit: i % 3 !== 2 }));
    const sqlWrites = writers.map(async (w, i) => {
      const client = new pg.Client({ connectionString: t.url });
      await client.connect();
      try {
        await client.query('begin');
        // The write itself, then its audit line (the last statement), then a moment before the commit.
        await client.query(`update community set population = population + 1 where id = $1`, [city.communities[i % 3]]);
        await client.query(auditInsert(w.marker));
        await client.query(`select pg_sleep(${(i % 4) * 0.02})`);
        await client.query(w.commit ? 'commit' : 'rollback');
      } finally {
        await client.end();
      }
    });
    // And writes through the ORM at the same time.
    const gqlWrites = [1, 2, 3, 4].map((n) =>
      t.gql('mutation($c: ID!, $n: String!) { createCompound(input: { communityId: $c, name: $n }) { id } }', {
        c: city.communities[n % 3],
        n: `并发小区${n}`,
      }),
    );
    await Promise.all(sqlWrites);
    for (const r of await Promise.all(gqlWrites)) ok(r);

    const rows = await entries();
    const committed = writers.filter((w) => w.commit).length;
    expect(rows.length).toBe(before + committed + 4);
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
    const markers = await sql<{ record_id: string }>(t.url, "select record_id from audit_entry where record_type = 'Marker' order by 1");
    expect(markers.map((m) => m.record_id).sort()).toEqual(
      writers
        .filter((w) => w.commit)
        .map((w) => w.marker)
        .sort(),
    );
    expect(await verify()).toMatchObject({ broken: null, entries: rows.length });
  });

  it('chain many entries of one transaction at the cost of a few (one head write, at the commit), savepoints included', async () => {
    const before = (await entries()).length;
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    const started = Date.now();
    try {
      await client.query('begin');
      await client.query(
        `insert into audit_entry (at, actor_kind, role, action, record_type, record_id, changes)
         select now(), 'user', 'ADMIN', 'CREATE', 'Bulk', i::text, jsonb_build_array(jsonb_build_object('field', 'n', 'after', i)) from generate_series(1, 20000) i`,
      );
      await client.query('savepoint s');
      await client.query(auditInsert('rolled-back-savepoint'));
      await client.query('rollback to savepoint s');
      await client.query(auditInsert('after-savepoint'));
      await client.query('commit');
    } finally {
      await client.end();
    }
    // Seconds on a busy machine; one head update per entry took minutes for this many.
    expect(Date.now() - started).toBeLessThan(30_000);
    const rows = await entries();
    expect(rows.length).toBe(before + 20001);
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
    expect(await sql(t.url, "select record_id from audit_entry where record_type = 'Marker' and record_id like '%savepoint'")).toEqual([
      { record_id: 'after-savepoint' },
    ]);
    expect(await verify(t.url, [], 5000)).toMatchObject({ broken: null, entries: rows.length, head: { hash: rows.at(-1)!.hash } });
  });

  it('serialise the head only, at the commit: writers run side by side and are chained in commit order', async () => {
    const [a, b] = [new pg.Client({ connectionString: t.url }), new pg.Client({ connectionString: t.url })];
    await Promise.all([a.connect(), b.connect()]);
    try {
      await a.query('begin');
      await a.query(auditInsert('first-in'));
      await a.query('update compound set households = households + 1 where id = $1', [city.compounds[2]]);
      await b.query('begin');
      // b's audit line and its own write do not wait for a (they would fail after 1 s if they did).
      await b.query("set local lock_timeout = '1s'");
      await b.query(auditInsert('second-in'));
      await b.query('update community set population = population + 1 where id = $1', [city.communities[2]]);
      await b.query('commit');
      await a.query('commit');
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    expect(await seqOf('first-in')).toBe((await seqOf('second-in')) + 1);
    expect(await verify()).toMatchObject({ broken: null });
  });
});

describe('edits made directly in the database', () => {
  afterEach(async () => {
    await restoreDatabase(t.url, pristine);
  });

  const nth = async (n: number) => (await entries())[n - 1];

  it('a changed value: verify names the edited entry (content changed), and the CLI exits 1', async () => {
    const e = await nth(10);
    await sql(t.url, `update audit_entry set changes = jsonb_set(changes, '{0,after}', '"tampered"') where id = $1`, [e.id]);
    const report = await verify();
    expect(report.broken).toMatchObject({ fault: 'content changed', seq: 10, id: e.id });
    expect(describeReport(report)).toBe(`audit chain broken at seq 10 (audit_entry id ${e.id}): content changed: ${report.broken!.detail}`);

    // As a user runs it.
    const res = await run(process.execPath, ['--import', 'tsx', 'server/src/scripts/audit-chain.ts', 'verify'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: t.url },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (err: { code: number; stderr: string }) => err,
    );
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`audit chain broken at seq 10 (audit_entry id ${e.id}): content changed`);
  });

  it('an edited entry whose hash was recomputed: the next link is broken, naming the edited one', async () => {
    const e = await nth(5);
    await sql(t.url, "update audit_entry set role = 'AUDITOR' where id = $1", [e.id]);
    await sql(t.url, `update audit_entry t set hash = chain_hash(prev_hash, seq, chain_content(t, ${COLS})) where id = $1`, [e.id]);
    const next = await nth(6);
    expect((await verify()).broken).toMatchObject({ fault: 'link broken', seq: 6, id: next.id });
    expect((await verify()).broken!.detail).toContain(`entry seq 5 (id ${e.id})`);
  });

  it('a deleted entry: a gap', async () => {
    const [gone, after] = [await nth(7), await nth(8)];
    await sql(t.url, 'delete from audit_entry where id = $1', [gone.id]);
    expect((await verify()).broken).toMatchObject({
      fault: 'gap',
      seq: 8,
      id: after.id,
      detail: 'seq 7 is missing before it: entries were deleted',
    });
  });

  it('deleted last entries: the head does not match', async () => {
    const rows = await entries();
    await sql(t.url, 'delete from audit_entry where seq > $1', [rows.length - 2]);
    const report = await verify();
    expect(report.broken).toMatchObject({ fault: 'head mismatch', seq: rows.length - 2 });
    expect(report.broken!.detail).toContain('entries at the end were deleted');
  });

  it('a rewritten tail passes on its own, and fails against an anchor taken before', async () => {
    const anchor = await anchorNow();
    expect(anchor.chains[0].seq).toBe((await entries()).length);
    // What someone who knows the functions does: change an entry, rechain everything after it and the head.
    await sql(
      t.url,
      `do $$
       declare r record; prev text;
       begin
         update audit_entry set changes = '[]' where seq = 12;
         select hash into prev from audit_entry where seq = 11;
         for r in select id, seq, chain_content(t, ${COLS}) as c from audit_entry t where seq >= 12 order by seq loop
           update audit_entry set prev_hash = prev, hash = chain_hash(prev, r.seq, r.c) where id = r.id returning hash into prev;
         end loop;
         update audit_chain_head set hash = prev where chain = 'audit';
       end $$`,
    );
    expect((await verify()).broken).toBeNull();
    const report = await verify(t.url, [anchor]);
    expect(report.broken).toMatchObject({ fault: 'anchor mismatch', seq: anchor.chains[0].seq });
    expect(report.broken!.detail).toContain('the chain was rewritten since');
  });

  it('a truncated chain with its head moved back fails against an anchor, through the CLI too', async () => {
    const file = path.join(dir, 'anchor.json');
    const opts = { cwd: ROOT, env: { ...process.env, DATABASE_URL: t.url } };
    // npm run, as in docs/deploy.md.
    const made = await run('npm', ['run', '--silent', 'audit:anchor', '--', '--out', file], opts);
    expect(made.stdout).toContain(`anchor written to ${file}`);
    const anchor = parseAnchor(readFileSync(file, 'utf8'), file);
    const printed = JSON.parse((await run('npm', ['run', '--silent', 'audit:anchor'], opts)).stdout) as AnchorFile;
    expect(printed.chains.map((c) => [c.chain, c.seq, c.hash])).toEqual(anchor.chains.map((c) => [c.chain, c.seq, c.hash]));
    const held = await run('npm', ['run', '--silent', 'audit:verify', '--', '--anchor', file], opts);
    expect(held.stdout).toContain(`audit chain intact: ${anchor.chains[0].seq} entries, head ${anchor.chains[0].hash}, 1 anchor held`);

    const keep = anchor.chains[0].seq - 3;
    await sql(t.url, 'delete from audit_entry where seq > $1', [keep]);
    await sql(t.url, "update audit_chain_head set seq = $1, hash = (select hash from audit_entry where seq = $1) where chain = 'audit'", [
      keep,
    ]);
    expect((await verify()).broken).toBeNull();
    const failed = await run('npm', ['run', '--silent', 'audit:verify', '--', '--anchor', file], opts).then(
      () => ({ code: 0, stderr: '' }),
      (err: { code: number; stderr: string }) => err,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`audit chain broken at seq ${anchor.chains[0].seq} (audit_entry): anchor mismatch`);
    expect(failed.stderr).toContain(`the chain ends at seq ${keep}: it was truncated`);
  });

  it('a disabled or altered trigger is reported, and so is an entry inserted while it was off', async () => {
    await sql(t.url, 'alter table audit_entry disable trigger audit_entry_chain');
    expect((await verify()).broken).toMatchObject({ fault: 'trigger mismatch', detail: expect.stringContaining('is disabled') });
    await sql(t.url, auditInsert('unchained'));
    await sql(t.url, 'alter table audit_entry enable trigger audit_entry_chain');
    const [loose] = await sql<{ id: string }>(t.url, "select id::text from audit_entry where record_id = 'unchained'");
    expect((await verify()).broken).toMatchObject({ fault: 'unchained entry', seq: null, id: loose.id });
    await sql(t.url, 'delete from audit_entry where id = $1', [loose.id]);
    await sql(t.url, 'drop trigger audit_entry_chain on audit_entry');
    await sql(
      t.url,
      `create constraint trigger audit_entry_chain after insert on audit_entry deferrable initially deferred
       for each row execute function chain_row('audit', 'id', 'at', 'action')`,
    );
    expect((await verify()).broken).toMatchObject({ fault: 'trigger mismatch', detail: expect.stringContaining('the registry says') });
  });
});

describe('backup and restore', () => {
  it('the chain survives a restore into an empty database, holds its anchor, and continues', async () => {
    const anchor = await anchorNow();
    const file = path.join(dir, 'now.ndjson.gz');
    await backupDatabase(t.url, file);
    const fresh = await cloneTemplateDatabase();
    try {
      await restoreDatabase(fresh.url, file);
      expect(await entries(fresh.url)).toEqual(await entries());
      expect(await verify(fresh.url, [anchor])).toMatchObject({ broken: null, anchorsChecked: 1, head: { seq: anchor.chains[0].seq } });
      await sql(fresh.url, auditInsert('after-restore'));
      expect(await seqOf('after-restore', fresh.url)).toBe(anchor.chains[0].seq + 1);
      expect((await entries(fresh.url)).at(-1)!.prev_hash).toBe(anchor.chains[0].hash);
      expect(await verify(fresh.url)).toMatchObject({ broken: null });
    } finally {
      await fresh.drop();
    }
  });

  it('entries from before the chain are chained in id order by the migration (here: restoring an older backup)', async () => {
    const old = await cloneTemplateDatabase();
    const fresh = await cloneTemplateDatabase();
    try {
      const orm = await MikroORM.init(migrationOrmConfig({ clientUrl: old.url }));
      try {
        await orm.getMigrator().down({ to: 'Migration20261201173254_addPublishedReports' });
      } finally {
        await orm.close(true);
      }
      for (const action of ['LOGIN', 'CREATE', 'UPDATE'])
        await sql(
          old.url,
          `insert into audit_entry (at, actor_kind, role, action, changes) values (now() - interval '1 day', 'user', 'ADMIN', $1, '[]')`,
          [action],
        );
      const file = path.join(dir, 'old.ndjson.gz');
      await backupDatabase(old.url, file);
      await restoreDatabase(fresh.url, file);
      const rows = await sql<{ id: string; seq: string; action: string }>(
        fresh.url,
        'select id::text, seq::text, action from audit_entry t order by t.seq',
      );
      expect(rows.map((r) => [r.seq, r.action])).toEqual([
        ['1', 'LOGIN'],
        ['2', 'CREATE'],
        ['3', 'UPDATE'],
      ]);
      expect(rows.map((r) => Number(r.id))).toEqual([...rows.map((r) => Number(r.id))].sort((a, b) => a - b));
      expect(await verify(fresh.url)).toMatchObject({ broken: null, entries: 3 });
      await sql(fresh.url, auditInsert('after-migration'));
      expect(await seqOf('after-migration', fresh.url)).toBe(4);
    } finally {
      await old.drop();
      await fresh.drop();
    }
  });
});
