import { isEnumType, isNonNullType, type GraphQLInputObjectType } from 'graphql';
import { allRecords, type RecordDecl } from '../../server/src/core/declare';
import type { CorpusInput, Item } from './corpus';

type Raw = Record<string, string | null>;

/** A raw column value (PostgreSQL's text) as the GraphQL input wants it. */
const typed = (type: string, v: string): unknown => (type === 'int' || type === 'float' ? Number(v) : type === 'boolean' ? v === 't' : v);

/**
 * The create input of a row copied from a stored one: its references (so the caller's own
 * rows pass the ownership check and reach the field check) and every field the input type
 * requires, then `extra`. Values as A holds them: the same constants in both databases.
 */
function copyOf(d: RecordDecl, input: CorpusInput, row: Raw, column: (f: string) => string, extra: Record<string, unknown>) {
  const create = input.schema.getType(`${d.name}CreateInput`) as GraphQLInputObjectType;
  const out: Record<string, unknown> = {};
  for (const ref of d.refs) if (row[column(ref.name)] !== null) out[`${ref.name}Id`] = row[column(ref.name)];
  for (const [name, f] of Object.entries(create.getFields())) {
    const attr = d.attrs.find((a) => a.name === name);
    const v = attr && row[column(name)];
    if (attr && v !== null && v !== undefined && (isNonNullType(f.type) || isEnumType(f.type))) out[name] = typed(attr.type, v);
  }
  return { ...out, ...extra };
}

/**
 * The duplicate warning's channel (extensions.warnings): writes that set the compared field
 * (an identity number) to numbers A's rows hold, by create and by update of a sample row, of
 * a row in the caller's own community or centre, and of a row a pair changes. Every caller here
 * may not set the number (only ADMIN may, and ADMIN is not a caller class: it sees
 * everything), so each is refused; the answer, its errors and any `extensions` must be the
 * same whatever the caller may not see, i.e. the refusal comes before any comparison.
 *
 * Writes that succeed cannot be corpus items: the corpus runs once on A and once per pair
 * on B, so a stored write would make B drift from A (versions, history, counts). That an
 * edit which does not set the number never warns is shown by test/core/duplicates-api.test.ts,
 * which asks the same staff edit of two databases that differ in a hidden duplicate.
 */
/** A's rows of `d` that pairs change, read by id. */
const changedRowsOf = async (d: RecordDecl, input: CorpusInput): Promise<Raw[]> =>
  (await input.sql.query<Raw>(`select * from "${d.tableName}" where id = any($1) order by id`, [input.changedIds.get(d.name) ?? []])).rows;

/** Whether the caller may write this stored row at all (its own community's or centre's). */
async function mayWrite(d: RecordDecl, input: CorpusInput, row: Raw, column: (f: string) => string): Promise<boolean> {
  const values = Object.fromEntries([...d.refs.map((r) => [r.name, row[column(r.name)]]), ['id', row.id]]);
  return Promise.resolve(input.policy.assertCanWrite(d, 'update', values, values)).then(
    () => true,
    () => false,
  );
}

export async function duplicateItems(input: CorpusInput, rowsOf: (d: RecordDecl) => Raw[], columnOf: (d: RecordDecl, f: string) => string) {
  const items: Item[] = [];
  const declaring = allRecords().filter((x) => x.duplicateOf);
  // Numbers held by any type of the group: a party member's write is compared with workers' numbers too.
  const numbersOf = new Map<string, string[]>();
  for (const d of declaring) {
    const column = columnOf(d, d.duplicateOf!.field);
    const held = [...(await changedRowsOf(d, input)).slice(0, 1), ...rowsOf(d)].map((r) => r[column]).filter((v): v is string => !!v);
    numbersOf.set(d.duplicateOf!.group, [...(numbersOf.get(d.duplicateOf!.group) ?? []), ...held]);
  }
  for (const d of declaring) {
    const field = d.duplicateOf!.field;
    const column = (f: string) => columnOf(d, f);
    const rows = rowsOf(d);
    const changed = await changedRowsOf(d, input);
    // A row the caller may write, so its refusal is the field check's, not the row check's.
    let own: Raw | undefined;
    for (const row of rows) if (!own && (await mayWrite(d, input, row, column))) own = row;
    // A row the caller may write whose number a pair changes: sending its stored number back must be
    // refused too, or success in A and refusal in B would confirm the number (write-rules.ts, `named`).
    let ownChanged: Raw | undefined;
    for (const row of changed) if (!ownChanged && row[column(field)] && (await mayWrite(d, input, row, column))) ownChanged = row;
    const numbers = [...new Set(numbersOf.get(d.duplicateOf!.group))].slice(0, 2);
    const targets = [...new Map([rows[0], own, changed[0]].filter((r): r is Raw => !!r).map((r) => [r.id, r])).values()];
    const writes: Array<[string, string, Record<string, unknown>]> = [];
    const update = `mutation($id: ID!, $i: ${d.name}UpdateInput!) { update${d.name}(id: $id, input: $i) { id } }`;
    if (ownChanged)
      writes.push([
        `update a changed row of its own, sending its stored ${field}`,
        update,
        { id: ownChanged.id, i: { [field]: ownChanged[column(field)] } },
      ]);
    for (const [n, number] of numbers.entries()) {
      for (const [i, row] of targets.entries()) {
        writes.push([`update row ${i} setting ${field} to stored number ${n}`, update, { id: row.id, i: { [field]: number } }]);
        writes.push([
          `create like row ${i} with ${field} stored number ${n}`,
          `mutation($i: ${d.name}CreateInput!) { create${d.name}(input: $i) { id } }`,
          { i: copyOf(d, input, row, column, { [field]: number }) },
        ]);
      }
    }
    for (const [label, text, variables] of writes)
      items.push({ name: `${d.name}: duplicate warning, ${label}`, run: (exec) => exec(text, variables) });
  }
  return items;
}
