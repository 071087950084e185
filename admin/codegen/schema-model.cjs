// The console's model of the record types: schema/console-meta.json (written from the
// declarations by `npm run schema:print`) gives labels, the display field, the declared field
// order, validation and references; the committed schema gives what only GraphQL knows (filter
// input types, the operations there are, fields modules add such as `history`). Both files
// come from one run, so where they overlap they must agree; a mismatch names the command to run.
const { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType } = require('graphql');

const STALE = 'schema/schema.graphql and schema/console-meta.json disagree: run `npm run schema:print`, then `npm run codegen`';

const unwrapNonNull = (t) => (isNonNullType(t) ? t.ofType : t);
const isList = (t) => isListType(unwrapNonNull(t));
const cap = (s) => s[0].toUpperCase() + s.slice(1);

function inputFields(schema, name) {
  const t = schema.getType(name);
  return t && isInputObjectType(t) ? t.getFields() : {};
}

/** Fails the generation when the two committed files do not describe the same field. */
function agree(condition, where) {
  if (!condition) throw new Error(`${STALE} (${where})`);
}

function fieldModel(f, ctx, plurals) {
  const source = f.kind === 'ref' ? `${f.name}Id` : f.name;
  const where = `${ctx.type}.${f.name}`;
  agree(ctx.fields[f.name] && (f.kind !== 'ref' || ctx.fields[source]), `${where} is not in the schema`);
  agree(!!ctx.filter[source] === f.filterable, `${where}: filterable`);
  agree(!!ctx.order[f.name] === f.sortable, `${where}: sortable`);
  // Retired inputs stay in the input types, deprecated, but the server sets them: no input in the console.
  agree(!f.writable || !!ctx.create[source], `${where}: writable`);
  const create = f.writable && !!ctx.create[source];
  const base = {
    name: f.name,
    label: f.label,
    ...(f.description ? { note: f.description } : {}),
    kind: f.kind === 'ref' ? 'ref' : f.type,
    ...(f.enum ? { enum: f.enum } : {}),
    ...(f.kind === 'ref' ? { ref: { type: f.target, resource: plurals.get(f.target) } } : {}),
    source,
    // What the create input requires: a declared default fills an empty input.
    required: create && f.required && f.default === undefined,
    create,
    update: f.writable && !!ctx.update[source],
    filter: ctx.filter[source] ? getNamedType(ctx.filter[source].type).name : null,
    ...(f.kind === 'ref' ? { nestedFilter: !!ctx.filter[f.name] } : {}),
    sortable: f.sortable,
    system: f.system,
  };
  const validation = Object.fromEntries(
    ['min', 'max', 'maxLength', 'pattern', 'format', 'mask'].filter((k) => f[k] !== undefined).map((k) => [k, f[k]]),
  );
  return { ...base, ...validation };
}

/** Schema fields of a record type no declaration covers (e.g. history: [AuditEntry!]): not values the console edits. */
function extrasOf(fields, covered) {
  return Object.values(fields)
    .filter((f) => !covered.has(f.name))
    .map((f) => ({ name: f.name, type: getNamedType(f.type).name, list: isList(f.type), args: f.args.map((a) => a.name) }));
}

function resourceModel(schema, meta, plurals) {
  const type = schema.getType(meta.name);
  agree(type, `${meta.name} is not in the schema`);
  const ctx = {
    type: meta.name,
    fields: type.getFields(),
    create: inputFields(schema, `${meta.name}CreateInput`),
    update: inputFields(schema, `${meta.name}UpdateInput`),
    filter: inputFields(schema, `${meta.name}Filter`),
    order: inputFields(schema, `${meta.name}Order`),
  };
  const fields = meta.fields.map((f) => fieldModel(f, ctx, plurals));
  const inverses = meta.inverses.map((i) => {
    agree(ctx.fields[i.name], `${meta.name}.${i.name} is not in the schema`);
    return {
      name: i.name,
      label: i.label,
      ...(i.description ? { note: i.description } : {}),
      resource: plurals.get(i.type),
      type: i.type,
      target: i.via,
    };
  });
  const covered = new Set([...fields.flatMap((f) => [f.name, f.source]), ...inverses.map((i) => i.name)]);
  const query = schema.getQueryType().getFields();
  const mutations = schema.getMutationType().getFields();
  return {
    type: meta.name,
    name: meta.plural,
    single: query[meta.single] ? meta.single : null,
    label: meta.label,
    description: meta.description,
    displayField: meta.displayField,
    // The list takes `search` (characters, pinyin, initials) when its display field is text.
    search: query[meta.plural].args.some((a) => a.name === 'search'),
    fields,
    inverses,
    extras: extrasOf(ctx.fields, covered),
    operations: {
      create: !!mutations[`create${meta.name}`],
      update: !!mutations[`update${meta.name}`],
      delete: !!mutations[`delete${meta.name}`],
      restore: !!mutations[`restore${meta.name}`],
      import: !!mutations[`import${cap(meta.plural)}`],
    },
  };
}

/** The console's model: { enums, resources }, records sorted by name, fields in declared order. */
function schemaModel(schema, meta) {
  const plurals = new Map(meta.records.map((r) => [r.name, r.plural]));
  for (const r of meta.records) agree(schema.getQueryType().getFields()[r.plural], `no list query ${r.plural}`);
  for (const e of meta.enums) agree(isEnumType(schema.getType(e.name)), `enum ${e.name} is not in the schema`);
  const resources = meta.records.map((r) => resourceModel(schema, r, plurals));
  const enums = meta.enums.map((e) => ({ name: e.name, values: e.values }));
  return { enums, resources };
}

module.exports = { schemaModel };
