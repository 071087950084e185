import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * An id a proxy may hand on: up to 128 letters, digits and `-_.:=`, starting with a letter
 * or digit. Nothing else: the id is written into every log line and a response header, so
 * it must not carry a line break, a quote, markup or a value of unbounded length.
 */
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:=-]{0,127}$/;

/**
 * The request's id: the incoming X-Request-Id when the request came through a proxy we
 * run (TRUST_PROXY, the same trust that lets X-Forwarded-For name the client) and the id
 * is well formed; a fresh UUID otherwise. Any client could send the header: without the
 * proxy's word for it, a client could make its requests share another's id in the logs.
 */
export function requestIdOf(headers: IncomingHttpHeaders, trustProxy: boolean): string {
  const incoming = headers[REQUEST_ID_HEADER];
  if (trustProxy && typeof incoming === 'string' && WELL_FORMED.test(incoming)) return incoming;
  return randomUUID();
}
