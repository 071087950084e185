import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';
import { redactPaths, SECRET_KEYS, sensitiveFieldNames } from './redaction';

export type { Logger } from 'pino';

/** What a redacted value is replaced by. */
export const REDACTED = '[REDACTED]';

/**
 * The server's one logger: JSON lines on stdout (or `destination`: the tests capture it),
 * one object per line with `level` as a name, an ISO `time`, `msg` and the fields of the
 * call. Credentials, e-mail addresses and every non-public declared field are redacted at
 * any depth up to REDACT_DEPTH (ops/redaction.ts). Errors go under `err` (pino's serializer:
 * type, message, stack).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: redactPaths([...SECRET_KEYS, ...sensitiveFieldNames()]), censor: REDACTED },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger's method as the `(message) => void` callbacks of db/, core/ and http/ take it. */
export const lineTo =
  (logger: Logger, level: 'warn' | 'error' | 'info') =>
  (message: string): void =>
    logger[level](message);
