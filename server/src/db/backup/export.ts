import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { MikroORM } from '@mikro-orm/postgresql';
import { allRecords } from '../../core/declare';
import { valuesOf } from '../../core/crud/record-values';
import { ordered, recordClasses } from './content-classes';

const BATCH = 1000;

/**
 * Every record of every declared type as JSON, in the API's shape (field names
 * as in GraphQL, references as `<name>Id`, money as "1234.50" strings),
 * soft-deleted records included (with their `deletedAt`). The file holds
 * personal and financial data in clear: store it like a backup. Its header says
 * which content classes it holds (`contentClasses`, and per type), from the
 * declared fields of the types that have records.
 */
export async function exportRecords(
  orm: MikroORM,
  file: string,
  log: (line: string) => void = () => undefined,
): Promise<Record<string, number>> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const counts: Record<string, number> = {};
  const decls = allRecords();
  const classes: Record<string, string[]> = {};
  for (const decl of decls) if (await orm.em.fork().count(decl.cls, {}, { filters: false })) classes[decl.name] = recordClasses(decl);
  const header = {
    exportedAt: new Date().toISOString(),
    contentClasses: ordered(Object.values(classes).flat() as never),
    typeClasses: classes,
  };
  await write(`${JSON.stringify(header).slice(0, -1)},"records":{`);
  for (const [i, decl] of decls.entries()) {
    await write(`${i ? ',' : ''}\n${JSON.stringify(decl.name)}:[`);
    let n = 0;
    for (let offset = 0; ; offset += BATCH) {
      const em = orm.em.fork();
      const rows = (await em.find(decl.cls, {}, { filters: false, orderBy: { id: 'asc' } as never, limit: BATCH, offset })) as Record<
        string,
        unknown
      >[];
      for (const row of rows) {
        const values = valuesOf(decl, row);
        const refs = Object.fromEntries(decl.refs.map((r) => [`${r.name}Id`, values[r.name]]));
        for (const r of decl.refs) delete values[r.name];
        await write(`${n++ ? ',' : ''}\n${JSON.stringify({ ...values, ...refs, version: row.version })}`);
      }
      if (rows.length < BATCH) break;
    }
    await write(']');
    counts[decl.name] = n;
    log(`  ${decl.name}: ${n}`);
  }
  await write('\n}}\n');
  out.end();
  await once(out, 'finish');
  return counts;
}
