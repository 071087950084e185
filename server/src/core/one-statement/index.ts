import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import { getVariableValues, GraphQLError, type DocumentNode, type OperationDefinitionNode, type GraphQLSchema } from 'graphql';
import { accessClass } from '../access/viewer';
import type { AppContext } from '../context';
import { cursorCodec } from '../crud/cursor';
import { finishCursors } from './cursors';
import { runStatement, statement, type Statement } from './execute';
import { StatementWriter } from './render';
import { shapeOf, type RootShape } from './shape';

/** A compiled query: its statement and the shapes its answer is finished with. */
interface Compiled {
  statement: Statement;
  roots: Array<[string, RootShape]>;
  /** What each root list's cursors are sealed to. */
  lists: Map<RootShape, string>;
}

/** Compiled queries of a document, by operation, access class and variables; null: not compilable. */
const compiled = new WeakMap<DocumentNode, Map<string, Compiled | null>>();
/** Per document: partners poll with a handful of variable sets, not thousands. */
const MAX_PER_DOCUMENT = 256;

async function compile(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  ctx: AppContext,
  raw: Record<string, unknown>,
): Promise<Compiled | null> {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], raw);
  if (coerced.errors) return null;
  const fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])));
  const roots = shapeOf(operation.selectionSet, { schema, fragments, variables: coerced.coerced, access: ctx.access });
  if (!roots) return null;
  const writer = new StatementWriter(ctx.em, ctx.access, cursorCodec(ctx.config.jwtSecret));
  try {
    return { statement: statement(await writer.statement(roots), writer.values), roots, lists: writer.lists };
  } catch {
    // Arguments the planner refuses (bad filters, pages out of range, forbidden orders): the general path reports them.
    return null;
  }
}

/** The compiled form of this operation for this viewer, compiled on first use; null when the resolvers must answer. */
async function compiledFor(
  ctx: AppContext,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): Promise<Compiled | null> {
  let byKey = compiled.get(document);
  if (!byKey) compiled.set(document, (byKey = new Map()));
  const key = `${operationName ?? ''}\u0000${accessClass(ctx.viewer)}\u0000${JSON.stringify(variables)}`;
  let found = byKey.get(key);
  if (found === undefined) {
    found = await compile(schema, document, operation, ctx, variables);
    if (byKey.size >= MAX_PER_DOCUMENT) byKey.clear();
    byKey.set(key, found);
  }
  return found;
}

/** A refusal of the caller (UNAUTHENTICATED, 401) as Apollo would have sent it from context creation; anything else is thrown on. */
function refusal(err: unknown): GraphQLResponse {
  if (!(err instanceof GraphQLError)) throw err;
  const { http, ...extensions } = err.extensions as { http?: { status?: number } };
  return {
    http: { status: http?.status ?? 401, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { errors: [{ message: err.message, extensions }] } },
  };
}

/**
 * How a query operation was answered, for whoever counts (server/src/ops): by its one
 * statement (`hit`), or by the resolvers, and why (the other values). Mutations are not counted.
 */
export type OneStatementOutcome = 'hit' | 'not_compilable' | 'statement_failed' | 'viewer_changed' | 'disabled';

/** What the caller hears of this path: each query's outcome, and a compiler fault (once per statement). */
export interface OneStatementHooks {
  counted?(outcome: OneStatementOutcome): void;
  fault?(message: string): void;
}

const reported = new WeakSet<object>();
/**
 * A statement PostgreSQL refuses as written (SQLSTATE class 42: syntax, an unknown
 * column, a value of no known type; 08P01: more values than the text uses) is a
 * fault of the compiler, not of the moment: the general path still answers, but it
 * is said once per statement, not hidden. Timeouts and outages are not reported here:
 * the general path meets them too and reports them in the contract's terms.
 */
function reportFault(statement: object, err: unknown, fault: (message: string) => void): void {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  if (typeof code !== 'string' || !(code.startsWith('42') || code === '08P01') || reported.has(statement)) return;
  reported.add(statement);
  fault(`[one-statement] a compiled statement failed (${code}: ${(err as Error).message}); the resolvers answered instead`);
}

/**
 * One SQL statement per query, where the query is made of record lists, single
 * records, their fields, references and child lists, and the viewer may read
 * every field it asks for in every row: the statement builds the whole `data`
 * as JSON in PostgreSQL, so there is no per-field resolver, no DataLoader
 * round and one database round trip. Everything else (mutations, figures,
 * history, errors, fields guarded per row) goes the general way. Both ways
 * read the same rows: test/core/one-statement.test.ts runs the same queries
 * through each and compares.
 *
 * It also settles an assumed viewer (PendingViewer) before anything runs: in
 * the statement itself when it answers (its answer is used only if the user
 * is still as assumed), by looking the caller up otherwise. It must therefore
 * be the first plugin with a responseForOperation hook, and it does this even
 * when one-statement reads are turned off.
 */
export function oneStatementReads(enabled: boolean, orm: MikroORM, hooks: OneStatementHooks = {}): ApolloServerPlugin<AppContext> {
  const count = hooks.counted ?? (() => undefined);
  const fault = hooks.fault ?? ((message: string) => console.warn(message));
  return {
    async requestDidStart() {
      return {
        async responseForOperation({
          document,
          operation,
          operationName,
          schema,
          contextValue: ctx,
          request,
        }): Promise<GraphQLResponse | null> {
          const query = operation.operation === 'query';
          const s = enabled && query ? await compiledFor(ctx, schema, document, operation, operationName, request.variables ?? {}) : null;
          if (s) {
            // The ORM's own EntityManager: only its connections are used, so the request's fork is never made.
            // A failing database (timeout, outage) leaves the answer to the general path, which reports it in the contract's terms.
            const row = await runStatement(orm.em, s.statement, ctx.pending).catch((err) => void reportFault(s.statement, err, fault));
            if (row && (!ctx.pending || ctx.pending.holds(row.who))) {
              if (ctx.pending) ctx.settle?.(ctx.viewer);
              finishCursors(s.roots, s.lists, cursorCodec(ctx.config.jwtSecret), row.data as Record<string, unknown>);
              count('hit');
              return {
                http: { headers: new HeaderMap() },
                body: { kind: 'single', singleResult: { data: row.data as Record<string, unknown> } },
              };
            }
            count(row ? 'viewer_changed' : 'statement_failed');
          } else if (query) count(enabled ? 'not_compilable' : 'disabled');
          if (ctx.pending) {
            // Not answered here, or the user is no longer as assumed: look the caller up before anything runs.
            try {
              const viewer = await ctx.pending.lookUp();
              ctx.settle?.(viewer);
            } catch (err) {
              return refusal(err);
            }
          }
          return null;
        },
      };
    },
  };
}
