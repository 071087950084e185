import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRecords, recordOf, type RecordDecl, type Sensitivity } from '../../server/src/core/declare';
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
      out.push({ field: r.inverse!.name, selection: `${r.inverse!.name} { id }`, sensitivity: r.sensitivity, scopeOf: child, everywhere: true });
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
    const query = `{ ${types.map((d, i) => `t${i}: ${d.plural}(first: 500) { nodes { ${probes(d).map((p) => p.selection).join(' ')} } }`).join(' ')} }`;
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
          parts.push(`f_${attr.name}: ${d.plural}(first: 0, filter: ${filterOf(d, attr.name)}) { totalCount }`);
          expected.set(`f_${attr.name}`, readsEverywhere(a, attr.sensitivity, d.scope));
        }
        for (const attr of d.attrs.filter((x) => x.sortable)) {
          parts.push(`o_${attr.name}: ${d.plural}(first: 1, orderBy: [{ ${attr.name}: ASC }]) { nodes { id } }`);
          expected.set(`o_${attr.name}`, readsEverywhere(a, attr.sensitivity, d.scope));
        }
        for (const r of d.refs) {
          parts.push(`f_${r.name}Id: ${d.plural}(first: 0, filter: { ${r.name}Id: { isNull: false } }) { totalCount }`);
          parts.push(`r_${r.name}: ${d.plural}(first: 0, filter: { ${r.name}: { id: { isNull: false } } }) { totalCount }`);
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
          expect(one.errors?.map((e) => e.extensions?.code), `${a.label}: ${d.name} ${p}`).toEqual(['FORBIDDEN']);
          checked++;
        }
        checked += allowed.length;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
