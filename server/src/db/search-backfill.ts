import { allRecords, pinyinForms, textArrayLiteral } from '../core/declare';

/** One SQL statement with $n parameters, on whatever connection the caller holds (the ORM's, a pg client). */
export type RunSql = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

const BATCH = 1000;

/**
 * Fills the derived search columns (core/declare/search-forms.ts) of rows that have none: rows
 * stored before the columns existed (the migration that adds them cannot compute pinyin in SQL),
 * or restored from a backup made before. The pairs column is the newest, so a row without it
 * is a row to fill. Writes through the ORM and the seeds fill them as they
 * write, so on a current database this finds nothing: one indexed-free scan per searchable table
 * at start. It changes no version or updatedAt: the record itself is unchanged.
 */
export async function fillSearchForms(run: RunSql): Promise<number> {
  let filled = 0;
  for (const decl of allRecords()) {
    const s = decl.search;
    if (!s) continue;
    const t = `"${decl.tableName}"`;
    const before = filled;
    for (;;) {
      const rows = await run(
        `select id, "${s.displayColumn}" as v from ${t} where "${s.pairsColumn}" is null and "${s.displayColumn}" is not null limit ${BATCH}`,
        [],
      );
      if (!rows.length) break;
      const forms = rows.map((r) => pinyinForms(r.v as string, s.personName));
      await run(
        `update ${t} as t set "${s.pinyinColumn}" = v.p, "${s.initialsColumn}" = v.i, "${s.pairsColumn}" = v.g::text[]
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) as v(id, p, i, g) where t.id = v.id`,
        [
          rows.map((r) => r.id),
          forms.map((f) => f.pinyin),
          forms.map((f) => f.initials),
          forms.map((f) => textArrayLiteral(f.pairs ?? [])),
        ],
      );
      filled += rows.length;
    }
    if (filled > before) await settle(run, decl.tableName);
  }
  return filled;
}

/**
 * After rewriting every row of a table: fresh statistics, and the GIN indexes' pending entries
 * merged (a bulk update leaves them in a list every search reads until a vacuum runs, and
 * autovacuum may be off). Both work inside a transaction, unlike VACUUM.
 */
async function settle(run: RunSql, table: string): Promise<void> {
  await run(`analyze "${table}"`, []);
  await run(
    `select gin_clean_pending_list(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indexrelid
     join pg_am am on am.oid = c.relam where i.indrelid = $1::regclass and am.amname = 'gin'`,
    [`"${table}"`],
  );
}
