import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemTimes, runNoninterference, type RunReport } from './run';
import { buildWorld, type World } from './world';

/**
 * Access is proven, not enumerated (issue 12): for every caller class, databases that
 * differ only in what that caller may not see must give it identical answers, on
 * every channel the generated corpus asks (lists, filters, orders, cursors, paging,
 * counts, child lists, records by id, history, figures, the report, permissions,
 * refused writes). `npm test` runs 20 pairs per caller; `npm run test:noninterference`
 * runs every pair the generator finds (NONINTERFERENCE_PAIRS=all) and follows more pages.
 */
const LONG = process.env.NONINTERFERENCE_PAIRS === 'all';
// The corpus is mostly refusals, and each error's stack was mapped through vite's source maps: a
// fifth of the run's CPU for stacks nobody reads (answers never carry them). This file's process only.
Error.stackTraceLimit = 0;
let world: World;
let report: RunReport;

beforeAll(async () => {
  world = await buildWorld();
}, 300_000);
afterAll(() => world?.close());

describe('noninterference', () => {
  it(
    'gives each caller the same answers from databases that differ only in what it may not see',
    async () => {
      const pairs = LONG ? 'all' : Number(process.env.NONINTERFERENCE_PAIRS ?? 20);
      report = await runNoninterference(world, { pairs, pages: LONG ? 4 : 2, only: process.env.NONINTERFERENCE_ONLY }, (line) =>
        console.log(line),
      );
      if (process.env.NONINTERFERENCE_PROFILE) {
        const slow = [...itemTimes].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40);
        console.log(slow.map(([name, t]) => `${t.ms.toFixed(0).padStart(7)} ms ${String(t.ops).padStart(5)} ops  ${name}`).join('\n'));
        const total = [...itemTimes.values()].reduce((a, t) => ({ ms: a.ms + t.ms, ops: a.ops + t.ops }), { ms: 0, ops: 0 });
        console.log(`total ${total.ms.toFixed(0)} ms, ${total.ops} ops`);
        const kinds = new Map<string, { ms: number; ops: number }>();
        for (const [name, t] of itemTimes) {
          const kind = name.includes(': ') ? name.slice(name.indexOf(': ') + 2).replace(/ \[.*|where .*/, '') : name;
          const k = kinds.get(kind) ?? { ms: 0, ops: 0 };
          kinds.set(kind, { ms: k.ms + t.ms, ops: k.ops + t.ops });
        }
        console.log(
          [...kinds]
            .sort((a, b) => b[1].ms - a[1].ms)
            .map(([k, t]) => `  ${t.ms.toFixed(0).padStart(7)} ms ${String(t.ops).padStart(5)} ops  ${k}`)
            .join('\n'),
        );
      }
      console.log(
        `[reliability] noninterference: ${report.callers} caller classes × ${report.pairs} database pairs × ${report.items} corpus items ` +
          `(${report.operations} operations, ${report.comparisons} comparisons): ${report.differences.length} differences`,
      );
      // Every difference, in full, for whoever has to look into one (git-ignored).
      mkdirSync('test-artifacts', { recursive: true });
      writeFileSync(
        'test-artifacts/noninterference.txt',
        report.differences.map((d) => `${d.caller} | ${d.pair} | ${d.item}\n    ${d.where}`).join('\n') + '\n',
      );
      const shown = report.differences
        .slice(0, 15)
        .map((d) => `${d.caller} | ${d.pair} | ${d.item}\n    ${d.where}`)
        .join('\n');
      expect(report.differences, `differences (first 15):\n${shown}`).toHaveLength(0);
      expect(report.callers).toBeGreaterThanOrEqual(6);
      for (const c of report.perCaller) expect(c.pairs, `${c.caller}: pairs`).toBeGreaterThanOrEqual(20);
    },
    LONG ? 3_600_000 : 900_000,
  );
});
