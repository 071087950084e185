import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../server/src/db/embedded';
import { spawnServer, type ServerProcess } from '../support/server-process';
import { freePort, killPostgresOf, portIsFree, postgresOf } from './embedded-processes';
import { recordFigure } from './figures';

/**
 * The embedded PostgreSQL never outlives the server that started it (issue 12): a crash
 * stops it before the process exits, and after a SIGKILL (when nothing can run) the next
 * start on the same folder stops the one left behind and starts normally.
 */
const ROOT = path.resolve(__dirname, '../..');
let dir: string;
const dataDirs: string[] = [];
let running: ServerProcess | undefined;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'holds-orphan-'));
  // The server runs as its own user (PostgreSQL refuses root): it must be able to reach its folder.
  chmodSync(dir, 0o755);
});
afterAll(() => {
  running?.child.kill('SIGKILL');
  for (const d of dataDirs) killPostgresOf(d);
  rmSync(dir, { recursive: true, force: true });
});

/** A data folder of the test's own (created by the first start), so each test holds on its own. */
const newDataDir = () => {
  const d = path.join(dir, `pg-${dataDirs.length}`);
  dataDirs.push(d);
  return d;
};
/** As root the embedded server runs as the postgres user (embedded.ts): a process of "its user" must be one of postgres's. */
const postgresUser = () => {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
};
const embeddedEnv = (dataDir: string, port: number) => ({ DATABASE_URL: '', EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });

describe('the embedded PostgreSQL goes with the process', () => {
  it('an unhandled rejection: logged, the database stopped, exit 1, the port free', async () => {
    const [dataDir, port] = [newDataDir(), await freePort()];
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/holds/crash-script.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...embeddedEnv(dataDir, port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const code = await new Promise<number | string>((resolve) => child.on('exit', (c, s) => resolve(c ?? s ?? -1)));

    expect(out).toContain('embedded PostgreSQL ready');
    expect(postgresOf(dataDir)).toEqual([]);
    expect(await portIsFree(port)).toBe(true);
    expect(code).toBe(1);
    expect(out).toMatch(/\[crash\] unhandled rejection: Error: nobody handles this rejection/);
    recordFigure('faults survived', 1);
  }, 120_000);

  it('after a SIGKILL of the server, the next start on the same folder and port stops the orphan and serves', async () => {
    const [dataDir, port] = [newDataDir(), await freePort()];
    const first = (running = await spawnServer('', embeddedEnv(dataDir, port)));
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    // Nothing could stop it: the database is still there, holding the folder and the port.
    expect(postgresOf(dataDir).length).toBeGreaterThan(0);
    expect(await portIsFree(port)).toBe(false);

    const second = (running = await spawnServer('', embeddedEnv(dataDir, port)));
    expect(second.output()).toMatch(/a PostgreSQL left running on .* by an earlier process: stopping it/);
    expect((await fetch(`${second.base}/readyz`)).status).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    running = undefined;
    expect(postgresOf(dataDir)).toEqual([]);
    expect(await portIsFree(port)).toBe(true);
    recordFigure('faults survived', 1);
  }, 180_000);

  it('a stale postmaster.pid, its pid gone or now another program, does not stop the next start', async () => {
    const [dataDir, port] = [newDataDir(), await freePort()];
    await (await startEmbeddedPostgres(dataDir, port, true)).stop();
    const gone = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((resolve) => gone.on('exit', () => resolve(gone.pid!)));
    // Alive and not a PostgreSQL, of the database's own user: how a pid reused after a reboot
    // looks. (PostgreSQL itself overrides a lock whose pid it may not signal, or its parent's.)
    const other = spawn('sleep', ['120'], { stdio: 'ignore', ...postgresUser() });
    try {
      for (const pid of [deadPid, other.pid!]) {
        writeFileSync(path.join(dataDir, 'postmaster.pid'), `${pid}\n${dataDir}\n`);
        const server = await startEmbeddedPostgres(dataDir, port, true);
        expect(postgresOf(dataDir).length).toBeGreaterThan(0);
        await server.stop();
        expect(postgresOf(dataDir)).toEqual([]);
      }
      expect(other.exitCode).toBe(null); // the other program was left alone
    } finally {
      other.kill('SIGKILL');
    }
  }, 120_000);

  it('a PostgreSQL a running server still uses is left alone: the second start is refused, clearly', async () => {
    const [dataDir, port] = [newDataDir(), await freePort()];
    const first = await startEmbeddedPostgres(dataDir, port, true);
    try {
      const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      await expect(startEmbeddedPostgres(dataDir, await freePort(), true)).rejects.toThrow(
        /belongs to a running process \(pid \d+\): stop that server first/,
      );
      expect(postgresOf(dataDir)).toContain(postmaster);
    } finally {
      await first.stop();
    }
  }, 60_000);
});
