import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/src/app';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from '../../server/src/db/embedded';
import { migrate } from '../../server/src/db/migrate';
import { testConfig } from '../support/test-app';
import { recordFigure } from './figures';
import { freePort } from '../support/ports';

/**
 * The database stopped and started under load, on a PostgreSQL of this test's
 * own: /readyz tells the truth throughout, requests are answered (not hung)
 * while it is down, and the server recovers by itself when it is back.
 */
let dir: string;
let port: number;
let pgServer: EmbeddedServer | undefined;
let app: App;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'holds-pg-'));
  chmodSync(dir, 0o755);
  port = await freePort();
  pgServer = await startEmbeddedPostgres(path.join(dir, 'data'), port, true);
  await ensureDatabase(pgServer.url('postgres'), 'governance');
  app = await createApp({ ...testConfig(), statementTimeoutMs: 2000 }, pgServer.url('governance'));
  await migrate(app.orm);
  base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await app?.close().catch(() => undefined);
  await pgServer?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Sample {
  at: number;
  ms: number;
  status: number;
  ok: boolean;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('database stopped and started under load', () => {
  it('reports not-ready while down and recovers without a restart', async () => {
    const samples: Sample[] = [];
    const probes: { at: number; status: number }[] = [];
    let running = true;
    const client = async () => {
      while (running) {
        const at = Date.now();
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ serviceCenters(first: 5) { totalCount } }' }),
        });
        const body = await res.json();
        samples.push({
          at,
          ms: Date.now() - at,
          status: res.status,
          ok: !body.errors && typeof body.data?.serviceCenters?.totalCount === 'number',
        });
        await sleep(20);
      }
    };
    const prober = async () => {
      while (running) {
        const res = await fetch(`${base}/readyz`);
        probes.push({ at: Date.now(), status: res.status });
        await sleep(100);
      }
    };
    const load = [client(), client(), client(), client(), prober()];

    await sleep(1500);
    const downAt = Date.now();
    await pgServer!.stop();
    const stoppedAt = Date.now();
    await sleep(2500);
    const upAt = Date.now();
    pgServer = await startEmbeddedPostgres(path.join(dir, 'data'), port, true);
    const startedAt = Date.now();
    // Give the pool time to notice and the probes time to see it.
    let recoveredAt = 0;
    while (Date.now() - startedAt < 15_000) {
      const last = samples.at(-1);
      const probe = probes.at(-1);
      if (last && last.at > startedAt && last.ok && probe && probe.at > startedAt && probe.status === 200) {
        recoveredAt = Date.now();
        break;
      }
      await sleep(100);
    }
    await sleep(1000);
    running = false;
    await Promise.all(load);

    expect(recoveredAt, 'the server did not recover within 15 s of the database coming back').toBeGreaterThan(0);
    // Before the stop: ready, and queries succeed.
    expect(probes.filter((p) => p.at < downAt).every((p) => p.status === 200)).toBe(true);
    expect(samples.filter((s) => s.at + s.ms < downAt).every((s) => s.ok)).toBe(true);
    // While down: not ready, and every probe says so.
    const whileDown = probes.filter((p) => p.at > stoppedAt + 200 && p.at < upAt);
    expect(whileDown.length).toBeGreaterThan(5);
    expect(whileDown.every((p) => p.status === 503)).toBe(true);
    // Requests during the outage were answered with an error, not left hanging.
    const duringOutage = samples.filter((s) => s.at > stoppedAt && s.at < upAt);
    expect(duringOutage.length).toBeGreaterThan(0);
    expect(duringOutage.every((s) => !s.ok && s.ms < 5000)).toBe(true);
    // After recovery: ready again and every query succeeds.
    expect(probes.filter((p) => p.at > recoveredAt).every((p) => p.status === 200)).toBe(true);
    expect(samples.filter((s) => s.at > recoveredAt).every((s) => s.ok)).toBe(true);

    console.log(
      `[reliability] database outage: ${samples.length} requests, ${duringOutage.length} refused during ${upAt - stoppedAt} ms down, ` +
        `recovered ${recoveredAt - startedAt} ms after the database came back, ${whileDown.length} readiness probes answered 503`,
    );
    recordFigure('faults survived', 1);
  }, 90_000);
});
