import type { BindingKind, Class, FieldDecl, ReadScope, RecordDecl, RefDecl } from './types';

/**
 * The one place every declared record type is known. Decorators fill it; the
 * schema builder, permissions, figures and console generator read it.
 */
const pending = new Map<Class, FieldDecl[]>();
const records = new Map<string, RecordDecl>();
const byClass = new Map<Class, RecordDecl>();

export function addPendingField(cls: Class, field: FieldDecl): void {
  const list = pending.get(cls) ?? [];
  list.push(field);
  pending.set(cls, list);
}

export function takePendingFields(cls: Class): FieldDecl[] {
  const list = pending.get(cls) ?? [];
  pending.delete(cls);
  return list;
}

export function registerRecord(decl: RecordDecl): void {
  if (records.has(decl.name)) throw new Error(`Record ${decl.name} declared twice`);
  records.set(decl.name, decl);
  byClass.set(decl.cls, decl);
  inverseLists = undefined;
}

export const allRecords = (): RecordDecl[] => [...records.values()];

export function recordOf(clsOrName: Class | string): RecordDecl {
  const decl = typeof clsOrName === 'string' ? records.get(clsOrName) : byClass.get(clsOrName);
  if (!decl) throw new Error(`No declared record for ${typeof clsOrName === 'string' ? clsOrName : clsOrName.name}`);
  return decl;
}

export const fieldOf = (decl: RecordDecl, name: string): FieldDecl | undefined => decl.fields.find((f) => f.name === name);

/** An inverse list a reference declares on its target: the child type and the reference. */
export interface InverseList {
  child: RecordDecl;
  ref: RefDecl;
}

let inverseLists: Map<string, Map<string, InverseList>> | undefined;

/** The inverse lists declared onto a record type (e.g. Community.workers), by field name. */
export function inverseListsOf(decl: RecordDecl): Map<string, InverseList> {
  if (!inverseLists) {
    inverseLists = new Map();
    for (const child of records.values()) {
      for (const ref of child.refs) {
        if (!ref.inverse) continue;
        const owner = recordOf(ref.target()).name;
        if (!inverseLists.has(owner)) inverseLists.set(owner, new Map());
        inverseLists.get(owner)!.set(ref.inverse.name, { child, ref });
      }
    }
  }
  return inverseLists.get(decl.name) ?? new Map();
}

/**
 * Every record type a filter over `decl` can reach: the type itself and, transitively,
 * the targets of its references (a relation filter walks each reference, and the row
 * scope it applies there walks the target's own). What a cached answer depends on.
 */
export function reachableTypes(decl: RecordDecl): RecordDecl[] {
  const seen = new Map<string, RecordDecl>([[decl.name, decl]]);
  const walk = (d: RecordDecl) => {
    for (const ref of d.refs) {
      const target = recordOf(ref.target());
      if (!seen.has(target.name)) {
        seen.set(target.name, target);
        walk(target);
      }
    }
  };
  walk(decl);
  return [...seen.values()];
}

/** The partner scopes the record types declare, each once, sorted. */
export const declaredScopes = (): ReadScope[] => [...new Set(allRecords().map((d) => d.scope))].sort();

/** The record type a user binding names (declared `binding`): the one Community, the one ServiceCenter. */
export function bindingRecord(kind: BindingKind): RecordDecl {
  const found = allRecords().filter((d) => d.binding === kind);
  if (found.length !== 1) throw new Error(`exactly one record type must declare binding '${kind}' (found ${found.length})`);
  return found[0];
}
