// Operations (docs/deploy.md "Operations"): the JSON logs, the request id, the metrics
// and what they count; app.ts wires them in, core/ and http/ report through hooks.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { AppConfig } from '../config';
import type { FigureCacheHooks } from '../core/cache';
import type { OneStatementHooks } from '../core/one-statement';
import type { LimitHooks } from '../http/limits';
import { createLogger, lineTo, type Logger } from './logger';
import { createMetrics } from './metrics';
import { metricsEndpoint } from './metrics-endpoint';
import { requestLog } from './request-log';
import { createTracing } from './tracing';

export { createLogger, lineTo, safeError, type Logger } from './logger';
export { REQUEST_ID_HEADER, requestIdOf } from './request-id';

/**
 * One app's logging and metrics: `logger` (the process's, when main.ts passes one; made
 * from LOG_LEVEL otherwise), the hooks the core parts and the limits report to, the
 * request log (wrapper, context step, plugin) and the /metrics route.
 */
export function setupOps(config: AppConfig, orm: MikroORM, isRegistered: (queryHash: string) => boolean, logger?: Logger) {
  const log = logger ?? createLogger(config.ops.logLevel);
  const metrics = createMetrics(orm);
  const tracing = config.ops.traceExporterUrl ? createTracing(config.ops.traceExporterUrl, config.limits.trustProxy) : undefined;
  const requests = requestLog(log, metrics, config.limits.trustProxy, isRegistered, tracing);
  const oneStatement: OneStatementHooks = { counted: metrics.oneStatement, fault: lineTo(log, 'warn') };
  const figureCache: FigureCacheHooks = { observe: metrics.figureCache, warn: lineTo(log, 'warn') };
  const limits: LimitHooks = {
    refused: metrics.rateLimited,
    warn: lineTo(log, 'warn'),
    internalError: (message, err) => log.error({ err }, `[graphql] ${message}`),
  };
  return {
    logger: log,
    metrics,
    hooks: { oneStatement, figureCache, limits },
    requests,
    mountMetrics: (app: Express) => void app.get('/metrics', metricsEndpoint(metrics, config.ops.metricsToken, config.production)),
    /** Sends the spans still batched (none without an exporter URL). */
    flushTraces: async () => void (await tracing?.flush()),
    /** After the HTTP server has closed: the last spans are sent. */
    close: async () => void (await tracing?.close()),
  };
}
