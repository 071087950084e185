import path from 'node:path';

/** What one `npm run bench` does, from its arguments and the environment. */
export interface BenchOptions {
  communities: number;
  /** Seconds of load per query, per server, per round. */
  duration: number;
  rounds: number;
  connections: number;
  /** Sequential requests used to count SQL statements per request. */
  probeRequests: number;
  /** The database to benchmark: DATABASE_URL, or null for the bench's own embedded PostgreSQL. */
  databaseUrl: string | null;
  embeddedDir: string;
  embeddedPort: number;
  /** Ours on portBase, PostGraphile on portBase + 1, raw SQL on portBase + 2. */
  portBase: number;
  /** Only these queries (e.g. Q1,Q3) or all. */
  only: string[] | null;
  /** Where the table goes; null: print only. */
  writeTo: string | null;
  /** Load the city (if needed) and stop: no servers, no load. */
  loadOnly: boolean;
}

const ROOT = path.resolve(__dirname, '..');

function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function positive(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number above 0, got "${raw}"`);
  return n;
}

export function benchOptions(argv = process.argv.slice(2), env = process.env): BenchOptions {
  const communities = positive(flag(argv, 'communities') ?? env.BENCH_COMMUNITIES, 2000, 'communities');
  const only = flag(argv, 'only');
  const write = flag(argv, 'write');
  return {
    communities,
    duration: positive(flag(argv, 'duration') ?? env.BENCH_DURATION, 10, 'duration'),
    rounds: positive(flag(argv, 'rounds') ?? env.BENCH_ROUNDS, 3, 'rounds'),
    connections: positive(flag(argv, 'connections') ?? env.BENCH_CONNECTIONS, 10, 'connections'),
    probeRequests: positive(flag(argv, 'probe') ?? env.BENCH_PROBE, 20, 'probe'),
    databaseUrl: env.DATABASE_URL || null,
    embeddedDir: env.BENCH_PG_DIR ?? path.join(ROOT, '.data/bench-postgres'),
    embeddedPort: positive(env.BENCH_PG_PORT, 54339, 'BENCH_PG_PORT'),
    portBase: positive(flag(argv, 'port') ?? env.BENCH_PORT, 4100, 'port'),
    only: only ? only.split(',').map((q) => q.trim().toUpperCase()) : null,
    // A small development run does not overwrite the committed city-scale table unless asked.
    loadOnly: argv.includes('--load-only'),
    writeTo:
      write === 'none' ? null : path.resolve(ROOT, write ?? (communities >= 2000 ? 'docs/benchmarks.md' : '.data/benchmarks-dev.md')),
  };
}

export { ROOT };
