import type { AttrDecl, AttrType } from '../declare';

// The filter vocabulary belongs to the filter compiler (filter.ts); the GraphQL input
// types (core/graphql/scalar-filters.ts) are built from it, not the other way round.

/** The operators of api-contract "Filters", with what each means. */
export const OPERATORS = {
  eq: 'equals (等于)',
  ne: 'does not equal (不等于)',
  in: 'is one of (属于)',
  notIn: 'is none of (不属于)',
  lt: 'less than (小于)',
  lte: 'at most (小于等于)',
  gt: 'greater than (大于)',
  gte: 'at least (大于等于)',
  contains: 'contains, ignoring case (包含)',
  startsWith: 'starts with (开头为)',
  isNull: 'true: has no value; false: has a value (是否为空)',
  has: 'the set contains this value (包含该值)',
  hasAll: 'the set contains all of these values (包含全部)',
  hasAny: 'the set contains any of these values (包含任一)',
} as const;
export type Operator = keyof typeof OPERATORS;

const ORDERED: readonly Operator[] = ['eq', 'ne', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'isNull'];

/**
 * Which operators each kind of attribute offers. A table typed over every kind, so a new
 * kind that is not given its operators here does not compile.
 */
const OPERATORS_OF: { readonly [K in AttrType]: readonly Operator[] } = {
  id: ['eq', 'ne', 'in', 'notIn', 'isNull'],
  string: [...ORDERED, 'contains', 'startsWith'],
  text: ['contains', 'startsWith', 'isNull'],
  int: ORDERED,
  float: ORDERED,
  decimal: ORDERED,
  boolean: ['eq', 'ne', 'isNull'],
  date: ORDERED,
  datetime: ORDERED,
  enum: ['eq', 'ne', 'in', 'notIn', 'isNull'],
  enumSet: ['has', 'hasAll', 'hasAny'],
};

export const operatorsFor = (attr: AttrDecl): readonly Operator[] => OPERATORS_OF[attr.type];
