// `npm run db:backup [file]`, `npm run db:restore <file>`, `npm run db:export [file]` (README "Backups").
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { appOrmConfig } from '../app';
import { loadConfig, ROOT } from '../config';
import { backupDatabase } from '../db/backup/backup';
import { exportRecords } from '../db/backup/export';
import { restoreDatabase } from '../db/backup/restore';
import { openTarget } from '../db/backup/target';

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

function defaultFile(kind: string, ext: string): string {
  const dir = path.join(ROOT, 'backups');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${kind}-${stamp()}.${ext}`);
}

async function main() {
  const [command, fileArg] = process.argv.slice(2);
  const target = await openTarget(loadConfig());
  const log = (line: string) => console.log(line);
  try {
    if (command === 'backup') {
      const file = path.resolve(fileArg ?? defaultFile('backup', 'ndjson.gz'));
      console.log(`Backing up to ${file}`);
      const header = await backupDatabase(target.url, file, log);
      console.log(
        `Done: ${header.tables.reduce((n, t) => n + t.rows, 0)} rows in ${header.tables.length} tables, schema at ${header.migrations.at(-1)}`,
      );
    } else if (command === 'restore') {
      if (!fileArg) throw new Error('Usage: npm run db:restore -- <backup file>');
      const file = path.resolve(fileArg);
      console.log(`Restoring ${file}: the database's current contents are replaced`);
      const header = await restoreDatabase(target.url, file, log);
      console.log(`Done: ${header.tables.reduce((n, t) => n + t.rows, 0)} rows restored from the backup of ${header.createdAt}`);
    } else if (command === 'export') {
      const file = path.resolve(fileArg ?? defaultFile('export', 'json'));
      console.log(`Exporting every record to ${file}`);
      const orm = await MikroORM.init(appOrmConfig({ clientUrl: target.url }));
      try {
        const counts = await exportRecords(orm, file, log);
        console.log(`Done: ${Object.values(counts).reduce((a, b) => a + b, 0)} records`);
      } finally {
        await orm.close(true);
      }
    } else {
      throw new Error('Usage: backup.ts backup [file] | restore <file> | export [file]');
    }
  } finally {
    await target.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
