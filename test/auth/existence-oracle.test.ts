import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../server/src/core/access/viewer';
import { allRecords, declaredScopes, type RecordDecl } from '../../server/src/core/declare';
import { useSmallCity } from '../support/fixtures';
import { ANONYMOUS, userViewer, type GqlResult } from '../support/test-app';

/**
 * Issue 12: updateX, deleteX and restoreX looked the record up before asking whether the
 * caller may write the type at all, so a caller who may write nothing learnt which ids
 * exist (NOT_FOUND for an absent id, UNAUTHENTICATED or FORBIDDEN for a present one, a row
 * it may not even see). Every write entry point must answer such callers the same for
 * both. Generated for every type from the declarations.
 */
const env = useSmallCity();

const callers: Array<[string, Viewer, (d: RecordDecl) => boolean]> = [
  ['anonymous', ANONYMOUS, () => true],
  [
    'partner with every scope',
    { kind: 'partner', keyId: '00000000-0000-4000-8000-0000000000f1', name: 'all', scopes: declaredScopes(), allowedDocuments: null },
    () => true,
  ],
  ['auditor', userViewer('AUDITOR'), () => true],
  // Staff may write their community's records, but no service centre and no duty item at all.
  [
    'staff',
    userViewer('COMMUNITY_STAFF', { communityId: '00000000-0000-4000-8000-0000000000f2' }),
    (d) => d.name === 'ServiceCenter' || d.name === 'DutyItem',
  ],
];

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Every write of a type, by id or ids. */
const writes = (d: RecordDecl): Array<[string, string]> => [
  ['update', `mutation($id: ID!) { x: update${d.name}(id: $id, input: {}) { id } }`],
  ['delete', `mutation($id: ID!) { x: delete${d.name}(id: $id) }`],
  ['restore', `mutation($id: ID!) { x: restore${d.name}(id: $id) { id } }`],
  ['delete several', `mutation($id: ID!) { x: delete${cap(d.plural)}(ids: [$id]) }`],
  ['restore several', `mutation($id: ID!) { x: restore${cap(d.plural)}(ids: [$id]) { id } }`],
];

const answer = (res: GqlResult) => JSON.stringify(res.errors?.map((e) => [e.extensions?.code, e.message]));

describe('writes refused at the type', () => {
  it('answer the same for a present id and an absent one', async () => {
    let compared = 0;
    for (const d of allRecords()) {
      const present = env.city.ids[d.name][0];
      for (const [label, viewer, refusedType] of callers) {
        if (!refusedType(d)) continue;
        for (const [op, mutation] of writes(d)) {
          const absent = await env.t.gql(mutation, { id: randomUUID() }, viewer);
          const there = await env.t.gql(mutation, { id: present }, viewer);
          const why = `${label}: ${op} ${d.name}`;
          expect(absent.errors?.[0].extensions?.code, why).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
          expect(answer(there), why).toBe(answer(absent));
          compared++;
        }
      }
    }
    expect(compared).toBe(allRecords().length * 3 * 5 + 2 * 5);
  });

  it('answer the same for an import, whatever its rows point at', async () => {
    const IMPORT = 'mutation($r: [CommunityWorkerCreateInput!]!) { importCommunityWorkers(rows: $r) { id } }';
    const rows = (communityId: string) => [{ communityId, name: '导入', employmentType: 'OTHER' }];
    for (const [label, viewer] of callers.slice(0, 3)) {
      const real = await env.t.gql(IMPORT, { r: rows(env.city.communities[0]) }, viewer);
      const made = await env.t.gql(IMPORT, { r: rows(randomUUID()) }, viewer);
      expect(answer(real), label).toBe(answer(made));
      expect(real.errors?.[0].extensions?.code, label).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
    }
  });
});
