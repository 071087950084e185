// npm run data:check-formats: lists the stored values that the declared formats refuse
// (身份证号, 统一社会信用代码, phones), one line each: type, id, field, problem. Rows written
// before the formats existed are kept (the migration only counts them); an update of such a
// row must fix it, so this is the list to work through. Exits 1 when there is anything to fix.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { appOrmConfig } from '../app';
import { loadConfig } from '../config';
import { findStoredFormatProblems } from '../core/crud/stored-formats';
import { openDatabase } from '../db/database';

async function main() {
  const db = await openDatabase(loadConfig());
  const orm = await MikroORM.init(appOrmConfig({ clientUrl: db.url }));
  try {
    const problems = await findStoredFormatProblems(orm.em.fork() as never);
    console.log(['type', 'id', 'field', 'problem'].join('\t'));
    for (const p of problems) console.log([p.type, p.id, p.field, p.problem].join('\t'));
    console.error(problems.length ? `${problems.length} stored values fail the formats` : 'every stored value passes the formats');
    if (problems.length) process.exitCode = 1;
  } finally {
    await orm.close(true);
    await db.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
