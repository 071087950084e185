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
 * How deep under a log object's top a redacted key is looked for: `variables.input.rows[0].<key>`
 * is depth 4. pino's redaction takes explicit paths (no "any depth"), so each key is listed at
 * each depth up to this; what the server logs is flat (ops/request-log.ts logs no variables and
 * no records at all), and test/ops/redaction.test.ts holds this bound to the shapes that matter.
 */
export const REDACT_DEPTH = 4;

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

/** `key` under `depth` wildcard levels as a pino redact path: `*.*.phone`, `*["set-cookie"]`. */
function pathAt(depth: number, key: string): string {
  const above = Array<string>(depth).fill('*').join('.');
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${above}[${JSON.stringify(key)}]`;
  return above ? `${above}.${key}` : key;
}

/** pino `redact.paths` for these keys at every depth from the top to REDACT_DEPTH. */
export function redactPaths(keys: readonly string[]): string[] {
  return [...new Set(keys)].flatMap((key) => Array.from({ length: REDACT_DEPTH + 1 }, (_, depth) => pathAt(depth, key)));
}
