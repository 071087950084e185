import { randomBytes } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { createApp, type App } from '../../server/src/app';
import { loadConfig, type AppConfig } from '../../server/src/config';
import { ANONYMOUS, type Role, type Viewer } from '../../server/src/core/access/viewer';
import { viewerContext } from '../../server/src/modules/auth';
import { cloneTemplateDatabase } from './database';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
  /** `warnings` of committed writes (api-contract "Warnings"), when there are any. */
  extensions?: Record<string, unknown>;
}

export interface TestApp {
  app: App;
  url: string;
  /** SQL statements run since the last reset (only when counting was asked for). */
  queries: string[];
  /** Runs an operation in-process as `viewer` (default: a logged-in admin). */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export const testConfig = () => ({ ...loadConfig({ NODE_ENV: 'test', DEMO: 'false' }), jwtSecret: randomBytes(16).toString('hex') });

export const userViewer = (role: Role, extra: Partial<Extract<Viewer, { kind: 'user' }>> = {}): Viewer => ({
  kind: 'user',
  id: '00000000-0000-4000-8000-000000000001',
  email: `${role.toLowerCase()}@test.local`,
  role,
  serviceCenterId: null,
  communityId: null,
  ...extra,
});

export const ADMIN = userViewer('ADMIN');
export { ANONYMOUS };

/** Runs an operation in-process through `app`'s Apollo server as `viewer`. */
export async function runAs<T = Record<string, any>>(
  app: App,
  query: string,
  variables: Record<string, unknown> | undefined,
  viewer: Viewer,
): Promise<GqlResult<T>> {
  const contextValue = viewerContext(app.orm.em.fork(), viewer, app.config);
  const res = await app.apollo.executeOperation({ query, variables }, { contextValue });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental response');
  return res.body.singleResult as GqlResult<T>;
}

/** The platform on a fresh database of its own; operations run in-process through Apollo. */
export async function startTestApp(settings: Partial<AppConfig> = {}): Promise<TestApp> {
  const db = await cloneTemplateDatabase();
  const queries: string[] = [];
  const app = await createApp({ ...testConfig(), ...settings }, db.url, { onQuery: (sql) => queries.push(sql) });
  return {
    app,
    url: db.url,
    queries,
    gql: (query, variables, viewer = ADMIN) => runAs(app, query, variables, viewer),
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** The data of a result, failing the test with the errors when there are any. */
export function ok<T>(result: GqlResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}
