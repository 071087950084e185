import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../core/context';
import type { Viewer } from '../core/access/viewer';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id';
import type { Tracing } from './tracing';

/** What is learnt of one HTTP request on its way, for its log line and its metrics. */
export interface RequestRecord {
  id: string;
  startNs: bigint;
  /** Wall-clock start, for a trace span. */
  startedAtMs: number;
  /** The resolved operation's name (a GraphQL name: no value of the request), type, and whether its document is registered. */
  operation?: string | null;
  type?: string;
  registered?: boolean;
  /** ANONYMOUS, PARTNER or the user's role: a class of caller, never who. */
  caller?: string;
  /** The error codes of the answer, each once, as they left the server (after formatError). */
  codes?: string[];
}

/** A status without a GraphQL error in the answer (refused in front of Apollo) as the contract code it stands for. */
function codeOfStatus(status: number): string | undefined {
  if (status < 400) return undefined;
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 429) return 'RATE_LIMITED';
  return status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT';
}

export const callerClass = (viewer: Viewer): string =>
  viewer.kind === 'user' ? viewer.role : viewer.kind === 'partner' ? 'PARTNER' : 'ANONYMOUS';

/** A fixed set of route labels: paths are chosen by clients and would make a series each. */
function routeOf(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0];
  if (path === '/graphql' || path.startsWith('/graphql/')) return '/graphql';
  if (path === '/healthz' || path === '/readyz' || path === '/metrics') return path;
  if (path === '/admin' || path.startsWith('/admin/')) return '/admin';
  if (path === '/graphiql' || path.startsWith('/graphiql/')) return '/graphiql';
  return 'other';
}

const METHODS = new Set(['GET', 'POST', 'HEAD', 'OPTIONS']);

/** Unnamed and unregistered operations are one label value: their names are the client's to choose. */
export const OTHER_OPERATION = 'other';

const CONTEXT_RECORD = Symbol('ops.requestRecord');
/** Kept on the context under a symbol (Apollo copies a context's own properties per operation, symbols too). */
type WithRecord = AppContext & { [CONTEXT_RECORD]?: RequestRecord };

/**
 * One JSON log line and the metrics of every request. The server's `request` handler is
 * wrapped (both ways to /graphql and every other path): the request gets its id at once,
 * the response carries it (x-request-id, set before anything is written), and when the
 * response is done (or the client went away) the record is logged and counted. GraphQL
 * requests are logged at info (error for a 5xx); other paths only counted, and logged at debug.
 */
export function requestLog(
  logger: Logger,
  metrics: Metrics,
  trustProxy: boolean,
  isRegistered: (queryHash: string) => boolean,
  tracing?: Tracing,
) {
  const records = new WeakMap<IncomingMessage, RequestRecord>();

  const finish = (req: IncomingMessage, res: ServerResponse, rec: RequestRecord) => {
    const seconds = Number(process.hrtime.bigint() - rec.startNs) / 1e9;
    const route = routeOf(req.url);
    const aborted = !res.writableFinished;
    metrics.httpRequest(route, METHODS.has(req.method ?? '') ? req.method! : 'other', aborted ? 0 : res.statusCode);
    const codes = rec.codes?.length ? rec.codes : [codeOfStatus(res.statusCode)].filter((c): c is string => Boolean(c));
    const line = {
      reqId: rec.id,
      method: req.method,
      route,
      status: aborted ? null : res.statusCode,
      operation: rec.operation ?? null,
      operationType: rec.type ?? null,
      caller: rec.caller ?? 'UNKNOWN',
      durationMs: Math.round(seconds * 10_000) / 10,
      outcome: aborted ? 'aborted' : codes.length ? 'error' : 'ok',
      ...(codes.length ? { errors: codes } : {}),
    };
    if (route !== '/graphql') return void logger.debug(line, 'http request');
    const operation = rec.registered && rec.operation ? rec.operation : OTHER_OPERATION;
    const outcome = line.outcome === 'error' ? codes[0] : line.outcome;
    metrics.graphqlRequest(operation, rec.type ?? 'none', outcome, seconds);
    const failed = res.statusCode >= 500 || codes.includes('INTERNAL_SERVER_ERROR');
    const traceId = tracing?.finished({
      headers: req.headers,
      startedAtMs: rec.startedAtMs,
      endedAtMs: rec.startedAtMs + seconds * 1000,
      // Span names as bounded as metric labels; the operation's own name is an attribute.
      name: `graphql ${rec.type ?? 'request'} ${operation}`,
      attributes: {
        'graphql.operation.name': rec.operation ?? '',
        'graphql.operation.type': rec.type ?? '',
        'http.request.method': req.method ?? '',
        'http.route': route,
        'http.response.status_code': res.statusCode,
        'app.request_id': rec.id,
        'app.caller': line.caller,
        'app.outcome': outcome,
      },
      failed,
    });
    logger[failed ? 'error' : 'info'](traceId ? { ...line, traceId } : line, 'graphql request');
  };

  return {
    /** Wraps the server's request handler. */
    wrap:
      (handler: (req: IncomingMessage, res: ServerResponse) => void) =>
      (req: IncomingMessage, res: ServerResponse): void => {
        const rec: RequestRecord = { id: requestIdOf(req.headers, trustProxy), startNs: process.hrtime.bigint(), startedAtMs: Date.now() };
        records.set(req, rec);
        res.setHeader(REQUEST_ID_HEADER, rec.id);
        res.once('close', () => finish(req, res, rec));
        handler(req, res);
      },

    /** The id of a request the wrapper has seen (a fresh one for any other). */
    requestId: (req: IncomingMessage): string => records.get(req)?.id ?? requestIdOf({}, false),

    /** Builds a request's context through `build`, noting the caller, or the code of the refusal (401, 429: no plugin runs then). */
    async context<C extends AppContext>(req: IncomingMessage, build: () => Promise<C>): Promise<C> {
      const rec = records.get(req);
      try {
        const ctx = await build();
        if (rec) {
          rec.caller = callerClass(ctx.viewer);
          (ctx as WithRecord)[CONTEXT_RECORD] = rec;
        }
        return ctx;
      } catch (err) {
        const code = (err as { extensions?: { code?: unknown } }).extensions?.code;
        if (rec) rec.codes = [typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR'];
        throw err;
      }
    },

    /** What only Apollo knows: the operation, the settled caller and the answer's error codes. */
    plugin: {
      async requestDidStart({ contextValue }) {
        const rec = (contextValue as WithRecord)[CONTEXT_RECORD];
        if (!rec) return;
        return {
          async didResolveOperation({ operation, queryHash }) {
            if (!operation) return;
            rec.operation = operation.name?.value ?? null;
            rec.type = operation.operation;
            rec.registered = isRegistered(queryHash);
          },
          async willSendResponse({ response, contextValue: ctx }) {
            rec.caller = callerClass(ctx.viewer);
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            if (errors?.length) rec.codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          },
        };
      },
    } satisfies ApolloServerPlugin<AppContext>,
  };
}
