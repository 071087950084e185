import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seeds/demo';
import { createApp, type App } from '../../server/src/app';
import { scheduleDailyRetention, type RetentionResult } from '../../server/src/modules/retention';
import { startTestApp, testConfig, type TestApp } from '../support/test-app';
import { sql } from '../support/sql';

/** The daily job on two server processes at once (two apps on one database): every expired record anonymised exactly once. */
let t: TestApp;
let second: App;
beforeAll(async () => {
  t = await startTestApp();
  await loadDemo(t.app.orm);
  second = await createApp(testConfig(), t.url);
}, 240_000);
afterAll(async () => {
  await second?.close();
  await t?.close();
});

describe('the daily retention job', () => {
  it('is off by default, and on two processes anonymises each expired record once', async () => {
    expect(testConfig().retention.daily).toBe(false);
    const settings = t.app.config.retention;
    const results: RetentionResult[] = [];
    const stops: Array<() => void> = [];
    const done = new Promise<void>((resolve) => {
      const onRun = (r: RetentionResult) => {
        results.push(r);
        if (results.length === 2) resolve();
      };
      stops.push(scheduleDailyRetention(t.app.orm, settings, { firstRunMs: 0, onRun }));
      stops.push(scheduleDailyRetention(second.orm, settings, { firstRunMs: 0, onRun }));
    });
    await done;
    for (const stop of stops) stop();
    const entries = await sql(t.url, `select record_id, actor_name from audit_entry where action = 'ANONYMISE'`);
    // The demo district's workers who left years ago are due today.
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((e) => e.record_id)).size).toBe(entries.length);
    expect(entries.every((e) => e.actor_name === 'retention (daily job)')).toBe(true);
    // Between them the two runs did it all (one may have stopped at the other's lock).
    const written = results.flatMap((r) => r.types.flatMap((x) => x.records.map((rec) => rec.id)));
    expect(written.sort()).toEqual(entries.map((e) => e.record_id).sort());
  }, 120_000);
});
