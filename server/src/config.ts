import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Settings of one server process, read from the environment once and validated. */
export interface AppConfig {
  port: number;
  host: string;
  /** Unset: start an embedded PostgreSQL in `embeddedDataDir`. */
  databaseUrl: string | null;
  /** DATABASE_REPLICA_URLS (comma-separated): read replicas; writes and reads after a write stay on the primary. */
  replicaUrls: string[];
  embeddedDataDir: string;
  embeddedPort: number;
  production: boolean;
  /** Load the demo data set into an empty database and create the demo accounts. */
  demo: boolean;
  jwtSecret: string;
  jwtTtlSeconds: number;
  adminDistDir: string;
  statementTimeoutMs: number;
  poolMax: number;
  /** Which callers may run only registered operations (README "Trusted documents"). */
  trustedDocuments: TrustedDocumentsMode;
  /** Serve the GraphiQL explorer at /graphiql. */
  graphiql: boolean;
  /** Cached figures: in Redis when REDIS_URL is set (shared by every process), in memory otherwise. */
  cache: { enabled: boolean; redisUrl: string | null; prefix: string; ttlSeconds: number };
  /** ONE_STATEMENT_READS=false: answer every query through the resolvers (core/one-statement). */
  oneStatementReads: boolean;
  /**
   * SUMMARY_MIN_ROWS (K, default 3): a figure computed from fewer records than this, whose
   * fields the caller may not read one by one, is returned suppressed (domain.md).
   */
  summaryMinRows: number;
  /** What the server refuses or throttles, and how it fails (README "Reliability"). */
  limits: LimitSettings;
  /** Failed-login throttling per account and per client address (README "Users and sessions"). */
  login: LoginThrottleSettings;
  /** Logs and metrics (docs/deploy.md "Operations"). */
  ops: OpsSettings;
  /** Anonymising personal fields after a record leaves use (README "Retention"). */
  retention: RetentionSettings;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface OpsSettings {
  /** LOG_LEVEL: `info` by default, `silent` under NODE_ENV=test (the tests' output stays readable). */
  logLevel: LogLevel;
  /**
   * METRICS_TOKEN: when set, GET /metrics needs `Authorization: Bearer <token>` (401 otherwise).
   * Unset, /metrics is open outside production and not served (404) in production.
   */
  metricsToken: string | null;
  /** OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (the full URL, e.g. http://collector:4318/v1/traces): export a span per GraphQL request over OTLP/HTTP. */
  traceExporterUrl: string | null;
}

export interface RetentionSettings {
  /** RETENTION_DAILY=true: the server runs the retention once a day (off by default: `npm run retention` does it by hand). */
  daily: boolean;
  /**
   * RETENTION_YEARS_<TYPE> (RETENTION_YEARS_COMMUNITY_WORKER=5): years that override a type's declared
   * retention, by setting name. The retention module refuses a name no type declares (a typo would keep data forever).
   */
  years: Record<string, number>;
}

/** One scope of login throttling: after `freeFailures` failures, each further failure locks for twice as long as the last, from `lockSeconds` up to `maxLockSeconds`. */
export interface LoginLockSettings {
  freeFailures: number;
  lockSeconds: number;
  maxLockSeconds: number;
}

export interface LoginThrottleSettings {
  /** Per e-mail tried (existing account or not): short and capped, so an attacker cannot lock a real user out for long. */
  account: LoginLockSettings;
  /** Per client address, over every e-mail tried from it: stricter. */
  address: LoginLockSettings;
  /** Failures are forgotten this long after the last one's lock has ended. */
  memorySeconds: number;
}

export interface LimitSettings {
  /** GraphQL query limits (graphql-armor): selection depth, cost, aliases, directives, tokens. */
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Largest accepted request body; a larger one gets 413. */
  maxBodyBytes: number;
  /** Schema introspection: on outside production unless GRAPHQL_INTROSPECTION says otherwise. */
  introspection: boolean;
  /** Only NODE_ENV=development sends internal error detail (stack, SQL) to clients. */
  exposeErrors: boolean;
  /** Fixed-window rate limits: requests per window per client address, and per partner API key. */
  rateWindowSeconds: number;
  ratePerAddress: number;
  ratePerKey: number;
  /** Shared rate-limit counters for several server instances; in memory when unset. */
  redisUrl: string | null;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  /** On SIGTERM, how long requests in flight may take before connections are cut. */
  shutdownGraceMs: number;
}

export type TrustedDocumentsMode = 'off' | 'api-keys' | 'all';

/** The project folder: the nearest folder above this file with package.json (from server/src under tsx, from dist/server/src when built). */
export const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`Setting ${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new Error(`Setting ${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`Setting ${name} must be true or false, got "${raw}"`);
}

function retentionYears(env: NodeJS.ProcessEnv): Record<string, number> {
  const names = Object.keys(env).filter((k) => /^RETENTION_YEARS_[A-Z0-9_]+$/.test(k) && env[k] !== '');
  return Object.fromEntries(names.map((name) => [name, int(env, name, 0, 0, 100)]));
}

function loginLock(env: NodeJS.ProcessEnv, scope: 'ACCOUNT' | 'ADDRESS', defaults: LoginLockSettings): LoginLockSettings {
  const lock: LoginLockSettings = {
    freeFailures: int(env, `LOGIN_${scope}_FREE_FAILURES`, defaults.freeFailures, 1, 1_000),
    lockSeconds: int(env, `LOGIN_${scope}_LOCK_SECONDS`, defaults.lockSeconds, 1, 86_400),
    maxLockSeconds: int(env, `LOGIN_${scope}_MAX_LOCK_SECONDS`, defaults.maxLockSeconds, 1, 7 * 86_400),
  };
  if (lock.maxLockSeconds < lock.lockSeconds)
    throw new Error(`Setting LOGIN_${scope}_MAX_LOCK_SECONDS must be at least LOGIN_${scope}_LOCK_SECONDS (${lock.lockSeconds})`);
  return lock;
}

/** The logging and metrics settings alone: main.ts makes its logger from them before anything else can fail. */
export function loadOpsSettings(env: NodeJS.ProcessEnv = process.env): OpsSettings {
  const metricsToken = env.METRICS_TOKEN || null;
  // A short token on a page scraped over the network is guessable: refuse it rather than serve behind it.
  if (metricsToken !== null && metricsToken.length < 16) throw new Error('Setting METRICS_TOKEN must be at least 16 characters long');
  const traceExporterUrl = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || null;
  if (traceExporterUrl !== null && !/^https?:\/\/[^/\s]+/.test(traceExporterUrl))
    throw new Error(`Setting OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be an http:// or https:// URL, got "${traceExporterUrl}"`);
  return {
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, env.NODE_ENV === 'test' ? 'silent' : 'info'),
    metricsToken,
    traceExporterUrl,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const jwtSecret = env.JWT_SECRET ?? (production ? '' : randomBytes(32).toString('hex'));
  if (!jwtSecret) throw new Error('Setting JWT_SECRET is required when NODE_ENV=production');
  return {
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || null,
    replicaUrls: (env.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean),
    embeddedDataDir: env.EMBEDDED_PG_DIR ?? path.join(ROOT, '.data/postgres'),
    embeddedPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    production,
    demo: !production && env.DEMO !== 'false',
    jwtSecret,
    jwtTtlSeconds: int(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    adminDistDir: path.join(ROOT, 'admin/dist'),
    statementTimeoutMs: int(env, 'PG_STATEMENT_TIMEOUT_MS', 15_000, 100, 3_600_000),
    poolMax: int(env, 'PG_POOL_MAX', 10, 1, 200),
    trustedDocuments: oneOf(env, 'TRUSTED_DOCUMENTS', ['off', 'api-keys', 'all'] as const, production ? 'api-keys' : 'off'),
    graphiql: bool(env, 'GRAPHIQL', !production),
    cache: {
      enabled: env.FIGURE_CACHE !== 'false',
      redisUrl: env.REDIS_URL || null,
      prefix: env.REDIS_PREFIX ?? 'governance:',
      ttlSeconds: int(env, 'FIGURE_CACHE_TTL_SECONDS', 300, 1, 86_400),
    },
    oneStatementReads: bool(env, 'ONE_STATEMENT_READS', true),
    summaryMinRows: int(env, 'SUMMARY_MIN_ROWS', 3, 1, 1000),
    limits: {
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 12, 2, 100),
      maxCost: int(env, 'GRAPHQL_MAX_COST', 500_000, 100, 10_000_000),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 100, 0, 10_000),
      maxDirectives: int(env, 'GRAPHQL_MAX_DIRECTIVES', 50, 0, 10_000),
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', 5_000, 100, 1_000_000),
      maxBodyBytes: int(env, 'MAX_BODY_BYTES', 2_000_000, 1_000, 100_000_000),
      introspection: bool(env, 'GRAPHQL_INTROSPECTION', !production),
      exposeErrors: env.NODE_ENV === 'development',
      rateWindowSeconds: int(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 3600),
      ratePerAddress: int(env, 'RATE_LIMIT_PER_ADDRESS', 1_200, 1, 10_000_000),
      ratePerKey: int(env, 'RATE_LIMIT_PER_KEY', 3_000, 1, 10_000_000),
      redisUrl: env.REDIS_URL || null,
      trustProxy: bool(env, 'TRUST_PROXY', false),
      shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    },
    login: {
      account: loginLock(env, 'ACCOUNT', { freeFailures: 5, lockSeconds: 5, maxLockSeconds: 300 }),
      address: loginLock(env, 'ADDRESS', { freeFailures: 20, lockSeconds: 60, maxLockSeconds: 3_600 }),
      memorySeconds: int(env, 'LOGIN_FAILURE_MEMORY_SECONDS', 86_400, 60, 30 * 86_400),
    },
    ops: loadOpsSettings(env),
    retention: { daily: bool(env, 'RETENTION_DAILY', false), years: retentionYears(env) },
  };
}
