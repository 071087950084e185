// Abuse limits and error masking for the GraphQL endpoint: query limits, body size,
// batching, rate limits, introspection and what an error may reveal.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Express } from 'express';
import type { AppConfig } from '../../config';
import { jsonBody } from './body';
import { formatErrorWith } from './format-error';
import { queryLimits } from './query-limits';
import { redisRateStore } from './redis-rate-store';
import { createThrottle, type RateScope } from './throttle';
import { unstorableStringsPlugin } from './unstorable-strings';

export { clientAddress, createThrottle, rateLimited, type RateScope } from './throttle';

/** Where the limits report to (server/src/ops): refusals counted, Redis trouble and internal errors logged. */
export interface LimitHooks {
  refused(scope: RateScope): void;
  warn(message: string): void;
  internalError(message: string, error: unknown): void;
}

const consoleHooks: LimitHooks = {
  refused: () => undefined,
  warn: (message) => console.warn(message),
  internalError: (message, error) => console.error(`[graphql] ${message}:`, error),
};
export { memoryRateStore, type RateStore } from './rate-store';
export { redisRateStore } from './redis-rate-store';

/** Everything app.ts needs to hold the GraphQL endpoint against hostile or careless clients. */
export function hardenGraphql(config: AppConfig, app: Express, hooks: LimitHooks = consoleHooks) {
  const { limits } = config;
  app.set('trust proxy', limits.trustProxy);
  const armor = queryLimits(limits, config.production);
  // REDIS_PREFIX keeps deployments (and test runs) sharing one Redis apart.
  const throttle = createThrottle(
    limits,
    limits.redisUrl ? redisRateStore(limits.redisUrl, hooks.warn, `${config.cache.prefix}rate:`) : undefined,
    hooks.refused,
  );
  return {
    /** Spread into the ApolloServer options. */
    apollo: {
      validationRules: armor.validationRules,
      parseOptions: armor.parseOptions,
      allowBatchedHttpRequests: false,
      introspection: limits.introspection,
      includeStacktraceInErrorResponses: limits.exposeErrors,
      formatError: formatErrorWith({ exposeErrors: limits.exposeErrors, log: hooks.internalError }),
    },
    plugins: [...armor.plugins, unstorableStringsPlugin()] as ApolloServerPlugin<any>[],
    /** Express handlers in front of Apollo on /graphql. */
    body: jsonBody(limits.maxBodyBytes),
    throttle,
    close: () => throttle.close(),
  };
}
