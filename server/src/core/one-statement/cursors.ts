import type { CursorCodec } from '../crud/cursor';
import type { RootShape } from './shape';

type Json = Record<string, any>;

/**
 * The statement returns each cursor as the array of its order keys' values;
 * this seals them in place, as the resolvers do (crud/cursor.ts), with the list
 * each root was planned as (`lists`). Edges and pageInfo exist only on root
 * connections, so this looks one level down.
 */
export function finishCursors(roots: Array<[string, RootShape]>, lists: Map<RootShape, string>, codec: CursorCodec, data: Json): void {
  for (const [key, root] of roots) {
    const connection = data[key] as Json | null;
    const list = lists.get(root);
    if (root.kind !== 'list' || !connection || list === undefined) continue;
    for (const [fieldKey, field] of root.fields) {
      if (field.kind === 'edges') {
        const cursorKeys = field.fields.filter(([, f]) => f.kind === 'cursor').map(([k]) => k);
        for (const edge of connection[fieldKey] as Json[]) for (const k of cursorKeys) edge[k] = codec.seal(list, edge[k]);
      } else if (field.kind === 'pageInfo') {
        const info = connection[fieldKey] as Json;
        for (const [k, f] of field.fields) if (f.kind === 'endCursor') info[k] = info[k] == null ? null : codec.seal(list, info[k]);
      }
    }
  }
}
