import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nonEmptyTables, runnerFor, truncateAll } from '../../seeds/db/sql';
import { problemsIn } from '../../seeds/db/validate';
import { TABLE_ORDER } from '../../seeds/db/tables';
import { loadSyntheticCity, planCity, syntheticTables } from '../../seeds/synthetic/city';
import { SYN_TODAY } from '../../seeds/synthetic/context';
import { startTestApp, type TestApp } from '../support/test-app';
import { count, MISMATCH_SQL, tableHashes, timelineProblems, UNFUNDED_SQL } from './helpers';

const N = 30;
let t: TestApp;
let counts: Record<string, number>;
const progress: Array<{ table: string; done: number; total: number }> = [];
beforeAll(async () => {
  t = await startTestApp();
  counts = await loadSyntheticCity(t.app.orm, { communities: N, onProgress: (p) => progress.push(p) });
});
afterAll(() => t?.close());

describe('synthetic city', () => {
  it(`has ${N} communities and proportional rows in every table`, async () => {
    const orm = t.app.orm;
    expect(await count(orm, 'select count(*) as n from community')).toBe(N);
    expect(await count(orm, 'select count(*) as n from service_center')).toBe(Math.ceil(N / 6));
    for (const table of TABLE_ORDER) expect(await count(orm, `select count(*) as n from "${table}"`), table).toBe(counts[table]);
    const per = (table: string) => counts[table] / N;
    expect(per('compound')).toBeGreaterThanOrEqual(2);
    expect(per('compound')).toBeLessThanOrEqual(4);
    expect(per('community_worker')).toBeGreaterThanOrEqual(10);
    expect(per('community_worker')).toBeLessThanOrEqual(20);
    expect(counts.training_record / counts.community_worker).toBeGreaterThan(1);
    expect(counts.training_record / counts.community_worker).toBeLessThan(3);
    expect(counts.performance_review).toBe(counts.community_worker);
    expect(per('party_member')).toBeGreaterThanOrEqual(20);
    expect(per('party_member')).toBeLessThanOrEqual(45);
    expect(per('social_organization')).toBeGreaterThanOrEqual(1);
    expect(per('duty_assignment')).toBeGreaterThanOrEqual(8);
    expect(per('duty_assignment')).toBeLessThanOrEqual(14);
    expect(per('budget_line')).toBeGreaterThanOrEqual(20);
    expect(per('budget_line')).toBeLessThanOrEqual(45);
    expect(per('council_meeting')).toBeGreaterThanOrEqual(3);
    expect(per('community_activity')).toBeGreaterThanOrEqual(6);
    expect(counts.duty_item).toBeGreaterThanOrEqual(40);
    // Every community has workers, party organisations, duties and budget lines.
    for (const table of ['community_worker', 'party_organization', 'duty_assignment', 'budget_line', 'council_meeting']) {
      expect(
        await count(orm, `select count(*) as n from community c where not exists (select 1 from "${table}" x where x.community_id = c.id)`),
        table,
      ).toBe(0);
    }
  });

  it('shows the same problems as the demo', async () => {
    expect(await count(t.app.orm, `select count(*) as n ${MISMATCH_SQL}`)).toBeGreaterThan(0);
    expect(await count(t.app.orm, `select count(*) as n ${UNFUNDED_SQL}`, [2026])).toBeGreaterThan(0);
  });

  it('reports progress per table up to the total', () => {
    for (const table of TABLE_ORDER) {
      const last = progress.filter((p) => p.table === table).at(-1)!;
      expect(last.done, table).toBe(last.total);
      expect(last.total, table).toBe(counts[table]);
    }
  });

  it('passes the declared rules and has a coherent timeline', () => {
    const tables = [...syntheticTables(planCity(N))];
    for (const [table, rows] of tables) expect(problemsIn(table, rows), table).toEqual([]);
    expect(timelineProblems(tables, SYN_TODAY)).toEqual([]);
  });

  it('is deterministic: a second database gets the same rows (and --reset empties it)', async () => {
    const other = await startTestApp();
    try {
      await loadSyntheticCity(other.app.orm, { communities: N });
      expect(await tableHashes(other.app.orm)).toEqual(await tableHashes(t.app.orm));
      // What --reset does: afterwards nothing is left, and the CLI would load again.
      const run = runnerFor(other.app.orm.em.fork());
      expect(await nonEmptyTables(run)).toContain('community');
      await truncateAll(run);
      expect(await nonEmptyTables(run)).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
