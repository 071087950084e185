import type { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { OneStatementOutcome } from '../core/one-statement';
import { poolUse, replicaConnections } from '../db/orm-internals';
import type { RateScope } from '../http/limits';

/** Seconds: most answers take milliseconds (docs/benchmarks.md), the statement timeout is 15 s. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

let processRegistry: Registry | undefined;
/**
 * The process's own metrics (CPU, memory, event-loop lag, GC, handles), collected once per
 * process: they describe the process, not an app, and each collection starts an event-loop
 * monitor and a GC observer that live as long as the process.
 */
const processMetrics = (): Registry => {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
};

/**
 * The metrics of one app, in a registry of its own (a test process runs many apps, each
 * counting its own requests). Every label takes a bounded set of values: operation names
 * only of registered documents (ops/request-log.ts), contract error codes, fixed routes.
 */
export function createMetrics(orm: MikroORM) {
  const registry = new Registry();
  const registers = [registry];
  const http = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by route, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    registers,
  });
  const graphql = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests, by operation (registered operations by name, every other one as "other"), type and outcome ("ok" or the first error code)',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers,
  });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from the request arriving to its answer sent, by operation and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers,
  });
  const oneStatementHits = new Counter({
    name: 'graphql_one_statement_hits_total',
    help: 'Queries answered by one compiled SQL statement (core/one-statement)',
    registers,
  });
  const oneStatementFallbacks = new Counter({
    name: 'graphql_one_statement_fallbacks_total',
    help: 'Queries the resolvers answered instead, by reason: not_compilable, statement_failed, viewer_changed, disabled',
    labelNames: ['reason'] as const,
    registers,
  });
  const cacheHits = new Counter({
    name: 'figure_cache_hits_total',
    help: 'Cached figures served from the cache, by field',
    labelNames: ['field'] as const,
    registers,
  });
  const cacheMisses = new Counter({
    name: 'figure_cache_misses_total',
    help: 'Cached figures computed (not in the cache, or the cache unreachable), by field',
    labelNames: ['field'] as const,
    registers,
  });
  const refusals = new Counter({
    name: 'rate_limit_refusals_total',
    help: 'Requests refused with 429 by the rate limits, by scope: address or (partner API) key',
    labelNames: ['scope'] as const,
    registers,
  });
  // Read when scraped: the pools' state at that moment, the primary's and each replica's.
  const pools = () => [
    ['primary', orm.em.getConnection('write')] as const,
    ...replicaConnections(orm.em).map((c, i) => [`replica-${i}`, c] as const),
  ];
  const poolGauge = (name: string, help: string, pick: (u: ReturnType<typeof poolUse>) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['pool'] as const,
      registers,
      collect() {
        for (const [pool, connection] of pools()) this.set({ pool }, pick(poolUse(connection)));
      },
    });
  poolGauge('db_pool_connections_used', 'SQL connections handed out by the pool (PG_POOL_MAX at most)', (u) => u.used);
  poolGauge('db_pool_connections_free', 'Idle SQL connections in the pool', (u) => u.free);
  poolGauge(
    'db_pool_pending_acquires',
    'Requests waiting for a SQL connection: the pool is exhausted while this is above 0',
    (u) => u.pending,
  );

  return {
    registry,
    contentType: registry.contentType,
    /** The text exposition: this app's series, then the process's. */
    text: async () => `${await registry.metrics()}\n${await processMetrics().metrics()}`,
    httpRequest: (route: string, method: string, status: number) => http.inc({ route, method, status: String(status) }),
    graphqlRequest(operation: string, type: string, outcome: string, seconds: number) {
      graphql.inc({ operation, type, outcome });
      duration.observe({ operation, outcome }, seconds);
    },
    oneStatement(outcome: OneStatementOutcome) {
      if (outcome === 'hit') oneStatementHits.inc();
      else oneStatementFallbacks.inc({ reason: outcome });
    },
    figureCache: (field: string, hit: boolean) => (hit ? cacheHits : cacheMisses).inc({ field }),
    rateLimited: (scope: RateScope) => refusals.inc({ scope }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
