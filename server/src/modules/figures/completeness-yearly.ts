import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessPolicy } from '../../core/access/policy';
import { allRecords, recordOf, type RecordDecl } from '../../core/declare';
import { DataGapKind, type Checked, type FoundGap } from './completeness.type';
import { columns, idsWhere, query, raw, sql, yearEnd, yearStart, type Fragment } from './sql';

/**
 * The yearly half of 数据完整性 (completeness.ts): communities without any record, in a year,
 * of a type declared `expectedYearly` (council meetings, budget lines). Whether a community
 * has such records is a filter by the reference and the date, so the check is made only for
 * callers who may read both in every row, and counts only rows the caller may list.
 */

/** Communities with records of a type dated in the year, among the rows the caller may list. */
async function communitiesWithRecords(em: EntityManager, access: AccessPolicy, decl: RecordDecl, via: string, field: string, year: number) {
  const t = columns(em, decl.cls, 't') as unknown as Record<string, Fragment>;
  const dated =
    decl.attrs.find((a) => a.name === field)!.type === 'int'
      ? sql`${t[field]} = ${year}`
      : sql`${t[field]} between ${yearStart(year)} and ${yearEnd(year)}`;
  const scope = access.rowFilter(decl);
  const inScope = Object.keys(scope).length ? sql` and ${t.id} in (${idsWhere(em, decl, scope)})` : raw('');
  const rows = await query<{ id: string }>(
    em,
    sql`select distinct ${t[via]} as id from ${t.table} where ${t.deletedAt} is null and ${t[via]} is not null and ${dated}${inScope}`,
  );
  return new Set(rows.map((r) => r.id));
}

/** Community-years without any record of a type declared expectedYearly, for callers who may read its reference and date everywhere. */
export async function missingRecords(em: EntityManager, access: AccessPolicy, community: RecordDecl, checked: Checked[], year: number) {
  const found: Array<{ decl: RecordDecl; field: string; gaps: FoundGap[] }> = [];
  for (const decl of allRecords()) {
    const exp = decl.expectedYearly;
    if (!exp || !access.readsEverywhere(decl, exp.via) || !access.readsEverywhere(decl, exp.field)) continue;
    if (recordOf(decl.refs.find((r) => r.name === exp.via)!.target()) !== community)
      throw new Error(`expectedYearly of ${decl.name}: ${exp.via} must point at ${community.name}`);
    const held = await communitiesWithRecords(em, access, decl, exp.via, exp.field, year);
    const gaps = checked
      .filter((c) => c.existed && !held.has(c.id))
      .map((c) => ({
        kind: DataGapKind.NO_RECORDS,
        communityId: c.id,
        recordType: decl.name,
        recordId: null,
        display: null,
        field: exp.field,
      }));
    found.push({ decl, field: exp.field, gaps });
  }
  return found;
}
