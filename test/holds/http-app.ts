import pg from 'pg';
import { createApp, type App } from '../../server/src/app';
import type { AppConfig, LimitSettings } from '../../server/src/config';
import { hashPassword, User } from '../../server/src/modules/auth';
import type { Logger } from '../../server/src/ops';
import { cloneTemplateDatabase } from '../support/database';
import { testConfig } from '../support/test-app';

/** The platform served over real HTTP on loopback, on a database of its own, with a logged-in admin. */
export interface HttpApp {
  app: App;
  base: string;
  dbUrl: string;
  config: AppConfig;
  token: string;
  /** POSTs a body (an object is sent as JSON, a string as is) to /graphql. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Same, as the logged-in admin. */
  postAsAdmin(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export async function startHttpApp(
  limits: Partial<LimitSettings> = {},
  overrides: Partial<AppConfig> = {},
  /** Where the app logs (the test reads it); LOG_LEVEL's (silent in tests) otherwise. */
  logger?: Logger,
): Promise<HttpApp> {
  const db = await cloneTemplateDatabase();
  const base = testConfig();
  const config: AppConfig = { ...base, ...overrides, limits: { ...base.limits, ...limits } };
  const app = await createApp(config, db.url, undefined, logger);
  const em = app.orm.em.fork();
  em.create(User, {
    email: 'admin@example.org',
    displayName: '管理员',
    passwordHash: await hashPassword('demo-password'),
    role: 'ADMIN',
    active: true,
  } as never);
  await em.flush();
  const url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const login = await (await post({ query: 'mutation { login(email: "admin@example.org", password: "demo-password") { token } }' })).json();
  const token = login.data.login.token as string;
  return {
    app,
    base: url,
    dbUrl: db.url,
    config,
    token,
    post,
    postAsAdmin: (body, headers = {}) => post(body, { authorization: `Bearer ${token}`, ...headers }),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

/** Rows in every table of the database: "nothing was written" compares two of these. */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations' order by 1",
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) counts[name] = Number((await client.query(`select count(*) as n from "${name}"`)).rows[0].n);
    return counts;
  } finally {
    await client.end();
  }
}

export { sql } from '../support/sql';
