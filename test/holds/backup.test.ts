import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../server/src/db/backup/backup';
import { restoreDatabase } from '../../server/src/db/backup/restore';
import { dropDatabase, ensureDatabase } from '../../server/src/db/embedded';
import { allRecords } from '../../server/src/core/declare';
import { buildSmallCity } from '../support/fixtures';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { sql } from './http-app';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
/** The npm scripts' command, run as a child process against DATABASE_URL. */
const cli = (databaseUrl: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'server/src/scripts/backup.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });

/** Every table's rows as text, in a stable order: two databases with the same digest hold the same data. */
async function digest(url: string): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>(
    url,
    "select tablename as name from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations' order by 1",
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [r] = await sql(
      url,
      `select count(*)::int as n, md5(coalesce(string_agg(row_to_json(t)::text, '|' order by row_to_json(t)::text), '')) as h from "${name}" t`,
    );
    out[name] = `${r.n}:${r.h}`;
  }
  out.migrations = (await sql(url, "select string_agg(name, ',' order by id) as m from mikro_orm_migrations"))[0].m;
  return out;
}

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await startTestApp();
  dir = mkdtempSync(path.join(tmpdir(), 'holds-backup-'));
  const city = await buildSmallCity(t);
  // A soft-deleted record, a record with text that looks like SQL and money to the cent.
  ok(await t.gql(`mutation { deleteCouncilMeeting(id: "${city.ids.CouncilMeeting[0]}") }`));
  ok(
    await t.gql(
      `mutation { updateCommunity(id: "${city.communities[2]}", input: { name: "O'Brien\\"; drop table community; --" }) { id } }`,
    ),
  );
  // A published report: bytes (bytea), figures (jsonb) and tables whose trigger refuses UPDATE and DELETE.
  ok(await t.gql('mutation { publishReport(year: 2026) { id } }'));
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup, wipe, restore', () => {
  it('restores exactly what was backed up, into an empty database', async () => {
    const before = await digest(t.url);
    expect(Number(before.community.split(':')[0])).toBe(3);
    expect(Number(before.published_report_file.split(':')[0])).toBe(3);
    const file = path.join(dir, 'city.ndjson.gz');
    const backup = await cli(t.url, 'backup', file);
    expect(backup.stdout).toMatch(/Done: \d+ rows/);

    // Wipe: the database is dropped and created again, empty (no tables at all).
    const server = new URL(t.url);
    const name = server.pathname.slice(1);
    server.pathname = '/postgres';
    await t.app.orm.close(true);
    await dropDatabase(server.toString(), name);
    await ensureDatabase(server.toString(), name);
    expect(await sql(t.url, "select count(*)::int as n from pg_tables where schemaname = 'public'")).toEqual([{ n: 0 }]);

    await cli(t.url, 'restore', file);
    expect(await digest(t.url)).toEqual(before);
    // The audit log's serial id continues after the restored entries.
    const [audit] = await sql(
      t.url,
      "select coalesce(max(id), 0)::int as max, nextval(pg_get_serial_sequence('audit_entry', 'id'))::int as next from audit_entry",
    );
    expect(audit.max).toBeGreaterThan(0);
    expect(audit.next).toBe(audit.max + 1);
  });

  it('replaces changed contents with the backup, and a broken file changes nothing', async () => {
    // In-process this time (the same functions the scripts call): quicker than three more child processes.
    const file = path.join(dir, 'again.ndjson.gz');
    await backupDatabase(t.url, file);
    const before = await digest(t.url);
    await sql(
      t.url,
      "update budget_line set amount = amount + 1; delete from performance_review; update service_center set name = 'changed'",
    );
    expect(await digest(t.url)).not.toEqual(before);
    await restoreDatabase(t.url, file);
    expect(await digest(t.url)).toEqual(before);

    const broken = path.join(dir, 'broken.ndjson.gz');
    const { writeFileSync } = await import('node:fs');
    const { gunzipSync, gzipSync } = await import('node:zlib');
    const lines = gunzipSync(readFileSync(file)).toString().split('\n');
    // A row pointing at a community that does not exist: the foreign key check at the end refuses it.
    const i = lines.findIndex((l) => l.includes('"community_id"'));
    lines[i] = lines[i].replace(/"community_id":"[0-9a-f-]+"/, '"community_id":"00000000-0000-4000-8000-000000000000"');
    writeFileSync(broken, gzipSync(lines.join('\n')));
    await expect(restoreDatabase(t.url, broken)).rejects.toThrow(/foreign key|violates/);
    expect(await digest(t.url)).toEqual(before);
  });
});

describe('JSON export', () => {
  it('holds every record of every type in the API shape', async () => {
    const file = path.join(dir, 'export.json');
    await cli(t.url, 'export', file);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    // Every declared type, each under its name (a new type is expected here without an edit).
    expect(Object.keys(data.records).sort()).toEqual(
      allRecords()
        .map((d) => d.name)
        .sort(),
    );
    expect(data.records.Community).toHaveLength(3);
    expect(data.records.CouncilMeeting[0].deletedAt).toBeTruthy();
    expect(data.records.BudgetLine.map((b: { amount: string }) => b.amount).sort()).toEqual(['0.01', '100000.10', '2500.05']);
    expect(data.records.Community.map((c: { name: string }) => c.name)).toContain('O\'Brien"; drop table community; --');
    expect(data.records.Compound[0].communityId).toMatch(/^[0-9a-f-]{36}$/);
    const counts = await sql(
      t.url,
      'select (select count(*)::int from community_worker) as w, (select count(*)::int from party_member) as m',
    );
    expect(data.records.CommunityWorker).toHaveLength(counts[0].w);
    expect(data.records.PartyMember).toHaveLength(counts[0].m);
  });
});
