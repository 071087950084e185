import { Float, ID, Int } from 'type-graphql';
import { DATE_TEXT, DATETIME_TEXT, DECIMAL_TEXT, DateScalar, DateTimeScalar, DecimalScalar, plainText, type TextForm } from '../scalars';
import { formatProblem } from './formats';
import type { AttrDecl, AttrType } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Everything that depends on the kind of a declared attribute, in one table: a new kind
 * is one entry here, and the table's type makes leaving one out a compile error
 * (no `switch` elsewhere decides by kind).
 */
export interface AttrKind {
  /** The GraphQL output and input type. */
  graphql(attr: AttrDecl): unknown;
  /** The MikroORM column options (`enum`: the attribute's declared enum decides them). */
  column: object | 'enum';
  /** Sortable unless declared otherwise; indexed when filterable or sortable. */
  sortable: boolean;
  indexed: boolean;
  /** The default longest value, in characters. */
  maxLength?: number;
  /** How its values read in an answer, from JS and from SQL (core/scalars). */
  text: TextForm;
  /** What is wrong with a (non-null) value of this kind for this attribute, if anything. */
  problem(attr: AttrDecl, value: unknown): string | undefined;
}

const none = () => undefined;

function textProblem(attr: AttrDecl, value: unknown): string | undefined {
  const text = value as string;
  // The standard's own message is more precise than a length: "check digit should be 7".
  if (attr.format && text !== '') {
    const problem = formatProblem(attr.format, text);
    if (problem) return problem;
  }
  if (attr.maxLength && [...text].length > attr.maxLength) return `must be at most ${attr.maxLength} characters (got ${[...text].length})`;
  if (attr.pattern && text !== '' && !attr.pattern.regex.test(text)) return `must be ${attr.pattern.message}`;
  return undefined;
}

function numberProblem(attr: AttrDecl, value: unknown): string | undefined {
  const n = Number(value);
  if (!Number.isFinite(n)) return 'must be a finite number';
  if (attr.min !== undefined && n < attr.min) return `must be at least ${attr.min}`;
  if (attr.max !== undefined && n > attr.max) return `must be at most ${attr.max}`;
  return undefined;
}

const isString = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

export const ATTR_KINDS: { readonly [K in AttrType]: AttrKind } = {
  id: {
    graphql: () => ID,
    column: { type: 'uuid' },
    sortable: false,
    indexed: false,
    text: plainText((v) => isString(v) && UUID.test(v as string)),
    problem: none,
  },
  string: {
    graphql: () => String,
    column: { type: 'string' },
    sortable: true,
    indexed: true,
    maxLength: 200,
    text: plainText(isString),
    problem: textProblem,
  },
  text: {
    graphql: () => String,
    column: { type: 'text' },
    sortable: false,
    indexed: false,
    maxLength: 20_000,
    text: plainText(isString),
    problem: textProblem,
  },
  int: {
    graphql: () => Int,
    column: { type: 'integer' },
    sortable: true,
    indexed: true,
    text: plainText(isNumber),
    problem: numberProblem,
  },
  float: {
    graphql: () => Float,
    column: { type: 'double' },
    sortable: true,
    indexed: true,
    text: plainText(isNumber),
    problem: numberProblem,
  },
  decimal: {
    graphql: () => DecimalScalar,
    column: { type: 'decimal', precision: 14, scale: 2 },
    sortable: true,
    indexed: true,
    text: DECIMAL_TEXT,
    problem: numberProblem,
  },
  boolean: {
    graphql: () => Boolean,
    column: { type: 'boolean' },
    sortable: true,
    indexed: true,
    text: plainText((v) => typeof v === 'boolean'),
    problem: none,
  },
  date: { graphql: () => DateScalar, column: { type: 'date' }, sortable: true, indexed: true, text: DATE_TEXT, problem: none },
  datetime: {
    graphql: () => DateTimeScalar,
    column: { type: 'datetime' },
    sortable: true,
    indexed: true,
    text: DATETIME_TEXT,
    problem: none,
  },
  enum: { graphql: (a) => a.enum!.values, column: 'enum', sortable: true, indexed: true, text: plainText(isString), problem: none },
  enumSet: {
    graphql: (a) => [a.enum!.values],
    column: 'enum',
    sortable: false,
    indexed: false,
    text: plainText(Array.isArray),
    problem: (_a, value) => (new Set(value as unknown[]).size === (value as unknown[]).length ? undefined : 'must not repeat a value'),
  },
};

export const kindOf = (attr: AttrDecl): AttrKind => ATTR_KINDS[attr.type];
