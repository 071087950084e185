import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../context';
import { allRecords, type RecordDecl } from '../declare';
import { columnOf, tableOf } from '../../db/orm-internals';
import { badInput, forbidden } from '../errors';
import { masked } from '../access/reveal';
import { MAX_PAGE } from './list';
import { ownerName, ownerPopulate } from './owner-name';

export interface DuplicateMember {
  type: string;
  id: string;
  name: string;
  /** The community (or centre) the record belongs to. */
  community: string | null;
}

export interface DuplicateGroupRow {
  /** The fields the records agree on (`idNumber`, or `name` and `birthYear`). */
  by: string[];
  /** Their common values, in the order of `by`. */
  values: string[];
  records: DuplicateMember[];
}

/** One way of matching: these fields (per type, in the same order), over these types. */
interface Keying {
  by: string[];
  types: Array<{ decl: RecordDecl; fields: string[] }>;
}

/**
 * The identity field over every type of the group; then each `alsoBy` set over the types
 * declaring it (name + birth year: a type without a birth year is matched by number only).
 */
function keyingsOf(group: string): Keying[] {
  const decls = allRecords().filter((d) => d.duplicateOf?.group === group);
  const keyings: Keying[] = [{ by: [decls[0].duplicateOf!.field], types: decls.map((d) => ({ decl: d, fields: [d.duplicateOf!.field] })) }];
  const sets = new Map<string, Keying>();
  for (const d of decls) {
    const also = d.duplicateOf!.alsoBy;
    if (!also?.length) continue;
    const key = also.join(',');
    if (!sets.has(key)) sets.set(key, { by: also, types: [] });
    sets.get(key)!.types.push({ decl: d, fields: also });
  }
  return [...keyings, ...sets.values()];
}

/**
 * The report shows every compared value, name and owner of every row: only a caller who may
 * read all of them in every row gets it (today ADMIN and AUDITOR), asked of the policy like a
 * filter is, so the report is no wider than the lists. Anyone else: FORBIDDEN, before any row is read.
 */
function assertMayReport(ctx: AppContext, keyings: Keying[]): void {
  for (const { types } of keyings) {
    for (const { decl, fields } of types) {
      const needed = [...fields, decl.displayField, ...ownerPopulate(decl).map((p) => p.split('.')[0])];
      const unreadable = needed.find((f) => !ctx.access.readsEverywhere(decl, f));
      if (unreadable)
        throw forbidden(
          `The duplicates report shows ${decl.name}.${unreadable} of every record: only callers who may read it everywhere see it`,
        );
    }
  }
}

/** One SELECT per type and keying: the type, the id and the key as a JSON array of the values (text, so types compare alike). */
function keyedRows(em: EntityManager, kind: number, keying: Keying): string[] {
  return keying.types.map(({ decl, fields }) => {
    const cols = fields.map((f) => `"${columnOf(em, decl.cls.name, f)}"`);
    // Names compared as typed but for surrounding spaces; numbers are stored normalised (formats/).
    const values = cols.map((c) => `btrim(${c}::text)`);
    return (
      `select ${kind} as kind, '${decl.name}' as type, id::text as id, json_build_array(${values.join(', ')})::text as key ` +
      `from "${tableOf(em, decl.cls.name)}" where deleted_at is null and ${cols.map((c) => `${c} is not null`).join(' and ')}`
    );
  });
}

/** Loads the members of the groups, one query per type, with what names them. */
async function membersOf(em: EntityManager, refs: Array<{ type: string; id: string }>): Promise<Map<string, DuplicateMember>> {
  const byType = new Map<string, string[]>();
  for (const r of refs) byType.set(r.type, [...(byType.get(r.type) ?? []), r.id]);
  const out = new Map<string, DuplicateMember>();
  for (const [type, ids] of byType) {
    const decl = allRecords().find((d) => d.name === type)!;
    const rows = (await em.find(decl.cls, { id: { $in: ids } } as never, {
      filters: false,
      populate: ownerPopulate(decl) as never,
    })) as unknown as Array<Record<string, unknown> & { id: string }>;
    for (const row of rows) {
      out.set(`${type}:${row.id}`, {
        type,
        id: row.id,
        name: String(row[decl.displayField] ?? ''),
        community: ownerName(decl, row)?.name ?? null,
      });
    }
  }
  return out;
}

/** A compared value as its field shows it (the field of the keying's first type: every type of a group masks alike). */
function maskedAs(keying: Keying, i: number, value: unknown): unknown {
  const { decl, fields } = keying.types[0];
  const attr = decl.attrs.find((a) => a.name === fields[i]);
  return attr ? masked(attr, value) : value;
}

/**
 * Groups of live records of `group`'s types that may be one person: the same identity value,
 * or the same `alsoBy` values, across communities and types. Identity groups first, then by
 * their values; at most `first` groups (records of one group are all listed).
 */
export async function duplicateGroups(ctx: AppContext, group: string, first = 100): Promise<DuplicateGroupRow[]> {
  const keyings = keyingsOf(group);
  assertMayReport(ctx, keyings);
  if (first < 0 || first > MAX_PAGE) throw badInput([{ path: 'first', message: `must be between 0 and ${MAX_PAGE}` }]);
  const em = ctx.em;
  const union = keyings.flatMap((k, i) => keyedRows(em, i, k)).join('\nunion all\n');
  const groups = (await em.getConnection().execute(
    `select kind, key, json_agg(json_build_object('type', type, 'id', id) order by type, id) as members
     from (${union}) keyed group by kind, key having count(*) > 1 order by kind, key limit ?`,
    [first],
  )) as Array<{ kind: number; key: string; members: Array<{ type: string; id: string }> }>;
  const members = await membersOf(
    em,
    groups.flatMap((g) => g.members),
  );
  return groups.map((g) => ({
    by: keyings[g.kind].by,
    // As the fields read without `@reveal`: an identity number shows masked.
    values: (JSON.parse(g.key) as unknown[]).map((v, i) => String(maskedAs(keyings[g.kind], i, v))),
    records: g.members.map((m) => members.get(`${m.type}:${m.id}`)!).filter(Boolean),
  }));
}
