import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../migrations';

export interface OrmSettings {
  clientUrl: string;
  poolMax?: number;
  statementTimeoutMs?: number;
  /** Read replicas: MikroORM sends reads outside transactions to one of them at random. */
  replicaUrls?: string[];
  /** Called with each SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  /** Only the migration generator writes the schema snapshot: running migrations must not touch tracked files. */
  snapshot?: boolean;
}

/**
 * The one MikroORM configuration, for the entities the app composes (server/src/app.ts
 * `appOrmConfig`): server, tests, seeds and the scripts all reach it through there.
 */
export function ormConfig(s: OrmSettings, entities: NonNullable<Options['entities']>): Options {
  return defineConfig({
    clientUrl: s.clientUrl,
    entities,
    discovery: { requireEntitiesArray: true, disableDynamicFileAccess: true },
    forceUtcTimezone: true,
    // A to-one reference is not a reason to join its table: the soft-delete filter
    // applies to the rows listed, not to what they point at (loaders show deleted targets).
    autoJoinRefsForFilters: false,
    // Soft delete: deleted rows are invisible unless a query turns this filter off.
    filters: { live: { cond: { deletedAt: null }, default: true } },
    pool: { min: 0, max: s.poolMax ?? 10 },
    replicas: (s.replicaUrls ?? []).map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl })),
    driverOptions: { connection: { statement_timeout: s.statementTimeoutMs ?? 15_000 } },
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: 'server/migrations',
      pathTs: 'server/migrations',
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: s.snapshot ?? false,
      snapshotName: '.snapshot-governance',
      emit: 'ts',
      fileName: (timestamp, name) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
    extensions: [Migrator],
    debug: s.onQuery ? ['query'] : false,
    logger: s.onQuery ? (message: string) => s.onQuery!(message) : () => undefined,
    colors: false,
  });
}

/**
 * For running committed migrations only: they are SQL and read no entity metadata, so
 * the backup tools can bring a database's schema to a given migration without the modules.
 */
export function migrationOrmConfig(s: OrmSettings): Options {
  const options = ormConfig(s, []);
  return { ...options, discovery: { ...options.discovery, warnWhenNoEntities: false } };
}
