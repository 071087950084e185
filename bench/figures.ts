/**
 * Times every figure query on a large city and writes docs/benchmarks-figures.md.
 *
 *   npm run bench:figures                       # the database of DATABASE_URL, or the embedded one
 *   npm run bench:figures -- --seed 2000        # first load a synthetic city of 2,000 communities
 *   npm run bench:figures -- --runs 20 --out docs/benchmarks-figures.md
 *
 * Each query runs in-process through Apollo as an administrator (GraphQL parsing, resolvers and SQL; no HTTP),
 * after two warm-up runs; p50 and p95 over the timed runs are reported.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../server/src/app';
import { loadConfig, ROOT } from '../server/src/config';
import { openDatabase } from '../server/src/db/database';
import { migrate } from '../server/src/db/migrate';
import type { Viewer } from '../server/src/core/access/viewer';
import { Loaders } from '../server/src/core/loaders/loaders';
import { rolePolicy } from '../server/src/modules/auth';

const TARGET_MS = 200;
const ADMIN: Viewer = {
  kind: 'user',
  id: '00000000-0000-4000-8000-000000000001',
  email: 'bench@example.org',
  role: 'ADMIN',
  serviceCenterId: null,
  communityId: null,
};

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const NOTES = [
  '## Notes',
  '',
  '- Tables are analysed before timing (as autovacuum would have them shortly after a load). Without statistics, right after `npm run seed`, the all-community indicators took 0.27-0.54 s under a load of ~8 (0.15-0.17 s once analysed, same load): slower, but bounded, because figure statements run with nested loops off (hash joins) except when scoped to one centre. Before that setting they ran into the 15 s statement timeout.',
  '- Figure statements run with `jit = off`: JIT compilation took 2-3 s on the many-CTE indicator statement, whose plan runs in about 0.1 s.',
  '- No index was added: whole-city figures aggregate whole tables (hash aggregates, where indexes do not help); centre-scoped figures use the foreign-key indexes the initial migration already creates on every reference column.',
  '',
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function main() {
  const runs = Number(arg('runs', '15'));
  const seed = process.argv.includes('--seed') ? arg('seed', '2000') : null;
  const out = path.resolve(ROOT, arg('out', 'docs/benchmarks-figures.md'));
  // The figure cache off: this times the computations, not cache lookups.
  const config = { ...loadConfig({ ...process.env, FIGURE_CACHE: 'false' }), demo: false };
  const db = await openDatabase(config);
  if (seed) {
    console.log(`loading a synthetic city of ${seed} communities ...`);
    execFileSync('npm', ['run', 'seed', '--', '--reset', '--communities', seed], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: db.url },
      cwd: ROOT,
    });
  }
  const app = await createApp(config, db.url);
  await migrate(app.orm);
  const conn = app.orm.em.getConnection();
  // Fresh statistics, as autovacuum would have them a minute after a bulk load: without
  // them the planner takes the freshly seeded tables for empty and picks nested loops.
  await conn.execute('analyze');
  const [{ year }] = await conn.execute(
    `select coalesce(max(fiscal_year), extract(year from now())::int) as year from budget_line where deleted_at is null`,
  );
  const [{ id: centerId }] = await conn.execute(
    `select s.id from service_center s join community c on c.service_center_id = s.id where s.deleted_at is null group by s.id order by count(*) desc limit 1`,
  );
  const counts = await conn.execute(
    `select relname as table, n_live_tup as rows from pg_stat_user_tables where relname <> 'mikro_orm_migrations' order by relname`,
  );
  const [{ version }] = await conn.execute('select version()');

  const queries: Array<[string, string, Record<string, unknown>]> = [
    [
      'overview (city)',
      '{ overview { communityCount population workerCount workersByEmploymentType { key count } partyOrganizationCount partyMemberCount socialOrganizationCount } }',
      {},
    ],
    [
      'overview (one centre, asOf)',
      'query($s: ID, $d: Date) { overview(serviceCenterId: $s, asOf: $d) { communityCount population workerCount partyMemberCount } }',
      { s: centerId, d: `${year}-06-30` },
    ],
    [
      'communityIndicators (all communities)',
      'query($y: Int!) { communityIndicators(year: $y) { communityId workersPer10k officeAreaPer1k fiscalDependency socialOrganizationsPer10k averageAttendance activityParticipants trainingHoursPerWorker powerMismatchCount unfundedDutyCount } }',
      { y: year },
    ],
    [
      'communityIndicators (filter: centre kind)',
      'query($y: Int!) { communityIndicators(year: $y, filter: { serviceCenter: { kind: { eq: PARTY_SERVICE_CENTER } } }) { communityId workersPer10k fiscalDependency } }',
      { y: year },
    ],
    [
      'centerIndicators',
      'query($y: Int!, $s: ID!) { centerIndicators(year: $y, serviceCenterId: $s) { workersPer10k fiscalDependency powerMismatchCount unfundedDutyCount } }',
      { y: year, s: centerId },
    ],
    [
      'cityIndicators',
      'query($y: Int!) { cityIndicators(year: $y) { workersPer10k fiscalDependency powerMismatchCount unfundedDutyCount } }',
      { y: year },
    ],
    [
      'budgetSummary (community × direction)',
      'query($y: Int!) { budgetSummary(year: $y, groupBy: [COMMUNITY, DIRECTION]) { rows { communityId direction income expenditure } totals { balance } } }',
      { y: year },
    ],
    [
      'budgetSummary (centre × source, filtered)',
      'query($y: Int!) { budgetSummary(year: $y, groupBy: [SERVICE_CENTER, SOURCE], filter: { status: { in: [APPROVED, SPENT] }, direction: { eq: INCOME } }) { rows { serviceCenterId source income fiscalDependency } totals { income } } }',
      { y: year },
    ],
    [
      'dutyFindings',
      'query($y: Int!) { dutyFindings(year: $y) { powerMismatches { assignmentId reason } unfundedDuties { assignmentId reason } } }',
      { y: year },
    ],
    [
      'report (centre, Markdown)',
      'query($y: Int!, $s: ID) { report(year: $y, serviceCenterId: $s) { content } }',
      { y: year, s: centerId },
    ],
    ['report (city, HTML)', 'query($y: Int!) { report(year: $y, format: HTML) { content } }', { y: year }],
  ];

  const loadBefore = os.loadavg()[0];
  const results: Array<{ name: string; p50: number; p95: number; max: number }> = [];
  for (const [name, query, variables] of queries) {
    const times: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      // An administrator's request context (the filtered budget query names fields anonymous callers may not filter by).
      const em = app.orm.em.fork();
      const access = rolePolicy(ADMIN, em);
      const contextValue = { em, viewer: ADMIN, access, loaders: new Loaders(em, access), config, requestId: randomUUID() };
      const start = process.hrtime.bigint();
      const res = await app.apollo.executeOperation({ query, variables }, { contextValue });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (res.body.kind !== 'single' || res.body.singleResult.errors)
        throw new Error(`${name}: ${JSON.stringify(res.body)}`.slice(0, 2000));
      if (i >= 2) times.push(ms);
    }
    times.sort((a, b) => a - b);
    const r = { name, p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: times.at(-1)! };
    results.push(r);
    console.log(`${name.padEnd(45)} p50 ${r.p50.toFixed(1).padStart(7)} ms   p95 ${r.p95.toFixed(1).padStart(7)} ms`);
  }

  const cpu = os.cpus();
  const md = [
    '# Figure query benchmark',
    '',
    `Generated by \`npm run bench:figures\` (bench/figures.ts) on ${new Date().toISOString()}.`,
    '',
    `- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores (shared with other work), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`,
    `- Load average (1 min) ${loadBefore.toFixed(1)} when the runs started and ${os.loadavg()[0].toFixed(1)} when they ended, on ${cpu.length} cores: other work shared the machine, so these are upper bounds`,
    `- Node ${process.version}; ${String(version).split(',')[0]}${db.embedded ? ' (embedded)' : ''}`,
    `- Each query: ${runs} timed runs after 2 warm-ups, in-process through Apollo as an administrator (parse, validate, resolvers, SQL; no HTTP). Fiscal year ${year}.`,
    `- Target: under ${TARGET_MS} ms per figure query (the two report rows build a whole report from several figure queries; shown for reference).`,
    '',
    '## Data',
    '',
    '| table | rows |',
    '| --- | ---: |',
    ...counts.map((c: any) => `| ${c.table} | ${c.rows} |`),
    '',
    '## Results',
    '',
    '| query | p50 ms | p95 ms | max ms | within target |',
    '| --- | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${r.name.startsWith('report') ? '—' : r.p95 < TARGET_MS ? 'yes' : 'no'} |`,
    ),
    '',
    ...NOTES,
  ].join('\n');
  writeFileSync(out, md);
  console.log(`wrote ${path.relative(ROOT, out)}`);
  await app.close();
  await db.stop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
