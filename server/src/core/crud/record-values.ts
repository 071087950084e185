import { normaliseFormatted, type RecordDecl } from '../declare';

type Values = Record<string, unknown>;
type Entity = Record<string, unknown>;

/** A record's declared values, references as ids: the shape rules, audit and access read. */
export function valuesOf(decl: RecordDecl, entity: Entity): Values {
  const out: Values = {};
  for (const a of decl.attrs) out[a.name] = entity[a.name] ?? null;
  for (const r of decl.refs) out[r.name] = (entity[r.name] as Entity | null | undefined)?.id ?? null;
  return out;
}

/**
 * Input (`serviceCenterId`...) to values (`serviceCenter`...), keeping only keys the caller sent.
 * A formatted attribute (a phone, an identity number) is put in its stored form here, before
 * access checks, validation, the write and the audit entry, so all of them see the same value.
 */
export function valuesFromInput(decl: RecordDecl, input: Values): Values {
  const out: Values = {};
  for (const a of decl.attrs.filter((x) => x.writable))
    if (input[a.name] !== undefined) out[a.name] = a.format ? normaliseFormatted(a.format, input[a.name]) : input[a.name];
  for (const r of decl.refs) if (input[`${r.name}Id`] !== undefined) out[r.name] = input[`${r.name}Id`];
  return out;
}

/** Declared defaults for a new record. */
export function defaultsOf(decl: RecordDecl): Values {
  const out: Values = {};
  for (const a of decl.attrs.filter((x) => x.writable)) {
    if (a.default === undefined) continue;
    out[a.name] = a.type === 'enumSet' ? [] : a.default;
  }
  return out;
}

const toJson = (v: unknown) => JSON.stringify(v instanceof Date ? v.toISOString() : (v ?? null));

/**
 * The writable fields a write changes: for an update against the stored values, for a create
 * against the declared defaults. The write rules ask it (a field the writer may not read must
 * not change) and validation too (an update checks what it changes).
 */
export function changedFields(decl: RecordDecl, before: Values | null, after: Values): string[] {
  const base = before ?? defaultsOf(decl);
  const changed: string[] = [];
  for (const a of decl.attrs.filter((x) => x.writable)) if (toJson(base[a.name]) !== toJson(after[a.name])) changed.push(a.name);
  for (const r of decl.refs) if (toJson(before?.[r.name]) !== toJson(after[r.name])) changed.push(r.name);
  return changed;
}
