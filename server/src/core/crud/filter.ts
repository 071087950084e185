import type { FilterQuery } from '@mikro-orm/core';
import { badInput } from '../errors';
import { kindOf, recordOf, type AttrDecl, type FieldProblem, type RecordDecl } from '../declare';
import type { AccessPolicy } from '../access/policy';
import { operatorsFor, type Operator } from './operators';
import { caseInsensitiveLike, likeEscape } from './like';

type Where = FilterQuery<object>;
type Input = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);

/** Hook for the access layer: refuse a filter on a field the caller may not read. */
export type FieldGuard = (decl: RecordDecl, field: string, path: string) => void;

/** Hook for the access layer: rows of a related type the caller may see (relation filters obey them too). */
export type RowScope = (decl: RecordDecl) => FilterQuery<object>;

interface Walk {
  problems: FieldProblem[];
  guard?: FieldGuard;
  rows?: RowScope;
}

function compileOps(attr: AttrDecl, ops: Input, path: string, walk: Walk): Where[] {
  const out: Where[] = [];
  const col = attr.name;
  const allowed = operatorsFor(attr);
  for (const [op, value] of Object.entries(ops)) {
    if (value === undefined) continue;
    if (!allowed.includes(op as Operator)) {
      walk.problems.push({ path: `${path}.${op}`, message: `operator ${op} does not apply to ${attr.name}` });
      continue;
    }
    if (value === null && op !== 'isNull') {
      walk.problems.push({ path: `${path}.${op}`, message: 'use isNull to match missing values, not null' });
      continue;
    }
    if (attr.type === 'id') {
      const ids = Array.isArray(value) ? value : [value];
      const bad = ids.find((v) => !isUuid(v));
      if (bad !== undefined && op !== 'isNull') {
        walk.problems.push({ path: `${path}.${op}`, message: `not an id: ${JSON.stringify(bad).slice(0, 60)}` });
        continue;
      }
    }
    const v = kindOf(attr).text.toCondition(value);
    out.push(CONDITION_OF[op as Operator](col, v));
  }
  return out;
}

/** What each operator means as a MikroORM condition: a table over every operator, so a new one must say. */
const CONDITION_OF: { readonly [O in Operator]: (col: string, v: unknown) => Where } = {
  eq: (col, v) => ({ [col]: { $eq: v } }),
  ne: (col, v) => ({ $or: [{ [col]: { $ne: v } }, { [col]: null }] }),
  in: (col, v) => ({ [col]: { $in: v } }),
  notIn: (col, v) => ({ $or: [{ [col]: { $nin: v } }, { [col]: null }] }),
  lt: (col, v) => ({ [col]: { $lt: v } }),
  lte: (col, v) => ({ [col]: { $lte: v } }),
  gt: (col, v) => ({ [col]: { $gt: v } }),
  gte: (col, v) => ({ [col]: { $gte: v } }),
  contains: (col, v) => ({ [col]: { [caseInsensitiveLike(String(v))]: `%${likeEscape(String(v))}%` } }),
  startsWith: (col, v) => ({ [col]: { $like: `${likeEscape(String(v))}%` } }),
  isNull: (col, v) => (v ? { [col]: null } : { [col]: { $ne: null } }),
  has: (col, v) => ({ [col]: { $contains: [v] } }),
  hasAll: (col, v) => ({ [col]: { $contains: v } }),
  hasAny: (col, v) => ({ [col]: { $overlap: v } }),
};

const ID_ATTR = (name: string): AttrDecl => ({
  kind: 'attr',
  name,
  type: 'id',
  label: { zh: '', en: '' },
  required: false,
  sensitivity: 'PUBLIC',
  unique: false,
  filterable: true,
  sortable: false,
  writable: false,
});

function compile(decl: RecordDecl, filter: Input, path: string, walk: Walk): Where[] {
  const parts: Where[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    const here = `${path}.${key}`;
    if (key === 'and' || key === 'or') {
      const subs = (value as Input[]).map((f, i) => ({ $and: compile(decl, f, `${here}.${i}`, walk) }));
      if (subs.length) parts.push(key === 'and' ? { $and: subs } : { $or: subs });
      continue;
    }
    if (key === 'not') {
      const inner = compile(decl, value as Input, here, walk);
      if (inner.length) parts.push({ $not: { $and: inner } });
      continue;
    }
    const attr = decl.attrs.find((a) => a.name === key);
    if (attr) {
      walk.guard?.(decl, key, here);
      parts.push(...compileOps(attr, value as Input, here, walk));
      continue;
    }
    const ref = decl.refs.find((r) => r.name === key || `${r.name}Id` === key);
    if (!ref) {
      walk.problems.push({ path: here, message: `unknown filter field ${key}` });
      continue;
    }
    walk.guard?.(decl, ref.name, here);
    if (key === ref.name) {
      const target = recordOf(ref.target());
      const inner = compile(target, value as Input, here, walk);
      const scope = walk.rows?.(target);
      if (scope && Object.keys(scope).length) inner.push(scope);
      if (inner.length) parts.push({ [ref.name]: { $and: inner } });
    } else {
      parts.push(...compileOps(ID_ATTR(ref.name), value as Input, here, walk));
    }
  }
  return parts;
}

/**
 * Turns a generated `XFilter` input into a MikroORM condition. Every field goes
 * through `guard`, relation filters included, so nothing can be filtered by a
 * field the caller may not read.
 */
export function compileFilter(
  decl: RecordDecl,
  filter: Input | undefined | null,
  guard?: FieldGuard,
  path = 'filter',
  rows?: RowScope,
): Where {
  if (!filter) return {};
  const walk: Walk = { problems: [], guard, rows };
  const parts = compile(decl, filter, path, walk);
  if (walk.problems.length) throw badInput(walk.problems);
  return parts.length ? { $and: parts } : {};
}

/** Whether the caller asked about deleted records (a deletedAt condition at the top level). */
export function mentionsDeleted(filter: Input | undefined | null): boolean {
  if (!filter) return false;
  if (filter.deletedAt) return true;
  const nested = [...((filter.and as Input[]) ?? []), ...((filter.or as Input[]) ?? [])];
  return nested.some(mentionsDeleted) || mentionsDeleted(filter.not as Input);
}

/**
 * What a caller's filter selects under the list rules: every field through `guard` (the
 * caller's field guard unless a stricter one is given), the caller's row scope on each
 * relation filtered through and on the type itself. Lists, child lists and summaries all
 * ask this, so none of them can reach rows or fields the others may not.
 */
export function scopedFilter(
  access: AccessPolicy,
  decl: RecordDecl,
  filter: Input | undefined | null,
  guard: FieldGuard = access.guardField,
  path = 'filter',
): Where {
  const parts = [compileFilter(decl, filter, guard, path, access.rowFilter), access.rowFilter(decl)].filter((p) => Object.keys(p).length);
  return parts.length ? { $and: parts } : {};
}
