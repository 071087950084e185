import { isBlank, recordOf, type RecordDecl } from '../declare';

type Values = Record<string, unknown>;

/**
 * The community or centre a loaded record belongs to, by its first declared owner path
 * that leads to one (the path's references populated): its display name, and `via`, the
 * record's own reference the path starts with (whose read access decides whether to show it).
 * A record that is its own owner (`'id'`) names itself.
 */
export function ownerName(decl: RecordDecl, row: Values): { via: string; name: string } | undefined {
  for (const path of decl.owner) {
    if (path === 'id') return { via: 'id', name: String(row[decl.displayField] ?? '') };
    let cur: RecordDecl = decl;
    let value: unknown = row;
    for (const seg of path.split('.')) {
      const ref = cur.refs.find((r) => r.name === seg)!;
      value = (value as Values | null | undefined)?.[seg];
      cur = recordOf(ref.target());
    }
    const name = (value as Values | null | undefined)?.[cur.displayField];
    if (!isBlank(name)) return { via: path.split('.')[0], name: String(name) };
  }
  return undefined;
}

/** The owner paths to populate for `ownerName` (all but the record itself). */
export const ownerPopulate = (decl: RecordDecl): string[] => decl.owner.filter((p) => p !== 'id');
