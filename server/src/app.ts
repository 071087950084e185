import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import type { AccessPolicy } from './core/access/policy';
import type { PendingViewer, Viewer } from './core/access/viewer';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from './config';
import type { AppContext } from './core/context';
import { buildSchema, printSchemaFile } from './core/graphql/build-schema';
import { Loaders } from './core/loaders/loaders';
import { ormConfig, type OrmSettings } from './db/orm-config';
import { entities, resolvers } from './modules';
import { mountAdmin } from './http/admin-static';
import { mountGraphiql } from './http/graphiql';
import { mountHealth } from './http/health';
import { graphqlEndpoint, isGraphqlPath } from './http/graphql-endpoint';
import { trustedDocuments } from './http/trusted-documents';
import { primaryAfterWrites } from './db/read-routing';
import { setupFigureCache } from './core/cache';
import { oneStatementReads } from './core/one-statement';
import { warningsPlugin } from './core/graphql/warnings-plugin';
import { ClearReads } from './core/access/clear-reads';
import { clearReadsPlugin } from './core/access/clear-reads-plugin';
import { clientAddress, hardenGraphql } from './http/limits';
import { assumedViewer, resolveViewer, rolePolicy } from './modules/auth';
import { recordClearReads } from './modules/audit';
import { CACHED_FIGURES } from './modules/figures';
import { safeError, setupOps, type Logger } from './ops';
import { retentionPlans, scheduleDailyRetention } from './modules/retention';

export interface App {
  /** The settings the app was made with (tests run operations with the same secret and limits). */
  config: AppConfig;
  orm: MikroORM;
  schema: GraphQLSchema;
  apollo: ApolloServer<AppContext>;
  http: http.Server;
  /** Builds the context a request would get (tests execute operations through it). */
  contextFor: (headers: Record<string, string | undefined>, clientAddress?: string, requestId?: string) => Promise<AppContext>;
  /** The app's JSON logger (docs/deploy.md "Operations"). */
  logger: Logger;
  /** Sends the trace spans still batched (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT; nothing without it). */
  flushTraces: () => Promise<void>;
  listen: (port: number, host?: string) => Promise<number>;
  close: () => Promise<void>;
}

/**
 * One request's context. The EntityManager fork, the policy and the loaders are
 * made when first used: a query answered by one prepared statement
 * (core/one-statement) never needs them, and making them was a visible part of
 * such a request's cost. Getters on the prototype, because Apollo copies the
 * context's own properties for each operation (which would call own getters).
 */
class RequestContext implements AppContext {
  private madeEm?: EntityManager;
  private madeAccess?: AccessPolicy;
  private madeLoaders?: Loaders;
  readonly clearReads = new ClearReads();

  constructor(
    private readonly mikro: MikroORM,
    public viewer: Viewer,
    readonly config: AppConfig,
    readonly requestId: string,
    readonly clientAddress?: string,
    public pending?: PendingViewer,
  ) {}

  settle(viewer: Viewer): void {
    this.viewer = viewer;
    this.pending = undefined;
    // A policy or loaders made for the assumed viewer must not serve the settled one.
    this.madeAccess = undefined;
    this.madeLoaders = undefined;
  }

  get em(): EntityManager {
    return (this.madeEm ??= this.mikro.em.fork());
  }

  get access(): AccessPolicy {
    return (this.madeAccess ??= rolePolicy(this.viewer, this.em));
  }

  get loaders(): Loaders {
    return (this.madeLoaders ??= new Loaders(this.em, this.access));
  }
}

let builtSchema: GraphQLSchema | undefined;

/**
 * The executable schema of the modules listed in modules/index.ts. Built once per
 * process: type-graphql builds from its global metadata, and every app, test and
 * script of a process serves the same declarations.
 */
export const appSchema = (): GraphQLSchema => (builtSchema ??= buildSchema(resolvers()));

/** schema/schema.graphql as `npm run schema:print` writes it. */
export const appSchemaFile = (): string => printSchemaFile(appSchema());

/** The MikroORM configuration for the entities of the modules listed in modules/index.ts. */
export const appOrmConfig = (settings: OrmSettings) => ormConfig(settings, entities());

/**
 * Everything one server process needs, without side effects at import:
 * main.ts, the tests and the scripts all build the platform through here.
 */
export async function createApp(
  config: AppConfig,
  clientUrl: string,
  orm?: Partial<OrmSettings>,
  /** The process's logger (main.ts); tests pass one writing to a stream they read. Made from LOG_LEVEL when unset. */
  logger?: Logger,
): Promise<App> {
  const mikro = await MikroORM.init(
    appOrmConfig({
      clientUrl,
      poolMax: config.poolMax,
      statementTimeoutMs: config.statementTimeoutMs,
      replicaUrls: config.replicaUrls,
      ...orm,
    }),
  );
  const schema = appSchema();
  const trusted = trustedDocuments(config);
  const ops = setupOps(config, mikro, (hash) => trusted.registry.get(hash) !== undefined, logger);
  // A RETENTION_YEARS_* setting no type declares fails the start here, not a year later.
  retentionPlans(config.retention);
  const stopRetention = config.retention.daily
    ? scheduleDailyRetention(mikro, config.retention, {
        log: { info: (m) => ops.logger.info(m), error: (m, err) => ops.logger.error({ err: safeError(err) }, m) },
      })
    : () => undefined;
  const figures = setupFigureCache(mikro, schema, config.cache, CACHED_FIGURES, ops.hooks.figureCache);
  const app = express();
  const server = http.createServer();

  const contextFor = async (
    headers: Record<string, string | string[] | undefined>,
    clientAddress?: string,
    requestId: string = randomUUID(),
  ): Promise<AppContext> => {
    // A recent signed-in user is assumed and checked inside the query's statement, or looked up before
    // anything runs (core/one-statement); anyone else is looked up now, with plain statements.
    const assumed = assumedViewer(mikro.em, config, headers);
    if (assumed) return new RequestContext(mikro, assumed.viewer, config, requestId, clientAddress, assumed.pending);
    return new RequestContext(mikro, await resolveViewer(mikro.em, config, headers), config, requestId, clientAddress);
  };

  const holds = hardenGraphql(config, app, ops.hooks.limits);
  const apollo = new ApolloServer<AppContext>({
    schema,
    ...holds.apollo, // query limits, no batching, introspection setting, masked errors
    csrfPrevention: true,
    // main.ts handles SIGTERM/SIGINT itself; Apollo's own handlers would race it and leave stop() hanging.
    stopOnTerminationSignals: false,
    // oneStatementReads first of those that answer operations: it settles an assumed viewer before anything runs.
    plugins: [
      oneStatementReads(config.oneStatementReads, mikro, ops.hooks.oneStatement),
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: config.limits.shutdownGraceMs }),
      ...holds.plugins,
      trusted.plugin,
      primaryAfterWrites(config.replicaUrls.length > 0),
      figures.plugin,
      warningsPlugin,
      clearReadsPlugin(recordClearReads, (err) =>
        ops.logger.error({ err: safeError(err) }, '[access-log] clear reads could not be recorded; the answer was withheld'),
      ),
      ops.requests.plugin,
      // No HTTP cache hints are used: skip the per-field bookkeeping of the cache-control plugin.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // ETags of GraphQL answers were hashed on every response and never used: answers are not cacheable by HTTP here.
  app.set('etag', false);
  mountHealth(app, mikro);
  ops.mountMetrics(app);
  const inFront = [...holds.body, trusted.resolveIds];
  // The client address travels in the context for limits kept per address inside resolvers (login throttling).
  const graphqlContext = (req: express.Request) =>
    ops.requests.context(req, () =>
      holds.throttle.guard(req, () => contextFor(req.headers, clientAddress(req), ops.requests.requestId(req))),
    );
  // Exactly /graphql takes the short way (http/graphql-endpoint.ts); other paths under it keep express's.
  const graphql = graphqlEndpoint(app, inFront, apollo, graphqlContext);
  // Every request, both ways, gets its id, its log line and its metrics (ops/request-log.ts).
  server.on(
    'request',
    ops.requests.wrap((req, res) => (isGraphqlPath(req.url) ? graphql(req, res) : app(req, res))),
  );
  app.use('/graphql', ...inFront, expressMiddleware(apollo, { context: ({ req }) => graphqlContext(req) }));
  mountAdmin(app, config.adminDistDir);
  if (config.graphiql) mountGraphiql(app);

  return {
    config,
    orm: mikro,
    schema,
    apollo,
    http: server,
    contextFor,
    logger: ops.logger,
    flushTraces: ops.flushTraces,
    listen: (port, host = config.host) =>
      new Promise((resolve) => server.listen(port, host, () => resolve((server.address() as { port: number }).port))),
    close: async () => {
      stopRetention();
      await apollo.stop();
      if (server.listening) await new Promise((r) => server.close(r));
      await mikro.close(true);
      await holds.close();
      await figures.close();
      await ops.close();
    },
  };
}
