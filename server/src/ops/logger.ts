import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';
import { censorDeep, redactPaths, SECRET_KEYS, sensitiveFieldNames } from './redaction';

export type { Logger } from 'pino';

/** What a redacted value is replaced by. */
export const REDACTED = '[REDACTED]';

/** A SQLSTATE: what pg (and MikroORM's DriverException, which copies pg's fields) carries as `code`. */
const SQLSTATE = /^[0-9A-Z]{5}$/;
/** Fields of a pg error that repeat the statement or the values of a row (`Key (id_number)=(…) already exists`). */
const VALUE_FIELDS = new Set([
  'detail',
  'where',
  'internalQuery',
  'query',
  'sql',
  'bindings',
  'parameters',
  'params',
  'hint',
  'position',
  'internalPosition',
]);

/**
 * Errors as pino's serializer writes them (type, message, stack, own fields), except a
 * database error: knex prefixes its message with the statement and its values
 * inlined (`insert into … values ('110101…') - duplicate key …`), and pg's `detail`
 * repeats the row's key. Those could be anyone's identity number or phone, so only
 * PostgreSQL's own message (after the last " - "), the SQLSTATE, the table, column,
 * constraint and the stack frames are kept.
 */
export function safeError(err: unknown): unknown {
  const plain = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  if (!(err instanceof Error) || !SQLSTATE.test(String((err as { code?: unknown }).code ?? ''))) return plain;
  const message = err.message
    .slice(err.message.lastIndexOf(' - ') + 1)
    .replace(/^- /, '')
    .trim();
  const frames = (err.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
  const kept = Object.fromEntries(Object.entries(plain).filter(([k]) => !VALUE_FIELDS.has(k)));
  return { ...kept, type: err.name, message, stack: [`${err.name}: ${message}`, ...frames].join('\n') };
}

/**
 * The server's one logger: JSON lines on stdout (or `destination`: the tests capture it),
 * one object per line with `level` as a name, an ISO `time`, `msg` and the fields of the
 * call. Credentials, e-mail addresses and every non-public declared field are redacted at
 * any depth up to REDACT_DEPTH (ops/redaction.ts): pino's redact paths where headers and
 * variables would sit, and a walk of each line for the rest. Errors go under `err` (pino's serializer:
 * type, message, stack).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const censored = new Set<string>([...SECRET_KEYS, ...sensitiveFieldNames()]);
  const options: pino.LoggerOptions = {
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      // Every credential key and declared sensitive field, at any depth (ops/redaction.ts).
      log: (object) => censorDeep(object, censored, REDACTED) as Record<string, unknown>,
    },
    redact: { paths: redactPaths(), censor: REDACTED },
    serializers: { err: safeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger's method as the `(message) => void` callbacks of db/, core/ and http/ take it. */
export const lineTo =
  (logger: Logger, level: 'warn' | 'error' | 'info') =>
  (message: string): void =>
    logger[level](message);
