import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seeds/demo';
import { startTestApp, type TestApp } from '../support/test-app';
import { sql } from '../support/sql';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
/** `npm run retention` as a child process against DATABASE_URL. */
const cli = (databaseUrl: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'server/src/scripts/retention.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await loadDemo(t.app.orm);
  await t.app.close();
}, 240_000);
afterAll(() => t?.close());

const anonymisedCount = async () =>
  Number((await sql(t.url, `select count(*) as n from community_worker where name like '已匿名#%'`))[0].n);

describe('npm run retention', () => {
  it('lists with --dry-run, then anonymises what it listed, then finds nothing', async () => {
    // The demo district's workers who left in past years (their rows last changed long ago) are due today.
    const dry = await cli(t.url, '--dry-run');
    const lines = dry.stdout.trim().split('\n');
    expect(lines[0]).toBe('type\tid\tname\tleft\tfields');
    const listed = lines.slice(1).map((l) => l.split('\t'));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every(([type]) => type === 'CommunityWorker' || type === 'PartyMember')).toBe(true);
    expect(dry.stderr).toMatch(
      new RegExp(`CommunityWorker: ${listed.filter(([x]) => x === 'CommunityWorker').length} would be anonymised`),
    );
    expect(await anonymisedCount()).toBe(0);

    const wet = await cli(t.url);
    expect(
      wet.stdout
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t')[1]),
    ).toEqual(
      dry.stdout
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t')[1]),
    );
    expect(await anonymisedCount()).toBe(listed.filter(([x]) => x === 'CommunityWorker').length);
    const entries = await sql(t.url, `select actor_name from audit_entry where action = 'ANONYMISE'`);
    expect(entries).toHaveLength(listed.length);
    expect(entries[0].actor_name).toBe('retention (npm run retention)');

    const again = await cli(t.url);
    expect(again.stdout.trim()).toBe('type\tid\tname\tleft\tfields');
    expect(again.stderr).toMatch(/CommunityWorker: 0 anonymised/);
  }, 240_000);

  it('refuses an unknown argument and a setting no type declares', async () => {
    await expect(cli(t.url, '--dryrun')).rejects.toMatchObject({ stderr: expect.stringContaining('unknown argument --dryrun') });
    await expect(
      run(process.execPath, ['--import', 'tsx', 'server/src/scripts/retention.ts'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: t.url, RETENTION_YEARS_WORKER: '2' },
      }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('RETENTION_YEARS_WORKER names no type') });
  }, 120_000);
});
