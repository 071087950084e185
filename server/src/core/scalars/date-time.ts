import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { TextForm } from './text-form';

function parse(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(String(value))) {
    throw new GraphQLError(
      `DateTime expects an ISO 8601 instant such as "2026-05-20T08:30:00Z", got ${JSON.stringify(value)?.slice(0, 40)}`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return date;
}

/** Instants in UTC with milliseconds, as Date.toISOString writes them; conditions compare Dates. */
export const DATETIME_TEXT: TextForm = {
  sql: (column) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  fromRow: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  toCondition: (value) => (typeof value === 'string' ? new Date(value) : value),
  isAnswer: (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
};

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant (时间) in ISO 8601, UTC, e.g. "2026-05-20T08:30:00.000Z".',
  serialize: DATETIME_TEXT.fromRow,
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
