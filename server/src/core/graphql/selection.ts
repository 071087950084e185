import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { inverseListsOf, type RecordDecl } from '../declare';

/** Names selected directly in a selection set, through fragments and inline fragments. */
function namesIn(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Map<string, FieldNode[]>): void {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) into.set(s.name.value, [...(into.get(s.name.value) ?? []), s]);
    else if (s.kind === Kind.INLINE_FRAGMENT) namesIn(s.selectionSet, info, into);
    else namesIn(info.fragments[s.name.value]?.selectionSet, info, into);
  }
}

const childrenOf = (nodes: FieldNode[], info: GraphQLResolveInfo) => {
  const out = new Map<string, FieldNode[]>();
  for (const n of nodes) namesIn(n.selectionSet, info, out);
  return out;
};

/**
 * Look-ahead: the columns a resolver must load for what the query selects of
 * `decl` (a connection's nodes and edges.node, or the record itself), so
 * MikroORM fetches and hydrates only those. Every reference column is always
 * loaded (cheap, and access rules read them), as are `extra` (order keys for
 * cursors) and the id. Undefined when a selected field is not a plain column,
 * reference or inverse list (a module's own field resolver may read anything):
 * then everything is loaded, as before.
 */
export function selectedColumns(
  decl: RecordDecl,
  info: GraphQLResolveInfo,
  connection: boolean,
  extra: string[] = [],
): string[] | undefined {
  let fields = childrenOf(info.fieldNodes as FieldNode[], info);
  if (connection) {
    const nodes = fields.get('nodes') ?? [];
    const edges = childrenOf(fields.get('edges') ?? [], info).get('node') ?? [];
    fields = childrenOf([...nodes, ...edges], info);
  }
  const attrs = new Set(decl.attrs.map((a) => a.name));
  const refs = new Map(
    decl.refs.flatMap(
      (r) =>
        [
          [r.name, r.name],
          [`${r.name}Id`, r.name],
        ] as Array<[string, string]>,
    ),
  );
  const inverses = inverseListsOf(decl);
  const columns = new Set<string>(['id', ...decl.refs.map((r) => r.name), ...extra]);
  for (const name of fields.keys()) {
    if (name === '__typename' || inverses.has(name) || refs.has(name)) continue;
    if (attrs.has(name) || name === 'version') columns.add(name);
    else return undefined;
  }
  return [...columns];
}
