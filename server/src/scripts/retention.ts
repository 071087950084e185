// npm run retention [-- --dry-run]: anonymises the personal fields of records whose declared
// retention has run out (README "Retention"), on the database of DATABASE_URL or the embedded
// one. --dry-run lists what it would anonymise, per type and record, and writes nothing.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { appOrmConfig } from '../app';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { runRetention } from '../modules/retention';

async function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--dry-run');
  if (unknown.length) throw new Error(`unknown argument ${unknown.join(' ')}: the only option is --dry-run`);
  const dryRun = args.includes('--dry-run');
  const config = loadConfig();
  const db = await openDatabase(config);
  const orm = await MikroORM.init(appOrmConfig({ clientUrl: db.url }));
  try {
    const result = await runRetention(orm.em.fork(), config.retention, { dryRun, actor: 'retention (npm run retention)' });
    if (result.skipped) {
      console.error('another process holds the retention lock (a server running it daily): try again when it is done');
      process.exitCode = 1;
      return;
    }
    console.log(['type', 'id', 'name', 'left', 'fields'].join('\t'));
    for (const t of result.types)
      for (const r of t.records) console.log([t.type, r.id, r.display, r.leftAt.toISOString(), r.fields.join(',')].join('\t'));
    for (const t of result.types)
      console.error(
        `${t.type}: ${t.records.length} ${dryRun ? 'would be anonymised' : 'anonymised'} (left before ${t.cutoff.toISOString().slice(0, 10)}; ${t.years} years, ${t.setting})`,
      );
  } finally {
    await orm.close(true);
    await db.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
