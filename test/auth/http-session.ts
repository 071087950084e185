import type { App } from '../../server/src/app';
import type { GqlResult } from '../support/test-app';

/** What a test reads of an HTTP answer: status, Retry-After and the GraphQL body. */
export interface HttpAnswer {
  status: number;
  retryAfter: string | null;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
}

export async function post(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
export const codes = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => r.errors?.map((e) => e.extensions?.code);

export const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }';

/** A new session of `email` through HTTP: its token. */
export async function loginOver(base: string, email: string, password: string): Promise<string> {
  const res = await post(base, LOGIN, { e: email, p: password });
  if (!res.body.data?.login) throw new Error(`login failed: ${JSON.stringify(res.body.errors)}`);
  return res.body.data.login.token as string;
}

/**
 * Runs an operation in-process with the context a request with these headers
 * and this client address gets (the real viewer lookup, the assumed viewer and
 * its check), not a hand-made one. A refused caller comes back as the error
 * the HTTP answer would carry.
 */
export async function inProcess(
  app: App,
  query: string,
  headers: Record<string, string>,
  variables: Record<string, unknown> = {},
  clientAddress?: string,
): Promise<GqlResult> {
  let contextValue;
  try {
    contextValue = await app.contextFor(headers, clientAddress);
  } catch (err) {
    const e = err as { message: string; extensions?: Record<string, unknown> };
    return { errors: [{ message: e.message, extensions: { code: e.extensions?.code } }] };
  }
  const res = await app.apollo.executeOperation({ query, variables }, { contextValue });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental response');
  return res.body.singleResult as GqlResult;
}
