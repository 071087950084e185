import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { QueryInputs } from './queries';
import { SEARCH_FORMS, searchWorkersSql } from './raw-sql';
import { type ServerName, type ServerSpec } from './servers';
import { NODE22, POSTGRAPHILE_CLI, YARDSTICKS } from './yardstick-install';
import { signToken } from '../server/src/modules/auth/token';

const POOL_MAX = '10';

/** The three servers, each with a pool of 10 connections to the same database. */
export function serverSpecs(databaseUrl: string, portBase: number, jwtSecret: string): Record<ServerName, ServerSpec> {
  return {
    ours: {
      name: 'ours',
      command: process.execPath,
      // The tsc build (bench/run.ts builds it first), as in production: docs/deploy.md.
      args: ['dist/server/src/main.js'],
      env: {
        DATABASE_URL: databaseUrl,
        DEMO: 'false',
        NODE_ENV: 'production',
        JWT_SECRET: jwtSecret,
        PORT: String(portBase),
        HOST: '127.0.0.1',
        PG_POOL_MAX: POOL_MAX,
        // The load generator is one address: rate limits stay on (their cost is measured) but never refuse.
        RATE_LIMIT_PER_ADDRESS: '10000000',
        RATE_LIMIT_PER_KEY: '10000000',
      },
      port: portBase,
      ready: { path: '/readyz' },
    },
    postgraphile: {
      name: 'postgraphile',
      command: NODE22,
      args: [
        POSTGRAPHILE_CLI,
        '-P',
        'postgraphile/presets/amber',
        '-c',
        databaseUrl,
        '-s',
        'public',
        '-p',
        String(portBase + 1),
        '-n',
        '127.0.0.1',
      ],
      env: { GRAPHILE_ENV: 'production', NODE_ENV: 'production' },
      // Its own folder: no graphile.config.* of ours is picked up, and its packages resolve there.
      cwd: YARDSTICKS,
      port: portBase + 1,
      ready: { path: '/graphql', body: '{"query":"{ __typename }"}' },
    },
    raw: {
      name: 'raw',
      command: process.execPath,
      args: ['--import', 'tsx', 'bench/raw-server.ts'],
      env: { DATABASE_URL: databaseUrl, PORT: String(portBase + 2), PG_POOL_MAX: POOL_MAX },
      port: portBase + 2,
      ready: { path: '/healthz' },
    },
  };
}

/**
 * What PostGraphile needs for Q4: its default preset has no aggregates, and a SQL
 * function in the exposed schema is its documented way to add one (a root field
 * `budgetTotalsBySource(year)`). Same statement as the raw baseline's Q4.
 */
const Q4_FUNCTION = `create or replace function public.budget_totals_by_source(year integer)
  returns table (source text, income numeric) language sql stable as $$
  select source, sum(amount) from budget_line
  where fiscal_year = year and direction = 'INCOME' and deleted_at is null
  group by source order by source $$`;

/**
 * What PostGraphile needs for Q5-Q7: the raw baseline's search as a function (a root field
 * `searchWorkers(q)`), choosing the statement by the text as the raw server and ours do.
 */
const branch = (f: (typeof SEARCH_FORMS)[number]) =>
  `cased = ${f.cased} and pair = ${f.pair} then return query ${searchWorkersSql(f, 't', 'k')};`;
const Q5_FUNCTION = `create or replace function public.search_workers(q text)
  returns table (name text) language plpgsql stable as $$
  declare
    t text := btrim(q);
    k text := lower(regexp_replace(btrim(q), '[[:space:]'']+', '', 'g'));
    cased boolean := lower(t) <> upper(t);
    pair boolean := char_length(t) = 2 and k = lower(t);
  begin
    if ${SEARCH_FORMS.map(branch).join('\n    elsif ')}
    end if;
  end $$`;

const BENCH_ADMIN = '00000000-0000-4000-8000-00000000be0c';

/** Prepares the database and picks the inputs of the reference queries from the city. */
export async function prepareInputs(databaseUrl: string, jwtSecret: string): Promise<QueryInputs> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(Q4_FUNCTION);
    await client.query(Q5_FUNCTION);
    // An administrator for our server (budget lines and figures are not public): a
    // JWT signed with the secret the server is started with.
    await client.query(
      `insert into app_user (id, version, created_at, updated_at, email, display_name, password_hash, role, active)
      values ($1, 1, now(), now(), 'bench-admin@bench.local', 'bench', 'not-a-password', 'ADMIN', true) on conflict do nothing`,
      [BENCH_ADMIN],
    );
    const {
      rows: [year],
    } =
      await client.query(`select coalesce(max(fiscal_year) filter (where fiscal_year <= extract(year from now())), max(fiscal_year))::int as y
      from budget_line where community_id is not null`);
    // The community in the middle of the code order that has budget lines that year and duty assignments.
    const {
      rows: [middle],
    } = await client.query(
      `select c.id from community c
      where exists (select 1 from budget_line b where b.community_id = c.id and b.fiscal_year = $1)
        and exists (select 1 from duty_assignment a where a.community_id = c.id)
      order by c.code offset (select count(*) / 2 from community) limit 1`,
      [year.y],
    );
    const fallback = middle ?? (await client.query('select id from community order by code limit 1')).rows[0];
    // Sessions can end (app_session): the bench's token names one of its own.
    const {
      rows: [session],
    } = await client.query(
      `insert into app_session (id, user_id, created_at, expires_at)
      values (gen_random_uuid(), $1, now(), now() + interval '24 hours') returning id`,
      [BENCH_ADMIN],
    );
    const token = signToken({ secret: jwtSecret, ttlSeconds: 24 * 3600 }, { userId: BENCH_ADMIN, sessionId: session.id });
    // Q5-Q7 search one worker's name: the first five letters of its pinyin (a surname and a bit,
    // which hits many names), its first two characters, its first two initials.
    const {
      rows: [worker],
    } = await client.query(
      `select left(name_pinyin, 5) as pinyin, left(name, 2) as characters, left(name_initials, 2) as initials
      from community_worker where deleted_at is null and char_length(name) >= 2 order by id limit 1`,
    );
    return {
      communityId: fallback.id,
      year: year.y,
      page: 50,
      searches: { pinyin: worker?.pinyin ?? 'zhang', characters: worker?.characters ?? '张伟', initials: worker?.initials ?? 'zw' },
      oursHeaders: { authorization: `Bearer ${token}` },
    };
  } finally {
    await client.end();
  }
}

export const newJwtSecret = () => randomBytes(32).toString('hex');
