// `npm run seed`: loads the demo data set, or with --communities N a synthetic city.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { appOrmConfig } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { openDatabase } from '../server/src/db/database';
import { migrate } from '../server/src/db/migrate';
import { countRows, nonEmptyTables, runnerFor, truncateAll } from './db/sql';
import { loadDemo } from './demo';
import { progressPrinter } from './progress';
import { loadSyntheticCity } from './synthetic/city';

const USAGE = `usage: npm run seed [-- [--communities N] [--reset]]

  (no options)       load the demo data set (2 centres, 12 communities) and the demo accounts
  --communities N    load a synthetic city of N communities (about 150 rows each) and the demo accounts
  --reset            empty every table of the platform first (users, keys and audit log included)

The database is DATABASE_URL, or the embedded PostgreSQL under .data/ (stop the server first).
Migrations are applied before loading. A database that holds any row is refused without --reset.`;

interface Args {
  communities: number | null;
  reset: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { communities: null, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--reset') args.reset = true;
    else if (a === '--communities' || a.startsWith('--communities=')) {
      const raw = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
        throw new UsageError(`--communities needs a whole number from 1 to 1000000, got "${raw ?? ''}"`);
      args.communities = n;
    } else if (a === '--help' || a === '-h') throw new UsageError('');
    else throw new UsageError(`unknown option "${a}"`);
  }
  return args;
}

class UsageError extends Error {}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.message) console.error(`seed: ${e.message}\n`);
    console.error(USAGE);
    return e.message ? 2 : 0;
  }
  const config = loadConfig();
  const db = await openDatabase(config);
  const orm = await MikroORM.init(appOrmConfig({ clientUrl: db.url, poolMax: 2, statementTimeoutMs: 600_000 }));
  try {
    const applied = await migrate(orm);
    if (applied.length) console.error(`applied migrations: ${applied.join(', ')}`);
    const run = runnerFor(orm.em.fork());
    const occupied = await nonEmptyTables(run);
    if (occupied.length && !args.reset) {
      console.error(
        `seed: the database is not empty (rows in ${occupied.join(', ')}).\nRun again with --reset to empty it first (everything in it is deleted), or point DATABASE_URL at an empty database.`,
      );
      return 1;
    }
    if (occupied.length) {
      console.error(`emptying ${occupied.length} tables (--reset)`);
      await truncateAll(run);
    }
    const started = performance.now();
    const onProgress = progressPrinter();
    if (args.communities === null) {
      console.error('loading the demo data set');
      await loadDemo(orm, onProgress);
    } else {
      console.error(`loading a synthetic city of ${args.communities} communities`);
      await loadSyntheticCity(orm, { communities: args.communities, onProgress, accounts: true });
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const counts = await countRows(run);
    const total = Object.values(counts).reduce((s, n) => s + n, 0);
    console.error(
      `loaded ${total} rows in ${seconds}s: ${Object.entries(counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    );
    console.error('demo accounts (password demo-password): admin@example.org, center@example.org, staff@example.org, auditor@example.org');
    return 0;
  } finally {
    await orm.close(true);
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
