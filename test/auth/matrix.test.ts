import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRecords, formatProblem, recordOf, type RecordDecl, type Sensitivity } from '../../server/src/core/declare';
import { buildSmallCity, type SmallCity } from '../support/fixtures';
import { ok, startTestApp, type GqlResult, type TestApp } from '../support/test-app';
import { ownersOf } from './ownership';
import { actors, readsEverywhere, type Actor, type Owner } from './roles';

/**
 * The role x type x field matrix, generated from the declarations: a new type
 * or field is covered without writing a test. One database for the whole file;
 * each actor reads every type in one request.
 */
let t: TestApp;
let city: SmallCity;
let cast: Actor[];
const owners = new Map<string, Map<string, Owner>>();

beforeAll(async () => {
  t = await startTestApp();
  city = await buildSmallCity(t);
  cast = actors(city);
  for (const d of allRecords()) owners.set(d.name, await ownersOf(t, d));
});
afterAll(() => t?.close());

interface Probe {
  /** GraphQL field name. */
  field: string;
  selection: string;
  sensitivity: Sensitivity;
  /** Type whose scope governs it (inverse lists: the child type). */
  scopeOf: RecordDecl;
  /** Readable only if readable everywhere (inverse lists, history). */
  everywhere?: boolean;
  usersOnly?: boolean;
}

function probes(d: RecordDecl): Probe[] {
  const out: Probe[] = d.attrs.map((a) => ({ field: a.name, selection: a.name, sensitivity: a.sensitivity, scopeOf: d }));
  for (const r of d.refs) {
    out.push({ field: r.name, selection: `${r.name} { id }`, sensitivity: r.sensitivity, scopeOf: d });
    out.push({ field: `${r.name}Id`, selection: `${r.name}Id`, sensitivity: r.sensitivity, scopeOf: d });
  }
  for (const child of allRecords()) {
    for (const r of child.refs.filter((x) => x.inverse && recordOf(x.target()) === d)) {
      out.push({
        field: r.inverse!.name,
        selection: `${r.inverse!.name} { id }`,
        sensitivity: r.sensitivity,
        scopeOf: child,
        everywhere: true,
      });
    }
  }
  out.push({ field: 'history', selection: 'history { id }', sensitivity: 'INTERNAL', scopeOf: d, everywhere: true, usersOnly: true });
  return out;
}

function expectRead(a: Actor, p: Probe, owner: Owner): boolean {
  if (p.usersOnly && a.viewer.kind !== 'user') return false;
  return p.everywhere ? readsEverywhere(a, p.sensitivity, p.scopeOf.scope) : a.reads(p.sensitivity, p.scopeOf.scope, owner);
}

const forbiddenPaths = (res: GqlResult) => {
  const other = (res.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN');
  expect(other, JSON.stringify(other)).toEqual([]);
  return new Set((res.errors ?? []).map((e) => (e.path ?? []).join('.')));
};

describe('reading every field of every type', () => {
  it('serves a field, or null with FORBIDDEN at its path, exactly as the table says', async () => {
    const types = allRecords();
    const query = `{ ${types
      .map(
        (d, i) =>
          `t${i}: ${d.plural}(first: 500) { nodes { ${probes(d)
            .map((p) => p.selection)
            .join(' ')} } }`,
      )
      .join(' ')} }`;
    let checked = 0;
    for (const a of cast) {
      const res = await t.gql(query, {}, a.viewer);
      const refused = forbiddenPaths(res);
      types.forEach((d, i) => {
        const nodes = (res.data as any)[`t${i}`].nodes as any[];
        nodes.forEach((node, n) => {
          const owner = owners.get(d.name)!.get(node.id)!;
          for (const p of probes(d)) {
            const path = `t${i}.nodes.${n}.${p.field}`;
            const allowed = expectRead(a, p, owner);
            expect(refused.has(path), `${a.label} reading ${d.name}.${p.field} of ${node.id}`).toBe(!allowed);
            if (!allowed) expect(node[p.field], `${a.label}: ${d.name}.${p.field} withheld`).toBeNull();
            checked++;
          }
        });
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('shows anonymous callers only published and active rows', async () => {
    const anon = cast[0].viewer;
    const data = ok(await t.gql('{ dutyItems { nodes { status } } dutyAssignments { nodes { dutyItem { status } } } }', {}, anon));
    expect(data.dutyItems.nodes.map((n: any) => n.status)).toEqual(['PUBLISHED']);
    expect(data.dutyAssignments.nodes.every((n: any) => n.dutyItem.status === 'PUBLISHED')).toBe(true);
    const admin = ok(await t.gql('{ dutyItems { totalCount } }'));
    expect(admin.dutyItems.totalCount).toBe(2);
  });
});

describe('filtering and ordering by every field', () => {
  const filterOf = (d: RecordDecl, field: string) => {
    const attr = d.attrs.find((a) => a.name === field);
    return attr?.type === 'enumSet' ? `{ ${field}: { hasAny: [] } }` : `{ ${field}: { isNull: false } }`;
  };

  it('is refused with FORBIDDEN unless the caller may read the field in every row', async () => {
    let checked = 0;
    for (const a of cast) {
      for (const d of allRecords()) {
        const parts: string[] = [];
        const expected = new Map<string, boolean>();
        for (const attr of d.attrs.filter((x) => x.filterable)) {
          parts.push(`f_${attr.name}: ${d.plural}(first: 0, filter: ${filterOf(d, attr.name)}) { pageInfo { hasNextPage } }`);
          expected.set(`f_${attr.name}`, readsEverywhere(a, attr.sensitivity, d.scope));
        }
        for (const attr of d.attrs.filter((x) => x.sortable)) {
          parts.push(`o_${attr.name}: ${d.plural}(first: 1, orderBy: [{ ${attr.name}: ASC }]) { nodes { id } }`);
          expected.set(`o_${attr.name}`, readsEverywhere(a, attr.sensitivity, d.scope));
        }
        for (const r of d.refs) {
          parts.push(`f_${r.name}Id: ${d.plural}(first: 0, filter: { ${r.name}Id: { isNull: false } }) { pageInfo { hasNextPage } }`);
          parts.push(`r_${r.name}: ${d.plural}(first: 0, filter: { ${r.name}: { id: { isNull: false } } }) { pageInfo { hasNextPage } }`);
          expected.set(`f_${r.name}Id`, readsEverywhere(a, r.sensitivity, d.scope));
          expected.set(`r_${r.name}`, readsEverywhere(a, r.sensitivity, d.scope));
        }
        // Root list fields are non-null: the first refusal nulls the whole answer, so
        // allowed probes run together (no error at all) and each refused one alone.
        const allowed = parts.filter((p) => expected.get(p.slice(0, p.indexOf(':')))!);
        const res = await t.gql(`{ ${allowed.join(' ')} }`, {}, a.viewer);
        expect(res.errors, `${a.label}: ${d.name} allowed filters and orders`).toBeUndefined();
        for (const p of parts.filter((x) => !allowed.includes(x))) {
          const one = await t.gql(`{ ${p} }`, {}, a.viewer);
          expect(
            one.errors?.map((e) => e.extensions?.code),
            `${a.label}: ${d.name} ${p}`,
          ).toEqual(['FORBIDDEN']);
          checked++;
        }
        checked += allowed.length;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('writing every type', () => {
  type Row = Record<string, any>;
  let serial = 0;

  const writableSelection = (d: RecordDecl) =>
    // Masked fields in clear: the copy writes the stored values back, not their masked form.
    [
      ...d.attrs.filter((a) => a.writable).map((a) => (a.mask ? `${a.name} @reveal(purpose: CORRECT_RECORD)` : a.name)),
      ...d.refs.map((r) => `${r.name}Id`),
    ].join(' ');

  /** The writable values of an existing row, read once per type. */
  const readRow = async (d: RecordDecl, id: string): Promise<Row> =>
    ok(await t.gql(`query($id: ID!) { r: ${d.single}(id: $id) { ${writableSelection(d)} } }`, { id })).r as Row;

  /** A create input copied from that row, unique values made new: generic for every type. */
  function copyInput(d: RecordDecl, row: Row): Row {
    const copy = { ...row };
    // An empty unique field stays empty (a credit code is only for registered organisations).
    for (const a of d.attrs.filter((x) => x.unique && x.writable && row[x.name] != null)) copy[a.name] = `${row[a.name]}-${++serial}`;
    return copy;
  }

  const count = async (d: RecordDecl) => ok(await t.gql(`{ c: ${d.plural} { totalCount } }`)).c.totalCount as number;
  const state = async (d: RecordDecl, id: string) =>
    ok(
      await t.gql(
        `query($id: ID!) { r: ${d.plural}(filter: { id: { eq: $id }, deletedAt: { isNull: false } }) { totalCount } l: ${d.single}(id: $id) { version } }`,
        { id },
      ),
    );

  /** A row of the own community (else the own centre) when the type has one, so both outcomes are exercised. */
  const sourceRow = (d: RecordDecl): string => {
    const rows = [...owners.get(d.name)!];
    if (!rows.length) throw new Error(`${d.name} has no rows to write: add them in test/support/fixtures.ts (buildSmallCity)`);
    const pick =
      rows.find(([, o]) => o.communities.includes(city.communities[0])) ??
      rows.find(([, o]) => o.centers.includes(city.centers[0])) ??
      rows[0];
    return pick[0];
  };

  const refusal = (a: Actor) => (a.viewer.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');

  /** Whether the actor may set every value of `input` (fields it may not read are refused, and budget approval). */
  function maySetAll(a: Actor, d: RecordDecl, input: Row, owner: Owner): boolean {
    for (const attr of d.attrs.filter((x) => x.writable)) {
      const v = input[attr.name];
      const isDefault = v === null || v === undefined || JSON.stringify(v) === JSON.stringify(attr.type === 'enumSet' ? [] : attr.default);
      if (!isDefault && !a.reads(attr.sensitivity, d.scope, owner)) return false;
    }
    for (const r of d.refs) if (input[`${r.name}Id`] && !a.reads(r.sensitivity, d.scope, owner)) return false;
    const approving = d.name === 'BudgetLine' && ['APPROVED', 'SPENT'].includes(input.status);
    return !(approving && a.viewer.kind === 'user' && !['ADMIN', 'CENTER_ADMIN'].includes(a.viewer.role));
  }

  /** A harmless change: a new value for the first plain text field anyone who may write the row may set. */
  const plainTextField = (d: RecordDecl) =>
    d.attrs.find(
      (a) =>
        a.writable &&
        !a.unique &&
        !a.pattern &&
        (a.type === 'string' || a.type === 'text') &&
        (a.sensitivity === 'PUBLIC' || a.sensitivity === 'INTERNAL'),
    );

  // One test per declared type (a new type gets its own without an edit), run in declaration order on the one database.
  it.each(allRecords().map((d) => [d.name, d] as const))(
    '%s: creates, updates, deletes and restores as the table says, and writes nothing when refused',
    async (_name, d) => {
      let checked = 0;
      const sourceId = sourceRow(d);
      const owner = owners.get(d.name)!.get(sourceId)!;
      // Approved rows are their approvers' alone (test/auth/approval.test.ts): the table here is about an unapproved one.
      if (d.approval)
        ok(
          await t.gql(`mutation($id: ID!, $i: ${d.name}UpdateInput!) { u: update${d.name}(id: $id, input: $i) { id } }`, {
            id: sourceId,
            i: { [d.approval.status]: d.approval.reset },
          }),
        );
      const source = await readRow(d, sourceId);
      for (const a of cast) {
        const why = `${a.label}: ${d.name}`;
        // create
        const input = copyInput(d, source);
        const before = await count(d);
        const created = await t.gql(`mutation($i: ${d.name}CreateInput!) { c: create${d.name}(input: $i) { id } }`, { i: input }, a.viewer);
        const mayCreate = a.writesRow(owner, d.name, 'create') && maySetAll(a, d, input, owner);
        if (mayCreate) expect(created.errors, `${why} create`).toBeUndefined();
        else {
          expect(
            created.errors?.map((e) => e.extensions?.code),
            `${why} create`,
          ).toEqual([refusal(a)]);
          expect(await count(d), `${why}: nothing created`).toBe(before);
        }
        // update the source row
        const field = plainTextField(d);
        const patch = field ? { [field.name]: `changed ${++serial}` } : {};
        const { l: was } = await state(d, sourceId);
        const updated = await t.gql(
          `mutation($id: ID!, $i: ${d.name}UpdateInput!) { u: update${d.name}(id: $id, input: $i) { id } }`,
          { id: sourceId, i: patch },
          a.viewer,
        );
        if (a.writesRow(owner, d.name, 'update')) expect(updated.errors, `${why} update`).toBeUndefined();
        else {
          expect(
            updated.errors?.map((e) => e.extensions?.code),
            `${why} update`,
          ).toEqual([refusal(a)]);
          expect((await state(d, sourceId)).l.version, `${why}: nothing updated`).toBe(was.version);
        }
        // delete and restore a fresh copy made by ADMIN
        const copy = ok(
          await t.gql(`mutation($i: ${d.name}CreateInput!) { c: create${d.name}(input: $i) { id } }`, { i: copyInput(d, source) }),
        ).c.id;
        const deleted = await t.gql(`mutation($id: ID!) { d: delete${d.name}(id: $id) }`, { id: copy }, a.viewer);
        if (a.writesRow(owner, d.name, 'delete')) {
          expect(deleted.errors, `${why} delete`).toBeUndefined();
          expect((await state(d, copy)).r.totalCount, `${why}: deleted`).toBe(1);
        } else {
          expect(
            deleted.errors?.map((e) => e.extensions?.code),
            `${why} delete`,
          ).toEqual([refusal(a)]);
          expect((await state(d, copy)).r.totalCount, `${why}: nothing deleted`).toBe(0);
          ok(await t.gql(`mutation($id: ID!) { d: delete${d.name}(id: $id) }`, { id: copy }));
        }
        const restored = await t.gql(`mutation($id: ID!) { r: restore${d.name}(id: $id) { id } }`, { id: copy }, a.viewer);
        if (a.writesRow(owner, d.name, 'restore')) expect(restored.errors, `${why} restore`).toBeUndefined();
        else {
          expect(
            restored.errors?.map((e) => e.extensions?.code),
            `${why} restore`,
          ).toEqual([refusal(a)]);
          expect((await state(d, copy)).r.totalCount, `${why}: still deleted`).toBe(1);
        }
        checked += 4;
      }
      expect(checked).toBe(cast.length * 4);
    },
  );

  it('refuses setting a field the writer may not read, even in a row it may write', async () => {
    const samples = ['13900001111', '110101199001011237', 'new text'];
    let refused = 0;
    for (const d of allRecords()) {
      const sensitive = d.attrs.filter((x) => x.writable && !['PUBLIC', 'INTERNAL'].includes(x.sensitivity));
      if (!sensitive.length) continue;
      const sourceId = sourceRow(d);
      const owner = owners.get(d.name)!.get(sourceId)!;
      for (const attr of sensitive) {
        const value =
          attr.type === 'decimal'
            ? '4321.09'
            : samples.find((s) => (!attr.pattern || attr.pattern.regex.test(s)) && (!attr.format || !formatProblem(attr.format, s)));
        for (const a of cast.filter((x) => x.writesRow(owner, d.name, 'update'))) {
          const { l: was } = await state(d, sourceId);
          const res = await t.gql(
            `mutation($id: ID!, $i: ${d.name}UpdateInput!) { u: update${d.name}(id: $id, input: $i) { id } }`,
            { id: sourceId, i: { [attr.name]: value } },
            a.viewer,
          );
          if (a.reads(attr.sensitivity, d.scope, owner)) expect(res.errors, `${a.label} sets ${d.name}.${attr.name}`).toBeUndefined();
          else {
            expect(
              res.errors?.map((e) => e.extensions?.code),
              `${a.label} sets ${d.name}.${attr.name}`,
            ).toEqual(['FORBIDDEN']);
            expect(JSON.stringify(res.errors)).not.toContain(value!);
            expect((await state(d, sourceId)).l.version, 'nothing written').toBe(was.version);
            refused++;
          }
        }
      }
    }
    expect(refused).toBeGreaterThan(5);
  });
});
