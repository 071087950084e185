import { responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../context';
import { describeLabel, recordOf } from '../declare';
import { importRecords, MAX_IMPORT_ROWS } from '../crud/import';
import { namedClass } from './dynamic-class';
import { defineMethod } from './define-method';
import { typesOf } from './record-types';

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** `importCommunities(rows: [CommunityCreateInput!]!): [Community!]!`: all rows in one transaction, or none. */
export function importResolverFor(cls: Function): Function {
  const d = recordOf(cls as never);
  const t = typesOf(d);
  const resolver = namedClass(`${d.name}ImportResolver`);
  defineMethod(
    resolver,
    'importRows',
    ((rows: Record<string, unknown>[], ctx: AppContext, info: GraphQLResolveInfo) =>
      importRecords(ctx, d, rows, responsePathAsArray(info.path))) as never,
    Mutation(() => [d.cls], {
      name: `import${cap(d.plural)}`,
      description: `Create many ${describeLabel(d.label)} at once (CSV import): every row is checked first; one bad row (BAD_USER_INPUT at rows.N.field) writes nothing. At most ${MAX_IMPORT_ROWS} rows`,
    }),
    [Arg('rows', () => [t.create], { description: `The new ${describeLabel(d.label)} records, one per CSV row (导入行)` }), Ctx(), Info()],
  );
  Resolver(() => d.cls)(resolver);
  return resolver;
}
