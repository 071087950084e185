import { enums, resources } from '../generated/resources';
import { customisations, MENU_ORDER } from '../resources';
import type { EnumDef, FieldDef, ResourceCustomisation, ResourceDef } from './types';

const rank = (name: string) => (MENU_ORDER.includes(name) ? MENU_ORDER.indexOf(name) : MENU_ORDER.length);

/** The generated definitions of every record type, in menu order. */
export const resourceDefs: ResourceDef[] = [...resources].sort((a, b) => rank(a.name) - rank(b.name));
const byName = new Map(resources.map((r) => [r.name, r]));
const byType = new Map(resources.map((r) => [r.type, r]));

export function resourceDef(name: string): ResourceDef {
  const def = byName.get(name);
  if (!def) throw new Error(`unknown resource ${name}`);
  return def;
}

export const resourceOfType = (type: string): ResourceDef | undefined => byType.get(type);
export const enumDef = (name: string): EnumDef => enums[name];
export const enumDefs = enums;
export const customisationOf = (name: string): ResourceCustomisation => customisations[name] ?? {};

/** Fields the console shows for a resource (hand customisations may hide some). */
export function visibleFields(def: ResourceDef): FieldDef[] {
  const hidden = new Set(customisationOf(def.name).hidden ?? []);
  return def.fields.filter((f) => !hidden.has(f.name));
}

const LIST_KINDS = new Set(['string', 'int', 'float', 'decimal', 'date', 'enum', 'boolean', 'ref']);

/** List columns: the customisation's, or the display field, then up to 6 short values in declared order. */
export function listFields(def: ResourceDef): FieldDef[] {
  const chosen = customisationOf(def.name).listFields;
  const fields = visibleFields(def);
  if (chosen) return chosen.map((n) => fields.find((f) => f.name === n)).filter((f): f is FieldDef => !!f);
  // The column that names a record comes first, wherever the entity declares it.
  const display = fields.filter((f) => f.name === def.displayField);
  return [...display, ...fields.filter((f) => f.name !== def.displayField)].filter((f) => !f.system && LIST_KINDS.has(f.kind)).slice(0, 7);
}

/** What names a record in titles and reference fields. */
export function representationOf(def: ResourceDef): (record: Record<string, any>) => string {
  const custom = customisationOf(def.name).recordRepresentation;
  return custom ?? ((record) => String(record?.[def.displayField] ?? record?.id ?? ''));
}
