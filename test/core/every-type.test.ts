import { describe, expect, it } from 'vitest';
import { allRecords, type AttrDecl, type RecordDecl } from '../../server/src/core/declare';
import { useSmallCity } from '../support/fixtures';
import { ok } from '../support/test-app';

// Generated from the declarations: a new record type is covered without a new test.
const env = useSmallCity();

/** A value to change `attr` to that its declaration accepts. */
function changedValue(attr: AttrDecl): unknown {
  switch (attr.type) {
    case 'string':
    case 'text':
      return attr.unique ? `CHG-${Date.now() % 100000}` : '已修改 changed';
    case 'int':
    case 'float':
      return Math.min(attr.max ?? 2030, Math.max(attr.min ?? 0, 2030));
    case 'date':
      return '2026-01-15';
    case 'id':
    case 'decimal':
    case 'boolean':
    case 'datetime':
    case 'enum':
    case 'enumSet':
      return undefined; // `editable` below never picks these
  }
}

const editable = (d: RecordDecl) =>
  d.attrs.find((a) => a.writable && !a.unique && ['string', 'text', 'date'].includes(a.type) && !a.pattern) ??
  d.attrs.find((a) => a.writable && ['int', 'float'].includes(a.type))!;

describe.each(allRecords().map((d) => [d.name, d] as const))('%s', (_name, d) => {
  const id = () => env.city.ids[d.name][0];

  it('lists with totalCount, nodes and edges, and reads one by id', async () => {
    const data = ok(
      await env.t.gql(
        `{ ${d.plural}(first: 100) { totalCount nodes { id version } edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      ),
    );
    const conn = data[d.plural];
    expect(conn.totalCount).toBe(env.city.ids[d.name].length);
    expect(conn.nodes.map((n: { id: string }) => n.id).sort()).toEqual([...env.city.ids[d.name]].sort());
    expect(conn.edges).toHaveLength(conn.nodes.length);
    const one = ok(await env.t.gql(`query($id: ID!) { ${d.single}(id: $id) { id version createdAt updatedAt } }`, { id: id() }));
    expect(one[d.single]).toMatchObject({ id: id(), version: 1 });
  });

  it('updates, deletes and restores, bumping the version each time', async () => {
    const attr = editable(d);
    const value = changedValue(attr);
    const updated = ok(
      await env.t.gql(
        `mutation($id: ID!, $input: ${d.name}UpdateInput!) { update${d.name}(id: $id, input: $input, expectedVersion: 1) { version ${attr.name}${attr.mask ? ' @reveal(purpose: CORRECT_RECORD)' : ''} } }`,
        { id: id(), input: { [attr.name]: value } },
      ),
    );
    expect(updated[`update${d.name}`]).toEqual({ version: 2, [attr.name]: value });

    // The last record of each type: records others still point at must refuse deletion.
    const target = env.city.ids[d.name].at(-1)!;
    const del = await env.t.gql(`mutation($id: ID!) { delete${d.name}(id: $id) }`, { id: target });
    if (del.errors) {
      // Records others still point at are protected: the refusal names what points at them.
      expect(del.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
      return;
    }
    expect(del.data?.[`delete${d.name}`]).toBe(true);
    const after = ok(await env.t.gql(`query($id: ID!) { ${d.single}(id: $id) { id } ${d.plural} { totalCount } }`, { id: target }));
    expect(after[d.single]).toBeNull();
    expect(after[d.plural].totalCount).toBe(env.city.ids[d.name].length - 1);
    const deleted = ok(await env.t.gql(`{ ${d.plural}(filter: { deletedAt: { isNull: false } }) { nodes { id } } }`));
    expect(deleted[d.plural].nodes.map((n: { id: string }) => n.id)).toEqual([target]);
    const restored = ok(await env.t.gql(`mutation($id: ID!) { restore${d.name}(id: $id) { id deletedAt } }`, { id: target }));
    expect(restored[`restore${d.name}`]).toEqual({ id: target, deletedAt: null });
  });

  it('refuses a stale expectedVersion with CONFLICT and leaves the row unchanged', async () => {
    const attr = editable(d);
    const before = ok(await env.t.gql(`query($id: ID!) { ${d.single}(id: $id) { version ${attr.name} } }`, { id: id() }))[d.single];
    const res = await env.t.gql(
      `mutation($id: ID!, $input: ${d.name}UpdateInput!) { update${d.name}(id: $id, input: $input, expectedVersion: 0) { id } }`,
      { id: id(), input: { [attr.name]: changedValue(attr) === '已修改 changed' ? 'stale' : changedValue(attr) } },
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 0, currentVersion: before.version });
    const after = ok(await env.t.gql(`query($id: ID!) { ${d.single}(id: $id) { version ${attr.name} } }`, { id: id() }))[d.single];
    expect(after).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown id and null for a lookup', async () => {
    const missing = '00000000-0000-4000-8000-00000000dead';
    const res = await env.t.gql(`mutation($id: ID!) { delete${d.name}(id: $id) }`, { id: missing });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(ok(await env.t.gql(`query($id: ID!) { ${d.single}(id: $id) { id } }`, { id: 'not-a-uuid' }))[d.single]).toBeNull();
  });
});
