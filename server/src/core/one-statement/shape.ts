import {
  getArgumentValues,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { AccessPolicy } from '../access/policy';
import { allRecords, inverseListsOf, recordOf, type AttrDecl, type RecordDecl, type RefDecl } from '../declare';
import type { ListArgs } from '../crud/list';
import type { ChildArgs } from '../loaders/loaders';

/**
 * What one query asks for, as a tree of record shapes: the part of GraphQL
 * this module can answer with one SQL statement. Anything else (module fields
 * such as history, directives, fields the viewer may read
 * only in some rows) makes `shapeOf` answer undefined, and the request takes
 * the general resolver path, which owns every error and partial answer.
 */
export interface NodeShape {
  decl: RecordDecl;
  fields: Array<[key: string, FieldShape]>;
}

export type FieldShape =
  | { kind: 'literal'; value: string }
  | { kind: 'attr'; attr: AttrDecl }
  | { kind: 'version' }
  | { kind: 'refId'; ref: RefDecl }
  | { kind: 'ref'; ref: RefDecl; node: NodeShape }
  | { kind: 'children'; ref: RefDecl; args: ChildArgs; node: NodeShape };

/** Fields of an edge ({ cursor node __typename }) or of pageInfo ({ hasNextPage endCursor __typename }), by response key. */
export type EdgeField = { kind: 'literal'; value: string } | { kind: 'cursor' } | { kind: 'node'; node: NodeShape };
export type PageInfoField = { kind: 'literal'; value: string } | { kind: 'hasNextPage' } | { kind: 'endCursor' };

export type ConnectionField =
  | { kind: 'literal'; value: string }
  | { kind: 'nodes'; node: NodeShape }
  | { kind: 'totalCount' }
  | { kind: 'edges'; fields: Array<[key: string, EdgeField]> }
  | { kind: 'pageInfo'; fields: Array<[key: string, PageInfoField]> };

export type RootShape =
  | { kind: 'literal'; value: string }
  | { kind: 'one'; decl: RecordDecl; id: string; node: NodeShape }
  | { kind: 'list'; decl: RecordDecl; args: ListArgs; fields: Array<[key: string, ConnectionField]> };

/** Thrown inside the walk: this operation is not one the statement compiler takes. */
class NotCompilable extends Error {}
const give = (): never => {
  throw new NotCompilable();
};

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  access: AccessPolicy;
}

/** The fields of a selection set by response key, through fragments whose type is this type; no directives, no repeated keys. */
function fieldsOf(
  set: SelectionSetNode | undefined,
  typeName: string,
  w: Walk,
  into: Map<string, FieldNode> = new Map(),
): Map<string, FieldNode> {
  for (const s of set?.selections ?? give()) {
    if (s.directives?.length) give();
    if (s.kind === Kind.FIELD) {
      const key = s.alias?.value ?? s.name.value;
      if (into.has(key)) give();
      into.set(key, s);
    } else {
      const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : (w.fragments[s.name.value] ?? give());
      if (fragment.typeCondition && fragment.typeCondition.name.value !== typeName) give();
      fieldsOf(fragment.selectionSet, typeName, w, into);
    }
  }
  return into;
}

function argsOf(type: GraphQLObjectType, node: FieldNode, w: Walk): Record<string, unknown> {
  const def = type.getFields()[node.name.value] ?? give();
  return getArgumentValues(def, node, w.variables);
}

function nodeShape(decl: RecordDecl, set: SelectionSetNode | undefined, w: Walk): NodeShape {
  const type = w.schema.getType(decl.name) as GraphQLObjectType;
  const fields: NodeShape['fields'] = [];
  for (const [key, node] of fieldsOf(set, decl.name, w)) {
    const name = node.name.value;
    if (name === '__typename') {
      fields.push([key, { kind: 'literal', value: decl.name }]);
      continue;
    }
    if (name === 'version') {
      fields.push([key, { kind: 'version' }]);
      continue;
    }
    // Only fields this viewer may read in every row: the others need the per-row field guard.
    if (!w.access.readsEverywhere(decl, name)) give();
    const attr = decl.attrs.find((a) => a.name === name);
    const ref = decl.refs.find((r) => r.name === name || `${r.name}Id` === name);
    const inverse = inverseListsOf(decl).get(name);
    if (attr) fields.push([key, { kind: 'attr', attr }]);
    else if (ref && name === ref.name)
      fields.push([key, { kind: 'ref', ref, node: nodeShape(recordOf(ref.target()), node.selectionSet, w) }]);
    else if (ref) fields.push([key, { kind: 'refId', ref }]);
    else if (inverse) {
      const args = argsOf(type, node, w) as ChildArgs;
      fields.push([key, { kind: 'children', ref: inverse.ref, args, node: nodeShape(inverse.child, node.selectionSet, w) }]);
    } else give();
  }
  return { decl, fields };
}

/** The name of the object type a field returns, through non-null and list wrappers. */
function namedTypeOf(parent: GraphQLObjectType, field: string): string {
  let type = (parent.getFields()[field] ?? give()).type as { ofType?: unknown; name?: string };
  while (type.ofType) type = type.ofType as typeof type;
  return type.name ?? give();
}

function edgeShape(decl: RecordDecl, edgeType: string, set: SelectionSetNode | undefined, w: Walk): Array<[string, EdgeField]> {
  return [...fieldsOf(set, edgeType, w)].map(([key, f]): [string, EdgeField] => {
    const name = f.name.value;
    if (name === '__typename') return [key, { kind: 'literal', value: edgeType }];
    if (name === 'cursor') return [key, { kind: 'cursor' }];
    if (name === 'node') return [key, { kind: 'node', node: nodeShape(decl, f.selectionSet, w) }];
    return give();
  });
}

function pageInfoShape(set: SelectionSetNode | undefined, w: Walk): Array<[string, PageInfoField]> {
  return [...fieldsOf(set, 'PageInfo', w)].map(([key, f]): [string, PageInfoField] => {
    const name = f.name.value;
    if (name === '__typename') return [key, { kind: 'literal', value: 'PageInfo' }];
    if (name === 'hasNextPage' || name === 'endCursor') return [key, { kind: name }];
    return give();
  });
}

function connectionShape(decl: RecordDecl, node: FieldNode, w: Walk): RootShape {
  const connectionName = namedTypeOf(w.schema.getQueryType()!, node.name.value);
  const connection = w.schema.getType(connectionName) as GraphQLObjectType;
  const fields: Array<[string, ConnectionField]> = [];
  for (const [key, f] of fieldsOf(node.selectionSet, connectionName, w)) {
    const name = f.name.value;
    if (name === '__typename') fields.push([key, { kind: 'literal', value: connectionName }]);
    else if (name === 'nodes') fields.push([key, { kind: 'nodes', node: nodeShape(decl, f.selectionSet, w) }]);
    else if (name === 'totalCount') fields.push([key, { kind: 'totalCount' }]);
    else if (name === 'edges')
      fields.push([key, { kind: 'edges', fields: edgeShape(decl, namedTypeOf(connection, 'edges'), f.selectionSet, w) }]);
    else if (name === 'pageInfo') fields.push([key, { kind: 'pageInfo', fields: pageInfoShape(f.selectionSet, w) }]);
    else give();
  }
  return { kind: 'list', decl, args: argsOf(w.schema.getQueryType()!, node, w) as ListArgs, fields };
}

/** Root query fields by name: each record type's list (plural) and single-record query. */
let roots: Map<string, { decl: RecordDecl; list: boolean }> | undefined;
function rootOf(name: string) {
  if (!roots) {
    roots = new Map();
    for (const d of allRecords()) {
      roots.set(d.plural, { decl: d, list: true });
      roots.set(d.single, { decl: d, list: false });
    }
  }
  return roots.get(name);
}

/** The record shapes of a query's root fields, or undefined when the general path must answer it. */
export function shapeOf(selection: SelectionSetNode, w: Walk): Array<[string, RootShape]> | undefined {
  try {
    const query = w.schema.getQueryType()!;
    const out: Array<[string, RootShape]> = [];
    for (const [key, node] of fieldsOf(selection, query.name, w)) {
      if (node.name.value === '__typename') {
        out.push([key, { kind: 'literal', value: query.name }]);
        continue;
      }
      const root = rootOf(node.name.value) ?? give();
      if (root.list) out.push([key, connectionShape(root.decl, node, w)]);
      else {
        const { id } = argsOf(query, node, w) as { id: string };
        out.push([key, { kind: 'one', decl: root.decl, id, node: nodeShape(root.decl, node.selectionSet, w) }]);
      }
    }
    return out;
  } catch (err) {
    // Argument errors included: the general path reports them in the contract's words.
    return undefined;
  }
}
