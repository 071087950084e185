import { allRecords } from '../core/declare';

/**
 * Keys whose value never reaches a log line, wherever they appear: credentials (bearer
 * tokens, API keys, cookies, passwords, the JWT secret) and e-mail addresses, which name
 * a person. Header names are lower case, as node gives them.
 */
export const SECRET_KEYS = [
  'authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'token',
  'accessToken',
  'refreshToken',
  'apiKey',
  'key',
  'secret',
  'jwtSecret',
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'email',
] as const;

/**
 * How deep under a log object's top a censored key is looked for (`variables.input.rows[0].<key>`
 * is depth 4). What the server logs is flat (ops/request-log.ts logs no variables and no
 * records at all); test/ops/redaction.test.ts holds the shapes that matter.
 */
export const REDACT_DEPTH = 6;

/** Where request headers sit in a log object, if one is ever logged (pino's `req` serializer, or by hand). */
const HEADER_PLACES = ['req.headers', 'res.headers', 'headers', 'request.headers', 'request.http.headers'];
/** Where a request's arguments would sit. */
const VALUE_PLACES = ['', 'variables.', 'variables.input.', 'input.', 'args.', 'args.input.', 'body.variables.', 'body.variables.input.'];

/**
 * pino `redact.paths`: the credential and contact keys at the places a header, a body or
 * variables would be logged. Explicit paths only: pino's wildcard paths cost about 5 µs
 * per path and line (105 of them made a request's line take over a millisecond), while
 * censorDeep below walks a line for every key at any depth for well under one.
 */
export function redactPaths(): string[] {
  const step = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);
  const headers = ['authorization', 'cookie', 'set-cookie', 'x-api-key'].flatMap((h) => HEADER_PLACES.map((p) => `${p}${step(h)}`));
  const values = SECRET_KEYS.filter((k) => /^[A-Za-z]+$/.test(k)).flatMap((k) => VALUE_PLACES.map((p) => `${p}${k}`));
  return [...headers, ...values];
}

/**
 * A copy of `value` with the value of every key in `keys` replaced by `censor`, at any
 * depth up to REDACT_DEPTH (objects, arrays, errors' own fields). Nothing is copied when
 * nothing is censored: the caller's object is never changed.
 */
export function censorDeep(value: unknown, keys: ReadonlySet<string>, censor: string, depth = 0): unknown {
  if (depth > REDACT_DEPTH || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((v, i) => {
      const c = censorDeep(v, keys, censor, depth + 1);
      if (c !== v) (copy ??= [...value])[i] = c;
    });
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(value)) {
    const c = keys.has(k) ? censor : censorDeep(v, keys, censor, depth + 1);
    if (c !== v) (copy ??= value instanceof Error ? { ...value, message: value.message, stack: value.stack } : { ...value })[k] = c;
  }
  return copy ?? value;
}

/**
 * Field names of every declared record type whose sensitivity is neither PUBLIC nor
 * INTERNAL (PERSONAL, FINANCIAL, RESTRICTED: phones, identity numbers, salaries, reviews).
 * Read from the declarations when called: the modules must have been loaded (app.ts imports them).
 */
export function sensitiveFieldNames(): string[] {
  const names = new Set<string>();
  for (const decl of allRecords())
    for (const field of decl.fields) if (field.sensitivity !== 'PUBLIC' && field.sensitivity !== 'INTERNAL') names.add(field.name);
  return [...names].sort();
}
