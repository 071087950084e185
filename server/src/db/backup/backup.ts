import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { backupClasses } from './content-classes';
import { BACKUP_FORMAT, BACKUP_VERSION, quoteIdent, TABLES_SQL, type BackupHeader } from './format';

const BATCH = 2000;

/**
 * Writes every row of every table to `file`, from one consistent snapshot
 * (a repeatable-read, read-only transaction): writes that land meanwhile are
 * either wholly in the backup or wholly not.
 */
export async function backupDatabase(url: string, file: string, log: (line: string) => void = () => undefined): Promise<BackupHeader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const gzip = createGzip();
  const out = createWriteStream(file);
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  try {
    await client.query('begin isolation level repeatable read read only');
    const tables = (await client.query<{ name: string }>(TABLES_SQL)).rows.map((r) => r.name);
    const counts = [];
    for (const name of tables)
      counts.push({ name, rows: Number((await client.query(`select count(*) as n from ${quoteIdent(name)}`)).rows[0].n) });
    // A database the server never started on has no migrations log yet.
    const logged = (await client.query("select to_regclass('public.mikro_orm_migrations') is not null as ok")).rows[0].ok;
    const migrations = logged
      ? (await client.query<{ name: string }>('select name from mikro_orm_migrations order by id')).rows.map((r) => r.name)
      : [];
    const classes = backupClasses(counts);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migrations,
      contentClasses: classes.contentClasses,
      tables: counts.map((t) => ({ ...t, contentClasses: classes.byTable.get(t.name)! })),
    };
    await write(JSON.stringify(header));
    for (const { name, rows } of counts) {
      await write(JSON.stringify({ table: name, rows }));
      await client.query(`declare rows_cursor no scroll cursor for select row_to_json(t)::text as j from ${quoteIdent(name)} t`);
      for (;;) {
        const batch = await client.query<{ j: string }>(`fetch ${BATCH} from rows_cursor`);
        for (const r of batch.rows) await write(r.j);
        if (batch.rows.length < BATCH) break;
      }
      await client.query('close rows_cursor');
      log(`  ${name}: ${rows} rows`);
    }
    await client.query('commit');
    gzip.end();
    await once(out, 'finish');
    return header;
  } catch (err) {
    gzip.destroy();
    out.destroy();
    throw err;
  } finally {
    await client.end();
  }
}
