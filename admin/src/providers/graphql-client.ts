import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { HttpError } from 'react-admin';
import { session } from './session';
import { announceWarnings, type WriteWarning } from './write-warnings';

export interface GqlError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; fields?: Array<{ path: string; message: string }> } & Record<string, unknown>;
}

export interface GqlResult<T> {
  data: T | null;
  /** Errors that came with data, e.g. FORBIDDEN on a field the role may not read. */
  errors: GqlError[];
}

const printed = new WeakMap<object, string>();
const source = (doc: object) => {
  let text = printed.get(doc);
  if (!text) printed.set(doc, (text = print(doc as never)));
  return text;
};

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
};

/** An HttpError react-admin understands: status for auth checks, body.errors for form fields. */
export function toHttpError(error: GqlError): HttpError {
  const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const fields = error.extensions?.fields ?? [];
  const errors = Object.fromEntries(fields.map((f) => [f.path.replace(/^(input|rows\.\d+)\./, ''), f.message]));
  return new HttpError(error.message, STATUS[code] ?? 500, { code, fields, errors: fields.length ? errors : undefined });
}

/** Sends one generated document to /graphql with the session's bearer token. */
export async function request<R, V>(doc: TypedDocumentNode<R, V>, variables?: V): Promise<GqlResult<R>> {
  const token = session.token();
  const res = await fetch(`${import.meta.env.VITE_GRAPHQL_PATH ?? '/graphql'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: source(doc), variables }),
  });
  let body: { data?: R | null; errors?: GqlError[]; extensions?: { warnings?: WriteWarning[] } };
  try {
    body = await res.json();
  } catch {
    throw new HttpError(res.statusText || 'network error', res.status || 500, { code: 'INTERNAL_SERVER_ERROR' });
  }
  const errors = body.errors ?? [];
  // A refusal of the whole operation (no data) is an error; field-level refusals ride along.
  if (!body.data)
    throw toHttpError(
      errors[0] ?? { message: res.statusText, extensions: { code: res.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR' } },
    );
  const fatal = errors.find((e) => e.extensions?.code && e.extensions.code !== 'FORBIDDEN');
  if (fatal) throw toHttpError(fatal);
  announceWarnings(body.extensions?.warnings);
  return { data: body.data, errors };
}
