// Emits admin/src/generated/documents.ts: for every record type, typed GraphQL documents
// (TypedDocumentNode, the parsed AST, no strings built at run time) for list, one, create,
// update (with expectedVersion), delete, restore (one and several), and import/history when the schema has them.
const { getNamedType, isObjectType, isScalarType, isEnumType, parse } = require('graphql');

const TS = {
  id: 'string',
  string: 'string',
  text: 'string',
  int: 'number',
  float: 'number',
  boolean: 'boolean',
  decimal: 'string',
  date: 'string',
  datetime: 'string',
};
const cap = (s) => s[0].toUpperCase() + s.slice(1);

function selection(r, byType) {
  return r.fields.map((f) => (f.kind === 'ref' ? `${f.name} { id ${byType.get(f.ref.type).displayField} } ${f.source}` : f.name)).join(' ');
}

/** All scalar and enum fields of an object type; records inside as { id }, other objects (e.g. changes) in full. */
function plainSelection(type, depth = 0) {
  return Object.values(type.getFields())
    .filter((f) => f.args.length === 0)
    .map((f) => {
      const named = getNamedType(f.type);
      if (isScalarType(named) || isEnumType(named)) return f.name;
      if (isObjectType(named) && named.getFields().id) return `${f.name} { id }`;
      if (isObjectType(named) && depth < 1) return `${f.name} { ${plainSelection(named, depth + 1)} }`;
      return null;
    })
    .filter(Boolean)
    .join(' ');
}

function recordInterface(r, byType) {
  const lines = r.fields.map((f) => {
    if (f.kind === 'ref') {
      const d = byType.get(f.ref.type).displayField;
      return `  ${f.name}: { id: string; ${d}?: string | number | null } | null;\n  ${f.source}: string | null;`;
    }
    const t = f.kind === 'enum' ? f.enum : f.kind === 'enumSet' ? `${f.enum}[]` : TS[f.kind];
    return `  ${f.name}: ${t} | null;`;
  });
  return `export interface ${r.type}Record {\n${lines.join('\n')}\n}`;
}

function operations(schema, r, byType) {
  const T = r.type;
  const frag = `${T}Fields`;
  const ops = [
    [
      'list',
      r.search
        ? `query ${T}List($filter: ${T}Filter, $orderBy: [${T}Order!], $first: Int, $offset: Int, $search: String) { ${r.name}(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset, search: $search) { totalCount nodes { ...${frag} } } }`
        : `query ${T}List($filter: ${T}Filter, $orderBy: [${T}Order!], $first: Int, $offset: Int) { ${r.name}(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) { totalCount nodes { ...${frag} } } }`,
      `{ ${r.name}: { totalCount: number; nodes: ${T}Record[] } }`,
      `Query${cap(r.name)}Args`,
    ],
  ];
  if (r.single)
    ops.push([
      'one',
      `query ${T}One($id: ID!) { ${r.single}(id: $id) { ...${frag} } }`,
      `{ ${r.single}: ${T}Record | null }`,
      `Query${cap(r.single)}Args`,
    ]);
  if (r.operations.create)
    ops.push([
      'create',
      `mutation Create${T}($input: ${T}CreateInput!) { create${T}(input: $input) { ...${frag} } }`,
      `{ create${T}: ${T}Record }`,
      `MutationCreate${T}Args`,
    ]);
  if (r.operations.update)
    ops.push([
      'update',
      `mutation Update${T}($id: ID!, $input: ${T}UpdateInput!, $expectedVersion: Int) { update${T}(id: $id, input: $input, expectedVersion: $expectedVersion) { ...${frag} } }`,
      `{ update${T}: ${T}Record }`,
      `MutationUpdate${T}Args`,
    ]);
  if (r.operations.delete)
    ops.push(['delete', `mutation Delete${T}($id: ID!) { delete${T}(id: $id) }`, `{ delete${T}: boolean }`, `MutationDelete${T}Args`]);
  if (r.operations.restore)
    ops.push([
      'restore',
      `mutation Restore${T}($id: ID!) { restore${T}(id: $id) { ...${frag} } }`,
      `{ restore${T}: ${T}Record }`,
      `MutationRestore${T}Args`,
    ]);
  const mutations = schema.getMutationType().getFields();
  const Plural = cap(r.name);
  if (mutations[`delete${Plural}`])
    ops.push([
      'deleteMany',
      `mutation Delete${Plural}($ids: [ID!]!) { delete${Plural}(ids: $ids) }`,
      `{ delete${Plural}: number }`,
      `MutationDelete${Plural}Args`,
    ]);
  if (mutations[`restore${Plural}`])
    ops.push([
      'restoreMany',
      `mutation Restore${Plural}($ids: [ID!]!) { restore${Plural}(ids: $ids) { id } }`,
      `{ restore${Plural}: Array<{ id: string }> }`,
      `MutationRestore${Plural}Args`,
    ]);
  if (r.operations.import) {
    const name = `import${cap(r.name)}`;
    const ret = getNamedType(schema.getMutationType().getFields()[name].type);
    const sel = isObjectType(ret) ? ` { ${ret.name === T ? `...${frag}` : plainSelection(ret)} }` : '';
    ops.push([
      'import',
      `mutation Import${cap(r.name)}($rows: [${T}CreateInput!]!) { ${name}(rows: $rows)${sel} }`,
      `{ ${name}: unknown }`,
      `Mutation${cap(name)}Args`,
    ]);
  }
  // A masked field read in clear for a stated purpose (@reveal): one document per field, so only the field asked for is logged.
  if (r.single)
    for (const f of r.fields.filter((x) => x.mask))
      ops.push([
        `reveal${cap(f.name)}`,
        `query ${T}Reveal${cap(f.name)}($id: ID!, $purpose: RevealPurpose!) { ${r.single}(id: $id) { id ${f.name} @reveal(purpose: $purpose) } }`,
        `{ ${r.single}: { id: string; ${f.name}: string | null } | null }`,
        `Query${cap(r.single)}Args & { purpose: RevealPurpose }`,
      ]);
  const history = r.extras.find((e) => e.name === 'history' && e.list);
  if (history && r.single) {
    const sel = plainSelection(schema.getType(history.type));
    ops.push([
      'history',
      `query ${T}History($id: ID!) { ${r.single}(id: $id) { id history { ${sel} } } }`,
      `{ ${r.single}: { id: string; history: Array<Record<string, unknown>> } | null }`,
      `Query${cap(r.single)}Args`,
    ]);
  }
  return ops;
}

const json = (node) => JSON.stringify(node);

function emitDocuments(schema, model) {
  const byType = new Map(model.resources.map((r) => [r.type, r]));
  const imports = new Set();
  const out = [];
  const table = [];
  for (const r of model.resources) {
    out.push(recordInterface(r, byType));
    r.fields.filter((f) => f.enum).forEach((f) => imports.add(f.enum));
    const fragment = parse(`fragment ${r.type}Fields on ${r.type} { ${selection(r, byType)} }`, { noLocation: true }).definitions[0];
    out.push(`const ${r.type}Fields = ${json(fragment)} as unknown as DefinitionNode;`);
    const entries = [];
    for (const [key, source, result, args] of operations(schema, r, byType)) {
      for (const name of args.match(/\b[A-Z]\w*/g)) imports.add(name);
      const op = parse(source, { noLocation: true }).definitions[0];
      const usesFragment = source.includes(`...${r.type}Fields`);
      const doc = `{ kind: 'Document', definitions: [${json(op)}${usesFragment ? `, ${r.type}Fields` : ''}] }`;
      const name = `${r.type}${cap(key)}Document`;
      out.push(`export const ${name} = ${doc} as unknown as TypedDocumentNode<${result}, ${args}>;`);
      entries.push(`${key}: ${name}`);
    }
    table.push(`  ${r.name}: { ${entries.join(', ')} },`);
  }
  return [
    '// generated by admin/codegen from schema/console-meta.json and schema/schema.graphql: generated, do not edit (run `npm run codegen`).',
    "import type { DefinitionNode } from 'graphql';",
    "import type { TypedDocumentNode } from '@graphql-typed-document-node/core';",
    `import type { ${[...imports].sort().join(', ')} } from './schema-types';`,
    '',
    ...out,
    '',
    '/** The documents of each resource, by react-admin resource name. */',
    'export const documents = {',
    ...table,
    '};',
    '',
  ].join('\n');
}

module.exports = { emitDocuments };
