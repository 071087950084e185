import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../context';
import { allRecords, describeLabel, isBlank, type RecordDecl } from '../declare';
import { ownerName, ownerPopulate } from './owner-name';
import type { ResponsePath, Warning } from './warnings';

type Values = Record<string, unknown>;
type Row = Values & { id: string };

/** Enough to act on: a person entered more often than this is named by the duplicates report. */
const MAX_NAMED = 5;

/** The other records of the same group holding `value` in their compared field, live only, the written record left out. */
async function holdersOf(em: EntityManager, decl: RecordDecl, id: string, value: unknown): Promise<Array<{ decl: RecordDecl; row: Row }>> {
  const group = decl.duplicateOf!.group;
  const found: Array<{ decl: RecordDecl; row: Row }> = [];
  for (const other of allRecords().filter((d) => d.duplicateOf?.group === group)) {
    const where = { [other.duplicateOf!.field]: value, deletedAt: null, id: { $ne: id } };
    const rows = (await em.find(other.cls, where as never, {
      filters: false,
      populate: ownerPopulate(other) as never,
      orderBy: { id: 'ASC' } as never,
      limit: MAX_NAMED + 1,
    })) as unknown as Row[];
    found.push(...rows.map((row) => ({ decl: other, row })));
  }
  return found;
}

/**
 * Whether the caller may be told which record this is: it may see the row at all (its row
 * scope) and read there the compared field (else naming the record would state that
 * record's number) and the name shown. The owner is shown only if its reference is readable too.
 */
async function describeIfReadable(em: EntityManager, ctx: AppContext, decl: RecordDecl, row: Row): Promise<Described | undefined> {
  const scope = ctx.access.rowFilter(decl);
  if (Object.keys(scope).length && !(await em.count(decl.cls, { $and: [{ id: row.id }, scope] } as never, { filters: false }))) return;
  for (const field of [decl.duplicateOf!.field, decl.displayField]) if (!(await ctx.access.canReadField(decl, field, row))) return;
  const owner = ownerName(decl, row);
  const where = owner && owner.via !== 'id' && (await ctx.access.canReadField(decl, owner.via, row)) ? ` (${owner.name})` : '';
  const name = ` ${String(row[decl.displayField])}${where}`;
  return { zh: `${decl.label.zh}${name}`, en: `${describeLabel(decl.label)}${name}` };
}

/** A record as each half of a bilingual message names it. */
interface Described {
  zh: string;
  en: string;
}

/**
 * The POSSIBLE_DUPLICATE warnings of one write of a type that declares `duplicateOf`: other
 * live records of the same group (any declaring type) holding the same compared value.
 *
 * What the caller learns, and why that is no oracle:
 * - Only a write that SETS the compared field is compared (`changed` has it; a create sets it
 *   when it is given). The field is RESTRICTED (an identity number) and the write rules let a
 *   writer set only fields it may read, so the caller typed the number itself: an edit of a
 *   name or a phone never looks at the stored number, and so can never warn. Were it
 *   compared on every write, staff renaming a worker would learn whether that worker's
 *   number (which they may not read) is held by someone else.
 * - A record is named (type, display name, community or centre) only to a caller who may
 *   see its row and read its compared field and its name there: it is told nothing it could
 *   not list with a filter on the same number.
 * - Any other holder is only hinted at, with one neutral sentence that names no type, name,
 *   community, id or count. That one bit ("some live record holds this number") is what the
 *   issue asks for, and it can reach only a caller who may set the number but not read
 *   every row: today no role (only ADMIN sets RESTRICTED fields, and ADMIN reads every row).
 *   Such a role would get it only from a real, audited write per number tried, not a query.
 * - The warning is made inside the write's transaction and published only after the commit
 *   (mutations.ts), so a refused or rolled-back write says nothing about other records.
 */
export async function duplicateWarnings(
  em: EntityManager,
  ctx: AppContext,
  decl: RecordDecl,
  written: { id: string; values: Values; changed?: ReadonlySet<string>; field: string; at: ResponsePath },
): Promise<Warning[]> {
  const dup = decl.duplicateOf;
  if (!dup || (written.changed && !written.changed.has(dup.field))) return [];
  const value = written.values[dup.field];
  if (isBlank(value)) return [];
  const holders = await holdersOf(em, decl, written.id, value);
  if (!holders.length) return [];
  const named: Described[] = [];
  let hidden = false;
  for (const h of holders) {
    const described = await describeIfReadable(em, ctx, h.decl, h.row);
    if (described) named.push(described);
    else hidden = true;
  }
  const label = decl.attrs.find((a) => a.name === dup.field)!.label;
  const warn = (message: string): Warning => ({
    path: written.at,
    field: `${written.field}.${dup.field}`,
    code: 'POSSIBLE_DUPLICATE',
    message,
  });
  const warnings: Warning[] = [];
  if (named.length) {
    const list = (lang: keyof Described, sep: string) =>
      named
        .slice(0, MAX_NAMED)
        .map((d) => d[lang])
        .join(sep) + (named.length > MAX_NAMED ? ' …' : '');
    warnings.push(
      warn(
        `${label.zh}与其他记录相同，可能重复：${list('zh', '；')} / possible duplicate: the same ${label.en} (${dup.field}) is held by ${list('en', '; ')}`,
      ),
    );
  }
  // The same words whichever record, type or community it is, and however many: nothing to tell them apart.
  if (hidden) warnings.push(warn(`${label.zh}可能与其他记录重复，请与服务中心核实 / possible duplicate: please check with the centre`));
  return warnings;
}
