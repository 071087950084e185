import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessPolicy } from '../../core/access/policy';
import { valuesOf } from '../../core/crud/record-values';
import { allRecords, bindingRecord, recordOf, type AttrDecl, type RecordDecl } from '../../core/declare';
import {
  DataGapKind,
  type Checked,
  type CompletenessCentre,
  type CompletenessCheck,
  type DataCompleteness,
  type DataGap,
  type FoundGap,
} from './completeness.type';
import { missingRecords } from './completeness-yearly';

/**
 * 数据完整性: which inputs of the figures are missing, per community, from the declarations
 * (`@Attr({ requiredForFigures })`, `@RecordType({ expectedYearly })`): the one function
 * behind the report's gap sentences and appendix and the console's completeness page.
 *
 * The same rules as any read. Only rows the caller may list are looked at; an empty field
 * counts only in rows where the caller may read that field (whether a value is empty is a
 * fact about it); a yearly check is made only for callers who may read its reference and
 * date in every row (it is a filter by them). What a caller is told is then what it could
 * find by listing records itself; the noninterference harness asks this of every caller.
 */

type Row = Record<string, unknown>;

const readable = async (access: AccessPolicy, decl: RecordDecl, field: string, row: Row) =>
  (await access.canReadField(decl, field, row)) ? row[field] : null;

/** The reference by which a record belongs to a community: one of its owner paths, a direct reference. */
function communityRef(decl: RecordDecl, community: RecordDecl): string {
  const ref = decl.refs.find((r) => decl.owner.includes(r.name) && recordOf(r.target()) === community);
  if (!ref)
    throw new Error(`${decl.name}: figure inputs need an owner reference to ${community.name} (a direct one) to be checked per community`);
  return ref.name;
}

/** The communities checked, in their default order by what the caller may read in every row, then id. */
async function checkedCommunities(em: EntityManager, access: AccessPolicy, year: number, serviceCenterId: string | null) {
  const community = bindingRecord('community');
  const centre = bindingRecord('center');
  const centreRef = community.refs.find((r) => recordOf(r.target()) === centre && r.required)!.name;
  if (serviceCenterId) access.guardField(community, centreRef, 'serviceCenterId');
  const where = { $and: [access.rowFilter(community), serviceCenterId ? { [centreRef]: serviceCenterId } : {}] } as FilterQuery<object>;
  const orderBy = [...community.defaultOrder.filter(([f]) => access.readsEverywhere(community, f)), ['id', 'ASC'] as const];
  const rows = (await em.find(community.cls, where, { orderBy: orderBy.map(([f, d]) => ({ [f]: d })) as never })) as Row[];
  const yearEnds = new Date(`${year + 1}-01-01T00:00:00.000Z`);
  const dated = access.readsEverywhere(community, 'createdAt');
  // The community's own unique key (its code) names it in the report's appendix beside its display name.
  const key = community.attrs.find((a) => a.unique && a.name !== 'id')?.name ?? 'id';
  // In parallel: a field readable only in the caller's own rows is checked by one batched look-up, not one per row.
  const checked = await Promise.all(
    rows.map(async (row): Promise<Checked & { row: Row }> => {
      const values = valuesOf(community, row);
      return {
        id: String(row.id),
        code: (await readable(access, community, key, values)) as string | null,
        name: (await readable(access, community, community.displayField, values)) as string | null,
        centreId: (await readable(access, community, centreRef, values)) as string | null,
        existed: !dated || (row.createdAt as Date) < yearEnds,
        row,
      };
    }),
  );
  return { community, centre, checked };
}

/** Empty fields declared requiredForFigures, in rows where the caller may read them. */
async function emptyFields(em: EntityManager, access: AccessPolicy, community: RecordDecl, checked: Array<Checked & { row: Row }>) {
  const found: Array<{ decl: RecordDecl; attr: AttrDecl; gaps: FoundGap[] }> = [];
  for (const decl of allRecords()) {
    const attrs = decl.attrs.filter((a) => a.requiredForFigures);
    if (!attrs.length) continue;
    let rows: Array<{ communityId: string; row: Row }>;
    if (decl === community) rows = checked.map((c) => ({ communityId: c.id, row: c.row }));
    else {
      const via = communityRef(decl, community);
      // Attributing a record to its community reads that reference: only for callers who may read it in every row.
      if (!access.readsEverywhere(decl, via)) continue;
      const where = { $and: [access.rowFilter(decl), { [via]: { $in: checked.map((c) => c.id) } }] } as FilterQuery<object>;
      const list = (await em.find(decl.cls, where, { orderBy: { id: 'ASC' } as never })) as Row[];
      rows = list.map((row) => ({ communityId: String((row[via] as Row).id), row }));
    }
    for (const attr of attrs) {
      const found1 = await Promise.all(
        rows.map(async ({ communityId, row }) => {
          const values = valuesOf(decl, row);
          if (values[attr.name] !== null || !(await access.canReadField(decl, attr.name, values))) return [];
          const display = decl === community ? null : ((await readable(access, decl, decl.displayField, values)) as string | null);
          return [
            { kind: DataGapKind.EMPTY_FIELD, communityId, recordType: decl.name, recordId: String(row.id), display, field: attr.name },
          ];
        }),
      );
      const gaps = found1.flat();
      found.push({ decl, attr, gaps });
    }
  }
  return found;
}

/** Centres all of whose checked communities have the gap ("a centre without council meetings recorded"). */
function wholeCentres(checked: Checked[], gaps: DataGap[], names: Map<string, string | null>, yearly: boolean): CompletenessCentre[] {
  const failing = new Set(gaps.map((g) => g.communityId));
  const byCentre = new Map<string, Checked[]>();
  for (const c of checked.filter((x) => x.centreId && (!yearly || x.existed)))
    byCentre.set(c.centreId!, [...(byCentre.get(c.centreId!) ?? []), c]);
  return [...byCentre]
    .filter(([, list]) => list.every((c) => failing.has(c.id)))
    .map(([id]) => ({ serviceCenterId: id, name: names.get(id) ?? null }));
}

async function centreNames(
  em: EntityManager,
  access: AccessPolicy,
  centre: RecordDecl,
  ids: string[],
): Promise<Map<string, string | null>> {
  const where = { $and: [access.rowFilter(centre), { id: { $in: ids } }] } as FilterQuery<object>;
  const rows = ids.length ? ((await em.find(centre.cls, where)) as Row[]) : [];
  return new Map(
    await Promise.all(
      rows.map(
        async (row) =>
          [String(row.id), (await readable(access, centre, centre.displayField, valuesOf(centre, row))) as string | null] as const,
      ),
    ),
  );
}

export async function dataCompleteness(
  em: EntityManager,
  access: AccessPolicy,
  year: number,
  serviceCenterId: string | null,
): Promise<DataCompleteness> {
  const { community, centre, checked } = await checkedCommunities(em, access, year, serviceCenterId);
  const fields = await emptyFields(em, access, community, checked);
  const yearly = await missingRecords(em, access, community, checked, year);
  const info = new Map(checked.map((c) => [c.id, c]));
  const named = (g: FoundGap): DataGap => ({
    ...g,
    communityCode: info.get(g.communityId)?.code ?? null,
    communityName: info.get(g.communityId)?.name ?? null,
  });
  const names = await centreNames(em, access, centre, [...new Set(checked.flatMap((c) => (c.centreId ? [c.centreId] : [])))]);
  const checks: CompletenessCheck[] = [];
  const all: DataGap[] = [];
  for (const [list, kind] of [
    [fields.map((f) => ({ ...f, field: f.attr.name })), DataGapKind.EMPTY_FIELD],
    [yearly, DataGapKind.NO_RECORDS],
  ] as const) {
    for (const f of list) {
      const gaps = f.gaps.map(named);
      all.push(...gaps);
      checks.push({
        kind,
        recordType: f.decl.name,
        field: f.field,
        communityCount: new Set(gaps.map((g) => g.communityId)).size,
        wholeCentres: gaps.length ? wholeCentres(checked, gaps, names, kind === DataGapKind.NO_RECORDS) : [],
      });
    }
  }
  // By community in the order checked, then by check: what the appendix and the console list.
  const order = new Map(checked.map((c, i) => [c.id, i]));
  const stable = new Map(all.map((g, i) => [g, i]));
  all.sort((a, b) => order.get(a.communityId)! - order.get(b.communityId)! || stable.get(a)! - stable.get(b)!);
  return { year, serviceCenterId, communityCount: checked.length, checks, gaps: all };
}
