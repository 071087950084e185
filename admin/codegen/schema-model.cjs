// Reads the committed schema into the console's model of it: record types (those with a
// `XConnection` list query), their fields, references, inverse lists, inputs, filters and
// sort keys, and the enums with their labels. Everything the console shows comes from here.
const { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType } = require('graphql');
const { parseLabel } = require('./labels.cjs');

const SYSTEM = new Set(['id', 'version', 'createdAt', 'updatedAt', 'deletedAt']);
// When a type names no display field, the first of these it has represents its records.
const DISPLAY_CANDIDATES = ['name', 'title', 'course', 'topic', 'code', 'description', 'year'];
const SCALAR_KINDS = { ID: 'id', String: 'string', Int: 'int', Float: 'float', Boolean: 'boolean', Decimal: 'decimal', Date: 'date', DateTime: 'datetime' };

const unwrapNonNull = (t) => (isNonNullType(t) ? t.ofType : t);
const isList = (t) => isListType(unwrapNonNull(t));

function enumModel(type) {
  const { en, zh } = parseLabel(type.description, type.name);
  return {
    name: type.name,
    label: { en, zh },
    values: type.getValues().map((v) => ({ value: v.name, ...parseLabel(v.description, v.name) })),
  };
}

/** The record types: object types listed by a root query returning `<Type>Connection`. */
function recordRoots(schema) {
  const query = schema.getQueryType().getFields();
  const roots = new Map();
  for (const f of Object.values(query)) {
    const named = getNamedType(f.type);
    const m = /^(.*)Connection$/.exec(named.name);
    if (!m || !isObjectType(schema.getType(m[1]))) continue;
    const single = Object.values(query).find((q) => getNamedType(q.type).name === m[1] && q.args.some((a) => a.name === 'id'));
    roots.set(m[1], { plural: f.name, single: single ? single.name : null });
  }
  return roots;
}

function inputFields(schema, name) {
  const t = schema.getType(name);
  return t && isInputObjectType(t) ? t.getFields() : {};
}

function fieldModel(schema, roots, typeName, field, ctx) {
  const named = getNamedType(field.type);
  const label = parseLabel(field.description, field.name);
  const base = { name: field.name, label: { zh: label.zh, en: label.en }, ...(label.note ? { note: label.note } : {}) };
  if (isObjectType(named) && roots.has(named.name)) {
    if (isList(field.type)) {
      // An inverse list (e.g. Community.workers): which child field points back here.
      const child = schema.getType(named.name).getFields();
      const back = Object.values(child).find((c) => getNamedType(c.type).name === typeName && !isList(c.type) && child[`${c.name}Id`]);
      return { inverse: { ...base, resource: roots.get(named.name).plural, type: named.name, target: back ? back.name : null } };
    }
    const idField = `${field.name}Id`;
    return {
      field: {
        ...base,
        kind: 'ref',
        ref: { type: named.name, resource: roots.get(named.name).plural },
        source: idField,
        required: isNonNullType(ctx.create[idField]?.type),
        create: !!ctx.create[idField],
        update: !!ctx.update[idField],
        filter: ctx.filter[idField] ? getNamedType(ctx.filter[idField].type).name : null,
        nestedFilter: !!ctx.filter[field.name],
        sortable: !!ctx.order[field.name],
        system: false,
      },
    };
  }
  if (isObjectType(named)) return { extra: { name: field.name, type: named.name, list: isList(field.type), args: field.args.map((a) => a.name) } };
  const filterType = ctx.filter[field.name] ? getNamedType(ctx.filter[field.name].type).name : null;
  let kind;
  if (isEnumType(named)) kind = isList(field.type) ? 'enumSet' : 'enum';
  else if (isScalarType(named)) kind = filterType === 'TextFilter' ? 'text' : SCALAR_KINDS[named.name] || 'string';
  return {
    field: {
      ...base,
      kind,
      ...(isEnumType(named) ? { enum: named.name } : {}),
      source: field.name,
      required: isNonNullType(ctx.create[field.name]?.type),
      create: !!ctx.create[field.name],
      update: !!ctx.update[field.name],
      filter: filterType,
      sortable: !!ctx.order[field.name],
      system: SYSTEM.has(field.name),
    },
  };
}

function displayFieldOf(fields) {
  const names = new Set(fields.map((f) => f.name));
  return DISPLAY_CANDIDATES.find((n) => names.has(n)) || (fields.find((f) => f.kind === 'date') || { name: 'id' }).name;
}

/** Form order: the display field, then code, references, other own fields, system fields last. */
function ordered(fields, display) {
  const rank = (f) => (f.name === display ? 0 : f.name === 'code' ? 1 : f.system ? 4 : f.kind === 'ref' ? 2 : 3);
  return fields.map((f, i) => [f, i]).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([f]) => f);
}

function resourceModel(schema, roots, typeName) {
  const type = schema.getType(typeName);
  const ctx = {
    create: inputFields(schema, `${typeName}CreateInput`),
    update: inputFields(schema, `${typeName}UpdateInput`),
    filter: inputFields(schema, `${typeName}Filter`),
    order: inputFields(schema, `${typeName}Order`),
  };
  const all = type.getFields();
  const fields = [];
  const inverses = [];
  const extras = [];
  for (const f of Object.values(all)) {
    // `communityId` is carried by its reference `community`.
    if (f.name.endsWith('Id') && all[f.name.slice(0, -2)] && isObjectType(getNamedType(all[f.name.slice(0, -2)].type))) continue;
    const m = fieldModel(schema, roots, typeName, f, ctx);
    if (m.field) fields.push(m.field);
    if (m.inverse) inverses.push(m.inverse);
    if (m.extra) extras.push(m.extra);
  }
  const label = parseLabel(type.description, typeName);
  const display = displayFieldOf(fields);
  const mutations = schema.getMutationType().getFields();
  const root = roots.get(typeName);
  return {
    type: typeName,
    name: root.plural,
    single: root.single,
    label: { zh: label.zh, en: label.en },
    description: label.note || '',
    displayField: display,
    fields: ordered(fields, display),
    inverses,
    // Fields that are neither plain values nor records (e.g. history: [AuditEntry!]!).
    extras,
    operations: {
      create: !!mutations[`create${typeName}`],
      update: !!mutations[`update${typeName}`],
      delete: !!mutations[`delete${typeName}`],
      restore: !!mutations[`restore${typeName}`],
      import: !!mutations[`import${root.plural[0].toUpperCase()}${root.plural.slice(1)}`],
    },
  };
}

/** The console's model of the schema: { enums, resources }, sorted by name. */
function schemaModel(schema) {
  const roots = recordRoots(schema);
  const resources = [...roots.keys()].sort().map((t) => resourceModel(schema, roots, t));
  const enums = Object.values(schema.getTypeMap())
    .filter((t) => isEnumType(t) && !t.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(enumModel);
  return { enums, resources };
}

module.exports = { schemaModel };
