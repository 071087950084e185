import { randomBytes } from 'node:crypto';
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
  /** Cached figures: in Redis when REDIS_URL is set (shared by every process), in memory otherwise. */
  cache: { redisUrl: string | null; prefix: string; ttlSeconds: number };
}

export const ROOT = path.resolve(__dirname, '../..');

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`Setting ${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const jwtSecret = env.JWT_SECRET ?? (production ? '' : randomBytes(32).toString('hex'));
  if (!jwtSecret) throw new Error('Setting JWT_SECRET is required when NODE_ENV=production');
  return {
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || null,
    replicaUrls: (env.DATABASE_REPLICA_URLS ?? '').split(',').map((u) => u.trim()).filter(Boolean),
    embeddedDataDir: env.EMBEDDED_PG_DIR ?? path.join(ROOT, '.data/postgres'),
    embeddedPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    production,
    demo: !production && env.DEMO !== 'false',
    jwtSecret,
    jwtTtlSeconds: int(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    adminDistDir: path.join(ROOT, 'admin/dist'),
    statementTimeoutMs: int(env, 'PG_STATEMENT_TIMEOUT_MS', 15_000, 100, 3_600_000),
    poolMax: int(env, 'PG_POOL_MAX', 10, 1, 200),
    cache: { redisUrl: env.REDIS_URL || null, prefix: env.REDIS_PREFIX ?? 'governance:', ttlSeconds: int(env, 'FIGURE_CACHE_TTL_SECONDS', 300, 1, 86_400) },
  };
}
