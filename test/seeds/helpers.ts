import type { MikroORM } from '@mikro-orm/postgresql';
import { TABLE_ORDER } from '../../seeds/db/tables';
import { runnerFor } from '../../seeds/db/sql';

/** Every seeded table and the users. */
export const SEEDED_TABLES = [...TABLE_ORDER, 'app_user'];

/** One md5 per table over every column of every row, ordered by id (deleted rows included). */
export async function tableHashes(orm: MikroORM): Promise<Record<string, string>> {
  const run = runnerFor(orm.em.fork());
  const sql = SEEDED_TABLES.map(
    (t) => `select '${t}' as t, md5(coalesce(string_agg(x::text, '|' order by x.id), '')) as h from "${t}" x`,
  ).join(' union all ');
  const rows = await run<{ t: string; h: string }>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

export async function count(orm: MikroORM, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await runnerFor(orm.em.fork())<{ n: number }>(sql, params);
  return Number(row.n);
}

/** ACTIVE assignments whose duty needs a power the assignee's centre does not hold (domain rule 2). */
export const MISMATCH_SQL = `
  from duty_assignment a
  join duty_item d on d.id = a.duty_item_id
  left join community c on c.id = a.community_id
  join service_center sc on sc.id = coalesce(a.service_center_id, c.service_center_id)
  where a.deleted_at is null and a.status = 'ACTIVE' and d.required_power <> 'NONE' and not (d.required_power = any(sc.powers))`;

/** ACTIVE funding-required assignments without an APPROVED expenditure line for the year (domain rule 3). */
export const UNFUNDED_SQL = `
  from duty_assignment a
  join duty_item d on d.id = a.duty_item_id
  where a.deleted_at is null and a.status = 'ACTIVE' and d.funding_required
    and not exists (select 1 from budget_line b where b.duty_assignment_id = a.id and b.deleted_at is null
      and b.fiscal_year = ? and b.direction = 'EXPENDITURE' and b.status = 'APPROVED')`;

/**
 * Problems with the data's timeline, so counts "as of a date" are coherent: a row refers
 * only to rows that existed when it was last written; updated, deleted and approved
 * instants are not before creation; nothing is created after `today`.
 */
export function timelineProblems(tables: Iterable<[string, ReadonlyArray<object>]>, today: string): string[] {
  const all = [...tables];
  const created = new Map<string, string>();
  for (const [, rows] of all) for (const r of rows as Array<Record<string, unknown>>) created.set(r.id as string, r.created_at as string);
  const out = new Set<string>();
  for (const [table, rows] of all) {
    for (const r of rows as Array<Record<string, string | null>>) {
      if (r.created_at! > `${today}T23:59:59Z`) out.add(`${table}: created after ${today}`);
      if (r.updated_at! < r.created_at!) out.add(`${table}: updated before created`);
      for (const k of ['deleted_at', 'approved_at']) if (r[k] && r[k]! < r.created_at!) out.add(`${table}: ${k} before created`);
      for (const [k, v] of Object.entries(r)) {
        if (k.endsWith('_id') && typeof v === 'string' && created.has(v) && created.get(v)! > r.updated_at!)
          out.add(`${table}.${k}: refers to a later row`);
      }
    }
  }
  return [...out];
}
