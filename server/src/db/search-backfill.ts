import { allRecords, pinyinForms } from '../core/declare';

/** One SQL statement with $n parameters, on whatever connection the caller holds (the ORM's, a pg client). */
export type RunSql = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

const BATCH = 1000;

/**
 * Fills the derived pinyin columns (core/declare/search-forms.ts) of rows that have none: rows
 * stored before the columns existed (the migration that adds them cannot compute pinyin in SQL),
 * or restored from a backup made before. Writes through the ORM and the seeds fill them as they
 * write, so on a current database this finds nothing: one indexed-free scan per searchable table
 * at start. It changes no version or updatedAt: the record itself is unchanged.
 */
export async function fillSearchForms(run: RunSql): Promise<number> {
  let filled = 0;
  for (const decl of allRecords()) {
    const s = decl.search;
    if (!s) continue;
    const t = `"${decl.tableName}"`;
    for (;;) {
      const rows = await run(
        `select id, "${s.displayColumn}" as v from ${t} where "${s.pinyinColumn}" is null and "${s.displayColumn}" is not null limit ${BATCH}`,
        [],
      );
      if (!rows.length) break;
      const forms = rows.map((r) => pinyinForms(r.v as string, s.personName));
      await run(
        `update ${t} as t set "${s.pinyinColumn}" = v.p, "${s.initialsColumn}" = v.i
         from unnest($1::uuid[], $2::text[], $3::text[]) as v(id, p, i) where t.id = v.id`,
        [rows.map((r) => r.id), forms.map((f) => f.pinyin), forms.map((f) => f.initials)],
      );
      filled += rows.length;
    }
  }
  return filled;
}
