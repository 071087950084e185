import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { TextForm } from './text-form';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text is a real calendar date (rejects 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError(`Date expects a calendar date "YYYY-MM-DD", got ${JSON.stringify(value)?.slice(0, 40)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** Dates are kept as "YYYY-MM-DD" strings end to end: no time zone can shift them. */
export const DATE_TEXT: TextForm = {
  sql: (column) => `to_char(${column}, 'YYYY-MM-DD')`,
  fromRow: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  toCondition: (value) => value,
  isAnswer: (value) => typeof value === 'string' && isCalendarDate(value),
};

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date (日期) as "YYYY-MM-DD", e.g. "2026-05-20".',
  serialize: DATE_TEXT.fromRow,
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
