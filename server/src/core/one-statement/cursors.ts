import { encodeCursorValues } from '../crud/cursor';
import type { RootShape } from './shape';

type Json = Record<string, any>;

/**
 * The statement returns each cursor as the array of its order keys' values;
 * this encodes them in place, as the resolvers do (crud/cursor.ts). Edges and
 * pageInfo exist only on root connections, so this looks one level down.
 */
export function finishCursors(roots: Array<[string, RootShape]>, data: Json): void {
  for (const [key, root] of roots) {
    const connection = data[key] as Json | null;
    if (root.kind !== 'list' || !connection) continue;
    for (const [fieldKey, field] of root.fields) {
      if (field.kind === 'edges') {
        const cursorKeys = field.fields.filter(([, f]) => f.kind === 'cursor').map(([k]) => k);
        for (const edge of connection[fieldKey] as Json[]) for (const k of cursorKeys) edge[k] = encodeCursorValues(edge[k]);
      } else if (field.kind === 'pageInfo') {
        const info = connection[fieldKey] as Json;
        for (const [k, f] of field.fields) if (f.kind === 'endCursor') info[k] = info[k] == null ? null : encodeCursorValues(info[k]);
      }
    }
  }
}
