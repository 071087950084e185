// `npm run bench`: this platform against PostGraphile 5 and one hand-written SQL
// statement per query, on the synthetic city. See docs/benchmarks.md.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openBenchDatabase } from './database';
import { drive } from './load';
import { benchOptions, ROOT } from './options';
import { send, StatementCounter } from './probe';
import { QUERIES, type QueryInputs, type ReferenceQuery } from './queries';
import { renderReport, SERVER_LABEL, summary, type Results } from './report';
import { startServer, type RunningServer, type ServerName } from './servers';
import { ensureYardsticks } from './yardstick-install';
import { newJwtSecret, prepareInputs, serverSpecs } from './yardsticks';

const ORDER: ServerName[] = ['ours', 'postgraphile', 'raw'];

/** Every server must give the same answer to each query, or the comparison means nothing. */
async function checkAnswers(queries: ReferenceQuery[], servers: RunningServer[], inputs: QueryInputs): Promise<void> {
  for (const q of queries) {
    const answers = await Promise.all(
      servers.map(async (s) => JSON.stringify(q.answer[s.name](await send(s.url, q.request[s.name](inputs))))),
    );
    const differ = servers.filter((_, i) => answers[i] !== answers[0]);
    if (differ.length) {
      throw new Error(
        `${q.id}: ${differ.map((s) => SERVER_LABEL[s.name]).join(', ')} answer differently from ${SERVER_LABEL[servers[0].name]}:\n${answers.map((a) => a.slice(0, 400)).join('\n')}`,
      );
    }
    console.log(`· ${q.id} answers agree (${answers[0].length} characters of data)`);
  }
}

async function countStatements(
  results: Results,
  queries: ReferenceQuery[],
  servers: RunningServer[],
  inputs: QueryInputs,
  counter: StatementCounter,
  n: number,
) {
  for (const q of queries) {
    for (const s of servers) {
      const once = (i: QueryInputs) => () => send(s.url, q.request[s.name](i));
      for (let w = 0; w < 3; w++) await once(inputs)();
      const cell = (results[q.id][s.name] ??= { rounds: [], rssMb: 0, statements: null });
      cell.statements = await counter.perRequest(once(inputs), n);
      // The page-size invariance target is about this platform; Q1 and Q2 take a page size.
      if (s.name === 'ours' && (q.id === 'Q1' || q.id === 'Q2'))
        cell.statementsSmallPage = await counter.perRequest(once({ ...inputs, page: 10 }), n);
    }
  }
}

async function postgresVersion(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query('show server_version');
  await c.end();
  return `PostgreSQL ${rows[0].server_version}`;
}

/**
 * Vacuum and analyze once the servers have started (ours migrates and fills derived columns at
 * start): every server then reads the same compact tables, merged GIN indexes and fresh
 * statistics, whether or not the PostgreSQL runs autovacuum.
 */
async function settle(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('vacuum analyze');
  } finally {
    await c.end();
  }
}

async function main() {
  const o = benchOptions();
  const queries = QUERIES.filter((q) => !o.only || o.only.includes(q.id));
  const db = await openBenchDatabase(o);
  if (o.loadOnly) return db.stop();
  ensureYardsticks();
  // This platform runs as it is deployed: compiled by tsc, not transpiled on load by tsx.
  console.log('· building the server (tsc -p tsconfig.build.json)');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  const secret = newJwtSecret();
  const inputs = await prepareInputs(db.url, secret);
  const specs = serverSpecs(db.url, o.portBase, secret);
  const servers: RunningServer[] = [];
  const counter = await StatementCounter.open(db.url, db.statementStats);
  try {
    for (const name of ORDER) {
      servers.push(await startServer(specs[name]));
      console.log(`· ${SERVER_LABEL[name]} ready on ${servers.at(-1)!.url} (pid ${servers.at(-1)!.pid})`);
    }
    await settle(db.url);
    await checkAnswers(queries, servers, inputs);
    const results: Results = Object.fromEntries(queries.map((q) => [q.id, {}]));
    await countStatements(results, queries, servers, inputs, counter, o.probeRequests);
    // Warm-up (not recorded): JIT, plans and pools settle before the first round.
    for (const q of queries) for (const s of servers) await drive(s, q.request[s.name](inputs), Math.min(3, o.duration), o.connections);
    for (let round = 0; round < o.rounds; round++) {
      for (const q of queries) {
        // Interleaved: each round starts with a different server, so drift hits all alike.
        const order = servers.map((_, i) => servers[(i + round) % servers.length]);
        for (const s of order) {
          const r = await drive(s, q.request[s.name](inputs), o.duration, o.connections);
          const cell = results[q.id][s.name]!;
          cell.rounds.push(r);
          cell.rssMb = Math.max(cell.rssMb, r.rssMb);
          console.log(
            `  round ${round + 1} ${q.id} ${SERVER_LABEL[s.name].padEnd(15)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  rss ${r.rssMb.toFixed(0)} MB${r.failures ? `  FAILED ${r.failures}` : ''}`,
          );
        }
      }
    }
    const table = renderReport(
      o,
      {
        date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        postgres: await postgresVersion(db.url),
        statementStats: db.statementStats,
        inputs: `Q3 reads community ${inputs.communityId}; Q3 and Q4 the fiscal year ${inputs.year}; Q5-Q7 search "${inputs.searches.pinyin}", "${inputs.searches.characters}", "${inputs.searches.initials}".`,
      },
      results,
      Object.fromEntries(queries.map((q) => [q.id, q.title])),
    );
    console.log(`\n${table}\n`);
    if (o.writeTo) {
      mkdirSync(path.dirname(o.writeTo), { recursive: true });
      writeFileSync(o.writeTo, readFileSync(path.join(ROOT, 'bench/benchmarks-head.md'), 'utf8') + '\n## Latest run\n\n' + table + '\n');
      console.log(`· written to ${path.relative(ROOT, o.writeTo)}`);
    }
    for (const q of queries) if (Object.values(results[q.id]).some((c) => summary(c!).failures > 0)) process.exitCode = 1;
  } finally {
    await counter.close();
    for (const s of servers) await s.stop();
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
