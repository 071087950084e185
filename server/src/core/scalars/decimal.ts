import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { TextForm } from './text-form';

/** numeric(14,2): at most 12 digits before the point, 2 after. */
const DECIMAL = /^-?\d{1,12}(\.\d{1,2})?$/;

/** Normalises to exactly two places without ever going through a float. */
export function normaliseDecimal(raw: string): string {
  const negative = raw.startsWith('-');
  const [int, frac = ''] = (negative ? raw.slice(1) : raw).split('.');
  const digits = `${int.replace(/^0+(?=\d)/, '')}.${frac.padEnd(2, '0')}`;
  return negative && !/^0\.00$/.test(digits) ? `-${digits}` : digits;
}

function parse(value: unknown): string {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text.trim())) {
    throw new GraphQLError(
      `Decimal expects a string such as "1234.50" (up to 12 digits and 2 decimal places), got ${JSON.stringify(value)?.slice(0, 40)}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return normaliseDecimal(text.trim());
}

/** numeric(14,2) as text is already "1234.50": exactly the scalar's form, with no float on the way. */
export const DECIMAL_TEXT: TextForm = {
  sql: (column) => `${column}::text`,
  fromRow: (value) => normaliseDecimal(String(value)),
  toCondition: (value) => value,
  isAnswer: (value) => typeof value === 'string' && DECIMAL.test(value),
};

export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'Exact money amount in CNY (金额), serialised as a string with two decimal places, e.g. "1234.50". Never a float.',
  serialize: DECIMAL_TEXT.fromRow,
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parse(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    throw new GraphQLError('Decimal literals must be strings such as "1234.50"', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
