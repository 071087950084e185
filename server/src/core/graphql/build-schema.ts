import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { resolvers } from '../../modules';
import { guardRecordFields } from '../access/field-middleware';

let schema: GraphQLSchema | undefined;

/** The executable schema: generated record resolvers plus each module's own. Built once per process. */
export function buildAppSchema(): GraphQLSchema {
  if (!schema) {
    schema = buildSchemaSync({ resolvers: resolvers(), validate: false, emitSchemaFile: false });
    guardRecordFields(schema);
    // type-graphql gives the root types no description; explorers show these first.
    const query = schema.getQueryType();
    const mutation = schema.getMutationType();
    if (query) query.description ??= 'Read the community governance data (查询)';
    if (mutation) mutation.description ??= 'Change the community governance data (变更)';
  }
  return schema;
}

export const SCHEMA_HEADER = '# Generated from the server by `npm run schema:print`. Do not edit: change the declarations instead.\n\n';

/** The committed SDL: sorted so diffs show real changes only. */
export const printAppSchema = () => SCHEMA_HEADER + printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
