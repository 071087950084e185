import { fieldOf, inverseListsOf } from './registry';
import type { Sensitivity } from './sensitivity';
import type { RecordDecl } from './types';

export interface FieldSensitivity {
  /** The record type whose declaration decides (for an inverse list: the child type). */
  decl: RecordDecl;
  sensitivity: Sensitivity;
}

const cache = new Map<string, FieldSensitivity | null>();

/**
 * The declared sensitivity behind a GraphQL field of a record type: an attribute,
 * a reference (`x` and `xId`), or an inverse list (`Community.workers` reads
 * `CommunityWorker.community`). Null for fields no declaration covers (version,
 * a module's own fields). Declarations never change at run time, so each answer
 * is looked up once: the field guard asks for every row.
 */
export function fieldSensitivity(decl: RecordDecl, field: string): FieldSensitivity | null {
  const key = `${decl.name}.${field}`;
  if (!cache.has(key)) cache.set(key, lookUp(decl, field));
  return cache.get(key)!;
}

function lookUp(decl: RecordDecl, field: string): FieldSensitivity | null {
  const own = fieldOf(decl, field) ?? decl.refs.find((r) => `${r.name}Id` === field);
  if (own) return { decl, sensitivity: own.sensitivity };
  const inverse = inverseListsOf(decl).get(field);
  return inverse ? { decl: inverse.child, sensitivity: inverse.ref.sensitivity } : null;
}
