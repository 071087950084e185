import { GraphQLError } from 'graphql';
import type { FieldProblem } from './declare';

/** The error codes of api-contract "Errors"; nothing else is ever sent as a code. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL_SERVER_ERROR';

export const appError = (code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions } });

export const badInput = (fields: FieldProblem[]) =>
  appError('BAD_USER_INPUT', `Invalid input: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, { fields });

export const notFound = (type: string, id: string) => appError('NOT_FOUND', `No ${type} with id ${id}`, { type, id });

export const conflict = (type: string, id: string, expected: number, current: number) =>
  appError(
    'CONFLICT',
    `${type} ${id} was changed by someone else: you edited version ${expected}, it is now version ${current}. Reload and apply your change again.`,
    { type, id, expectedVersion: expected, currentVersion: current },
  );

export const forbidden = (message: string) => appError('FORBIDDEN', message);
export const unauthenticated = (message = 'Log in first') => appError('UNAUTHENTICATED', message);
