import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from './config';
import type { AppContext } from './core/context';
import { buildAppSchema } from './core/graphql/build-schema';
import { Loaders } from './core/loaders/loaders';
import { ormConfig, type OrmSettings } from './db/orm-config';
import { mountAdmin } from './http/admin-static';
import { mountGraphiql } from './http/graphiql';
import { mountHealth } from './http/health';
import { trustedDocuments } from './http/trusted-documents';
import { primaryAfterWrites } from './db/read-routing';
import { setupFigureCache } from './core/cache';
import { hardenGraphql } from './http/limits';
import { resolveViewer, rolePolicy } from './modules/auth';

export interface App {
  orm: MikroORM;
  schema: GraphQLSchema;
  apollo: ApolloServer<AppContext>;
  http: http.Server;
  /** Builds the context a request would get (tests execute operations through it). */
  contextFor: (headers: Record<string, string | undefined>) => Promise<AppContext>;
  listen: (port: number, host?: string) => Promise<number>;
  close: () => Promise<void>;
}

/**
 * Everything one server process needs, without side effects at import:
 * main.ts, the tests and the scripts all build the platform through here.
 */
export async function createApp(config: AppConfig, clientUrl: string, orm?: Partial<OrmSettings>): Promise<App> {
  const mikro = await MikroORM.init(ormConfig({ clientUrl, poolMax: config.poolMax, statementTimeoutMs: config.statementTimeoutMs, replicaUrls: config.replicaUrls, ...orm }));
  const schema = buildAppSchema();
  const figures = setupFigureCache(mikro, schema, config.cache);
  const app = express();
  const server = http.createServer(app);

  const contextFor = async (headers: Record<string, string | string[] | undefined>): Promise<AppContext> => {
    const em = mikro.em.fork();
    const viewer = await resolveViewer(em, config, headers);
    const access = rolePolicy(viewer, em);
    return { em, viewer, access, loaders: new Loaders(em, access), config };
  };

  const holds = hardenGraphql(config, app);
  const trusted = trustedDocuments(config);
  const apollo = new ApolloServer<AppContext>({
    schema,
    ...holds.apollo, // query limits, no batching, introspection setting, masked errors
    csrfPrevention: true,
    // main.ts handles SIGTERM/SIGINT itself; Apollo's own handlers would race it and leave stop() hanging.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: config.limits.shutdownGraceMs }), ...holds.plugins, trusted.plugin,
      primaryAfterWrites(config.replicaUrls.length > 0), figures.plugin,
      // No HTTP cache hints are used: skip the per-field bookkeeping of the cache-control plugin.
      ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  app.disable('x-powered-by');
  mountHealth(app, mikro);
  app.use('/graphql', ...holds.body, trusted.resolveIds, expressMiddleware(apollo, { context: ({ req }) => holds.throttle.guard(req, () => contextFor(req.headers)) }));
  mountAdmin(app, config.adminDistDir);
  if (config.graphiql) mountGraphiql(app);

  return {
    orm: mikro,
    schema,
    apollo,
    http: server,
    contextFor,
    listen: (port, host = config.host) =>
      new Promise((resolve) => server.listen(port, host, () => resolve((server.address() as { port: number }).port))),
    close: async () => {
      await apollo.stop();
      if (server.listening) await new Promise((r) => server.close(r));
      await mikro.close(true);
      await holds.close();
      await figures.close();
    },
  };
}
