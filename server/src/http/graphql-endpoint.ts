import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { ErrorRequestHandler, Express, Request, RequestHandler, Response } from 'express';

type Step = RequestHandler | ErrorRequestHandler;

/** Requests for exactly /graphql (with or without a query string) take the short way below. */
export const isGraphqlPath = (url: string | undefined) => url === '/graphql' || (url?.startsWith('/graphql?') ?? false);

/**
 * The GraphQL endpoint without express's router and `res.send`: the same
 * request and response objects (express's prototypes are set on them, as
 * express itself does, so `req.ip` honours `trust proxy` and the steps keep
 * their express API), the same steps in front (body limit, document ids) and
 * the same hand-over to Apollo as @as-integrations/express5, but no route
 * matching, layer walking or ETag work on every request: on a small query
 * those were about a fifth of the server's time.
 */
export function graphqlEndpoint<C extends BaseContext>(
  app: Express,
  steps: Step[],
  apollo: ApolloServer<C>,
  context: (req: Request) => Promise<C>,
) {
  const answer = async (req: Request, res: Response) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: query < 0 ? '' : req.url.slice(query), body: req.body },
      context: () => context(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status || 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(req.method === 'HEAD' ? undefined : response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const fail = (res: ServerResponse) => {
    if (res.headersSent) return void res.destroy();
    res.statusCode = 500;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
  };

  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    Object.setPrototypeOf(incoming, app.request);
    Object.setPrototypeOf(outgoing, app.response);
    const req = incoming as Request;
    const res = outgoing as Response;
    (req as { res?: Response }).res = res;
    (res as { req?: Request }).req = req;
    // Express's order: plain steps while there is no error, error handlers (four arguments) once there is one.
    let i = 0;
    const next = (err?: unknown): void => {
      while (i < steps.length) {
        const step = steps[i++];
        const handlesErrors = step.length === 4;
        if (err !== undefined && handlesErrors) return void (step as ErrorRequestHandler)(err, req, res, next);
        if (err === undefined && !handlesErrors) return void (step as RequestHandler)(req, res, next);
      }
      if (err !== undefined) return fail(res);
      answer(req, res).catch(() => fail(res));
    };
    next();
  };
}
