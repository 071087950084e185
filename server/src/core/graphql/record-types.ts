import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { describeLabel, recordOf, type AttrDecl, type RecordDecl } from '../declare';
import { graphqlTypeOf } from '../declare/graphql-type';
import { SortDirection, PageInfo } from './common-types';
import { namedClass } from './dynamic-class';
import { scalarFilterFor } from './scalar-filters';

/** The generated GraphQL classes of one declared record. */
export interface RecordTypes {
  filter: Function;
  order: Function;
  create: Function;
  update: Function;
  connection: Function;
  edge: Function;
}

const built = new Map<string, RecordTypes>();

const opt = (description: string) => ({ nullable: true, description });
const fieldDoc = (d: RecordDecl, name: string) => {
  const f = d.fields.find((x) => x.name === name)!;
  return describeLabel(f.label, f.description);
};

function buildFilter(d: RecordDecl): Function {
  const cls = namedClass(`${d.name}Filter`);
  // Scalar filters are built here, eagerly: type-graphql ignores classes decorated while it builds the schema.
  for (const a of d.attrs.filter((x) => x.filterable)) {
    const scalar = scalarFilterFor(a);
    Field(() => scalar, opt(fieldDoc(d, a.name)))(cls.prototype, a.name);
  }
  const idFilter = scalarFilterFor({ type: 'id' } as AttrDecl);
  for (const r of d.refs) {
    Field(() => idFilter, opt(`Id of: ${fieldDoc(d, r.name)}`))(cls.prototype, `${r.name}Id`);
    // Lazy: the target's filter may not be built yet (and may be this very type).
    Field(() => typesOf(recordOf(r.target())).filter, opt(`Records whose ${r.name} matches this filter: ${fieldDoc(d, r.name)}`))(
      cls.prototype,
      r.name,
    );
  }
  Field(() => [cls], opt('All of these hold (且)'))(cls.prototype, 'and');
  Field(() => [cls], opt('Any of these holds (或)'))(cls.prototype, 'or');
  Field(() => cls, opt('This does not hold (非)'))(cls.prototype, 'not');
  InputType(`${d.name}Filter`, { description: `Filter on ${d.label.en} (${d.label.zh}筛选条件); fields combine with AND` })(cls);
  return cls;
}

function buildOrder(d: RecordDecl): Function {
  const cls = namedClass(`${d.name}Order`);
  for (const a of d.attrs.filter((x) => x.sortable)) Field(() => SortDirection, opt(fieldDoc(d, a.name)))(cls.prototype, a.name);
  InputType(`${d.name}Order`, { description: `One sort key of ${d.label.en} (${d.label.zh}排序): name exactly one field` })(cls);
  return cls;
}

function buildInput(d: RecordDecl, mode: 'Create' | 'Update'): Function {
  const name = `${d.name}${mode}Input`;
  const cls = namedClass(name);
  for (const a of d.attrs.filter((x) => x.writable)) {
    const nullable = mode === 'Update' || !a.required || a.default !== undefined;
    Field(() => graphqlTypeOf(a) as never, { nullable, description: fieldDoc(d, a.name) })(cls.prototype, a.name);
  }
  // Fields the server now sets itself stay in the inputs, deprecated, so released clients still validate (a value is refused).
  for (const a of d.attrs.filter((x) => !x.writable && x.retiredInput)) {
    Field(() => graphqlTypeOf(a) as never, { nullable: true, description: fieldDoc(d, a.name), deprecationReason: a.retiredInput })(
      cls.prototype,
      a.name,
    );
  }
  for (const r of d.refs) {
    const nullable = mode === 'Update' || !r.required;
    Field(() => ID, { nullable, description: `Id of: ${fieldDoc(d, r.name)}` })(cls.prototype, `${r.name}Id`);
  }
  const doc = mode === 'Create' ? 'A new' : 'Changes to a';
  InputType(name, {
    description: `${doc} ${d.label.en} (${d.label.zh}); ${mode === 'Update' ? 'omitted fields stay as they are, null clears' : 'omitted optional fields take their defaults'}`,
  })(cls);
  return cls;
}

function buildConnection(d: RecordDecl): { connection: Function; edge: Function } {
  const edge = namedClass(`${d.name}Edge`);
  Field(() => String, { description: 'Cursor of this record (游标)' })(edge.prototype, 'cursor');
  Field(() => d.cls, { description: describeLabel(d.label) })(edge.prototype, 'node');
  ObjectType(`${d.name}Edge`, { description: `A ${d.label.en} (${d.label.zh}) in a page, with its cursor` })(edge);

  const connection = namedClass(`${d.name}Connection`);
  Field(() => [d.cls], { description: 'The records of this page (本页记录)' })(connection.prototype, 'nodes');
  Field(() => [edge], { description: 'The records of this page with their cursors (本页记录及游标)' })(connection.prototype, 'edges');
  Field(() => PageInfo, { description: 'Paging information (分页信息)' })(connection.prototype, 'pageInfo');
  Field(() => Int, { description: 'How many records match the filter in all (总数)' })(connection.prototype, 'totalCount');
  ObjectType(`${d.name}Connection`, { description: `A page of ${d.label.en} (${d.label.zh}列表)` })(connection);
  return { connection, edge };
}

/** Builds (once) and returns the filter, order, input and connection types of a record. */
export function typesOf(d: RecordDecl): RecordTypes {
  let types = built.get(d.name);
  if (!types) {
    // Register before building: relation filters refer back lazily.
    types = {} as RecordTypes;
    built.set(d.name, types);
    Object.assign(types, {
      filter: buildFilter(d),
      order: buildOrder(d),
      create: buildInput(d, 'Create'),
      update: buildInput(d, 'Update'),
      ...buildConnection(d),
    });
  }
  return types;
}
