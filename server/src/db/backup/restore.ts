import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { migrationOrmConfig } from '../orm-config';
import { fillSearchForms } from '../search-backfill';
import { BACKUP_FORMAT, quoteIdent, TABLES_SQL, type BackupHeader, type TableMarker } from './format';

const BATCH = 1000;

/** Brings the schema to exactly the backup's migration, so its rows fit column for column. */
async function schemaAt(url: string, migrations: string[]): Promise<string[]> {
  const orm = await MikroORM.init(migrationOrmConfig({ clientUrl: url }));
  try {
    const migrator = orm.getMigrator();
    const known = (await migrator.getPendingMigrations())
      .map((m) => m.name)
      .concat((await migrator.getExecutedMigrations()).map((m) => m.name));
    const unknown = migrations.filter((m) => !known.includes(m));
    if (unknown.length)
      throw new Error(`The backup comes from a newer version of the platform (migrations ${unknown.join(', ')}): update first`);
    const executed = (await migrator.getExecutedMigrations()).map((m) => m.name);
    const ahead = executed.filter((m) => !migrations.includes(m));
    if (ahead.length) await migrator.down({ to: migrations.at(-1) ?? 0 });
    const last = migrations.at(-1);
    if (last && (await migrator.getPendingMigrations()).some((m) => m.name === last)) await migrator.up({ to: last });
    return (await migrator.getPendingMigrations()).map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}

/** Applies the migrations the backup predates, after its rows are in. */
async function migrateRest(url: string): Promise<void> {
  const orm = await MikroORM.init(migrationOrmConfig({ clientUrl: url }));
  try {
    await orm.getMigrator().up();
  } finally {
    await orm.close(true);
  }
}

/**
 * Replaces the contents of the database at `url` with the backup in `file`,
 * in one transaction: if anything fails, the database is left as it was.
 * Foreign keys are dropped for the load and added back (and so checked)
 * before the commit; this needs only table ownership, not superuser.
 */
export async function restoreDatabase(url: string, file: string, log: (line: string) => void = () => undefined): Promise<BackupHeader> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = (first.done ? null : JSON.parse(first.value)) as BackupHeader | null;
  if (header?.format !== BACKUP_FORMAT) throw new Error(`${file} is not a backup of this platform`);
  const pending = await schemaAt(url, header.migrations);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    const present = new Set((await client.query<{ name: string }>(TABLES_SQL)).rows.map((r) => r.name));
    const missing = header.tables.filter((t) => !present.has(t.name));
    if (missing.length) throw new Error(`The database lacks tables of the backup: ${missing.map((t) => t.name).join(', ')}`);
    const fks = (
      await client.query<{ tbl: string; name: string; def: string }>(
        `select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def
         from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`,
      )
    ).rows;
    for (const fk of fks) await client.query(`alter table ${fk.tbl} drop constraint ${quoteIdent(fk.name)}`);
    await client.query(`truncate ${[...present].map(quoteIdent).join(', ')}`);
    // Rows come back exactly as they were: triggers that set values on insert (the audit log's
    // hash chain: seq and hashes are part of the rows) are off for the load, in this transaction.
    for (const name of present) await client.query(`alter table ${quoteIdent(name)} disable trigger user`);

    let table: TableMarker | null = null;
    let batch: string[] = [];
    const flush = async () => {
      if (!table || !batch.length) return;
      await client.query(
        `insert into ${quoteIdent(table.table)} select * from json_populate_recordset(null::${quoteIdent(table.table)}, $1::json)`,
        [`[${batch.join(',')}]`],
      );
      batch = [];
    };
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value;
      if (!line) continue;
      if (line.startsWith('{"table":')) {
        await flush();
        if (table) log(`  ${table.table}: ${table.rows} rows`);
        table = JSON.parse(line) as TableMarker;
        continue;
      }
      batch.push(line);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    if (table) log(`  ${table.table}: ${table.rows} rows`);

    for (const name of present) await client.query(`alter table ${quoteIdent(name)} enable trigger user`);
    for (const fk of fks) await client.query(`alter table ${fk.tbl} add constraint ${quoteIdent(fk.name)} ${fk.def}`);
    // Serial columns (the audit log's id): continue after the restored rows, not where the sequence happened to be.
    const serials = (
      await client.query<{ tbl: string; col: string; seq: string }>(
        `select quote_ident(t.relname) as tbl, quote_ident(a.attname) as col, pg_get_serial_sequence(quote_ident(t.relname), a.attname) as seq
         from pg_class t join pg_attribute a on a.attrelid = t.oid
         where t.relnamespace = 'public'::regnamespace and t.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
           and pg_get_serial_sequence(quote_ident(t.relname), a.attname) is not null`,
      )
    ).rows;
    for (const s of serials) await client.query(`select setval($1, coalesce((select max(${s.col}) from ${s.tbl}), 0) + 1, false)`, [s.seq]);
    for (const t of header.tables) {
      const n = Number((await client.query(`select count(*) as n from ${quoteIdent(t.name)}`)).rows[0].n);
      if (n !== t.rows) throw new Error(`${t.name}: restored ${n} rows, the backup holds ${t.rows}`);
    }
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
  if (pending.length) {
    await migrateRest(url);
    // A backup from before the pinyin columns: the migration added them empty, fill them now.
    const filler = new pg.Client({ connectionString: url });
    await filler.connect();
    try {
      await fillSearchForms(async (sql, params) => (await filler.query(sql, params)).rows);
    } finally {
      await filler.end();
    }
  }
  return header;
}
