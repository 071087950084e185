import type { FieldDef, ResourceDef } from '../model/types';

/** A form value as the API wants it: '' is no value; money stays an exact decimal string. */
function normalise(field: FieldDef, value: unknown): unknown {
  if (value === undefined || value === '') return null;
  if (value === null) return null;
  if (field.kind === 'int' || field.kind === 'float') return typeof value === 'string' ? Number(value) : value;
  if (field.kind === 'decimal') return String(value).trim();
  if (field.kind === 'enumSet') return Array.isArray(value) ? value : [value];
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The create input: every writable field that has a value. */
export function createInput(def: ResourceDef, data: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of def.fields) {
    if (!f.create) continue;
    const v = normalise(f, data[f.source]);
    if (v !== null) input[f.source] = v;
  }
  return input;
}

/**
 * The update input: only what the form changed, so a field the role cannot read (shown as
 * restricted, null in the record) is never cleared by saving the rest.
 */
export function updateInput(def: ResourceDef, data: Record<string, unknown>, previous: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of def.fields) {
    if (!f.update || !(f.source in data)) continue;
    const v = normalise(f, data[f.source]);
    if (!same(v, normalise(f, previous[f.source]))) input[f.source] = v;
  }
  return input;
}
