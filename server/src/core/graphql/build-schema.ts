import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { guardRecordFields } from '../access/field-middleware';
import { revealDirective } from '../access/reveal';

/**
 * The executable schema from the resolvers the app composes (server/src/app.ts):
 * the core builds from what it is given and names no module.
 */
export function buildSchema(resolvers: NonEmptyArray<Function>): GraphQLSchema {
  const built = buildSchemaSync({ resolvers, validate: false, emitSchemaFile: false });
  const schema = new GraphQLSchema({ ...built.toConfig(), directives: [...built.getDirectives(), revealDirective(built)] });
  guardRecordFields(schema);
  // type-graphql gives the root types no description; explorers show these first.
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description ??= 'Read the community governance data (查询)';
  if (mutation) mutation.description ??= 'Change the community governance data (变更)';
  return schema;
}

export const SCHEMA_HEADER = '# Generated from the server by `npm run schema:print`. Do not edit: change the declarations instead.\n\n';

/** The committed SDL of a schema: sorted so diffs show real changes only. */
export const printSchemaFile = (schema: GraphQLSchema) => SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
