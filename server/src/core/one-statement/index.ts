import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { getVariableValues, type DocumentNode, type OperationDefinitionNode, type GraphQLSchema } from 'graphql';
import { accessClass } from '../access/viewer';
import type { AppContext } from '../context';
import { finishCursors } from './cursors';
import { runStatement, statement, type Statement } from './execute';
import { StatementWriter } from './render';
import { shapeOf, type RootShape } from './shape';

/** A compiled query: its statement and the shapes its answer is finished with. */
interface Compiled {
  statement: Statement;
  roots: Array<[string, RootShape]>;
}

/** Compiled queries of a document, by operation, access class and variables; null: not compilable. */
const compiled = new WeakMap<DocumentNode, Map<string, Compiled | null>>();
/** Per document: partners poll with a handful of variable sets, not thousands. */
const MAX_PER_DOCUMENT = 256;

async function compile(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, ctx: AppContext,
  raw: Record<string, unknown>): Promise<Compiled | null> {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], raw);
  if (coerced.errors) return null;
  const fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])));
  const roots = shapeOf(operation.selectionSet, { schema, fragments, variables: coerced.coerced, access: ctx.access });
  if (!roots) return null;
  const writer = new StatementWriter(ctx.em, ctx.access);
  try {
    return { statement: statement(await writer.statement(roots), writer.values), roots };
  } catch {
    // Arguments the planner refuses (bad filters, pages out of range, forbidden orders): the general path reports them.
    return null;
  }
}

/**
 * One SQL statement per query, where the query is made of record lists, single
 * records, their fields, references and child lists, and the viewer may read
 * every field it asks for in every row: the statement builds the whole `data`
 * as JSON in PostgreSQL, so there is no per-field resolver, no DataLoader
 * round and one database round trip. Everything else (mutations, figures,
 * history, errors, fields guarded per row) goes the
 * general way. Both ways read the same rows: test/core/one-statement.test.ts
 * runs the same queries through each and compares.
 */
export function oneStatementReads(enabled: boolean, orm: MikroORM): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      if (!enabled) return;
      return {
        async responseForOperation({ document, operation, operationName, schema, contextValue: ctx, request }) {
          if (operation.operation !== 'query') return null;
          let byKey = compiled.get(document);
          if (!byKey) compiled.set(document, (byKey = new Map()));
          const key = `${operationName ?? ''}\u0000${accessClass(ctx.viewer)}\u0000${JSON.stringify(request.variables ?? {})}`;
          let s = byKey.get(key);
          if (s === undefined) {
            s = await compile(schema, document, operation, ctx, request.variables ?? {});
            if (byKey.size >= MAX_PER_DOCUMENT) byKey.clear();
            byKey.set(key, s);
          }
          if (!s) return null;
          let data: unknown;
          try {
            // The ORM's own EntityManager: only its connections are used, so the request's fork is never made.
            data = await runStatement(orm.em, s.statement);
          } catch {
            // A failing database (timeout, outage): the general path meets the same failure and reports it in the contract's terms.
            return null;
          }
          finishCursors(s.roots, data as Record<string, unknown>);
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: data as Record<string, unknown> } } };
        },
      };
    },
  };
}
