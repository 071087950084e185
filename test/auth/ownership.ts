import { recordOf, type RecordDecl } from '../../server/src/core/declare';
import { ok, type TestApp } from '../support/test-app';
import type { Owner } from './roles';

/** A GraphQL selection that follows one declared owner path down to the owning community or centre. */
function selectionFor(decl: RecordDecl, path: string): { selection: string; read: (row: any) => Owner } {
  const segments = path === 'id' ? [] : path.split('.');
  let cur = decl;
  for (const seg of segments) cur = recordOf(cur.refs.find((r) => r.name === seg)!.target());
  const leaf = cur.name === 'Community' ? 'id serviceCenterId' : 'id';
  const selection = segments.reduceRight((inner, seg) => `${seg} { ${inner} }`, leaf);
  const read = (row: any): Owner => {
    const end = segments.reduce((node, seg) => node?.[seg], row);
    if (!end) return { communities: [], centers: [] };
    return cur.name === 'Community' ? { communities: [end.id], centers: [end.serviceCenterId] } : { communities: [], centers: [end.id] };
  };
  return { selection, read };
}

/** Who owns each row of a type, read as ADMIN through the public API (not through the policy's own code). */
export async function ownersOf(t: TestApp, decl: RecordDecl): Promise<Map<string, Owner>> {
  const paths = decl.owner.map((p) => selectionFor(decl, p));
  const query = `{ list: ${decl.plural}(first: 500) { nodes { id ${paths.map((p) => p.selection).join(' ')} } } }`;
  const rows = ok(await t.gql(query)).list.nodes as any[];
  return new Map(
    rows.map((row) => {
      const owner: Owner = { communities: [], centers: [] };
      for (const p of paths) {
        const o = p.read(row);
        owner.communities.push(...o.communities);
        owner.centers.push(...o.centers);
      }
      return [row.id, owner];
    }),
  );
}
