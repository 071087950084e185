import { declaredEnums } from './enum';
import { declaredFields } from './field-order';
import type { Label } from './labels';
import { allRecords, inverseListsOf, recordOf } from './registry';
import type { Sensitivity } from './sensitivity';
import { SYSTEM_ATTRS } from './system-fields';
import type { AttrDecl, AttrType, FieldDecl, ReadScope, RecordDecl } from './types';

/**
 * schema/console-meta.json: what the console generator (admin/codegen) needs to know about
 * every record type that the GraphQL schema cannot say, taken from the declarations rather
 * than parsed back out of descriptions: labels, the display field, the declared field order,
 * validation (min, max, length, pattern with its message), sensitivity, references.
 */
export interface ConsoleMeta {
  generated: string;
  records: ConsoleRecordMeta[];
  enums: ConsoleEnumMeta[];
}

export interface ConsoleRecordMeta {
  name: string;
  plural: string;
  single: string;
  label: Label;
  description: string;
  module: string;
  scope: ReadScope;
  displayField: string;
  defaultOrder: Array<[field: string, dir: 'ASC' | 'DESC']>;
  /** Own fields as the entity declares them, then the system fields every record has. */
  fields: ConsoleFieldMeta[];
  /** Lists other types' references declare onto this one (Community.workers), by name. */
  inverses: ConsoleInverseMeta[];
  /** The figures expect records of this type for every community every year (data completeness). */
  expectedYearly?: { field: string; via: string };
}

export interface ConsoleFieldMeta {
  name: string;
  kind: 'attr' | 'ref';
  /** The attribute's declared type; 'ref' for a reference. */
  type: AttrType | 'ref';
  label: Label;
  description?: string;
  required: boolean;
  unique: boolean;
  writable: boolean;
  sensitivity: Sensitivity;
  filterable: boolean;
  sortable: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  pattern?: { source: string; flags: string; message: string };
  /** The national standard the value follows (formats/): the console shows phones formatted by it. */
  format?: string;
  /** The declared default: an input left empty takes it, so the create input does not require it. */
  default?: unknown;
  /** The figures need it filled: an empty value is a data gap on the 数据完整性 page and in the report. */
  requiredForFigures?: boolean;
  /** Masked by default (declare/masks.ts): the console offers 查看 with a purpose. */
  mask?: string;
  enum?: string;
  /** The referenced record type. */
  target?: string;
  /** Set by the server on every record (id, version, timestamps). */
  system: boolean;
}

export interface ConsoleInverseMeta {
  name: string;
  label: Label;
  description?: string;
  /** The child type and its reference back to this record. */
  type: string;
  via: string;
}

export interface ConsoleEnumMeta {
  name: string;
  /** In declared order (the order of the select's options). */
  values: Array<{ value: string; zh: string; en: string }>;
}

const HEADER = 'from the record declarations (server/src/core/declare) by `npm run schema:print`: generated, do not edit';

// BaseRecord's optimistic-lock version is no declared attribute (it is neither filtered nor sorted by),
// but the console shows it with the other system fields.
const VERSION: AttrDecl = {
  kind: 'attr',
  name: 'version',
  type: 'int',
  label: { zh: '版本', en: 'Version' },
  required: true,
  sensitivity: 'PUBLIC',
  unique: false,
  filterable: false,
  sortable: false,
  writable: false,
};

function attrMeta(a: AttrDecl, system: boolean): ConsoleFieldMeta {
  return {
    name: a.name,
    kind: 'attr',
    type: a.type,
    label: a.label,
    description: a.description,
    required: a.required,
    unique: a.unique,
    writable: a.writable,
    sensitivity: a.sensitivity,
    filterable: a.filterable,
    sortable: a.sortable,
    min: a.min,
    max: a.max,
    maxLength: a.maxLength,
    pattern: a.pattern && { source: a.pattern.regex.source, flags: a.pattern.regex.flags, message: a.pattern.message },
    format: a.format,
    default: a.default,
    requiredForFigures: a.requiredForFigures,
    mask: a.mask,
    enum: a.enum?.name,
    system,
  };
}

function fieldMeta(f: FieldDecl): ConsoleFieldMeta {
  if (f.kind === 'attr') return attrMeta(f, false);
  // A reference is filtered by id or by the target's filter, and never sorted by (core/graphql record-types).
  return {
    name: f.name,
    kind: 'ref',
    type: 'ref',
    label: f.label,
    description: f.description,
    required: f.required,
    unique: false,
    writable: true,
    sensitivity: f.sensitivity,
    filterable: true,
    sortable: false,
    target: recordOf(f.target()).name,
    system: false,
  };
}

// Code-point order, not the locale's: the file must come out the same on every machine.
const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function recordMeta(d: RecordDecl): ConsoleRecordMeta {
  if (!d.fields.some((f) => f.name === d.displayField)) {
    throw new Error(`${d.name}: displayField '${d.displayField}' is not one of its declared fields`);
  }
  const [id, ...timestamps] = SYSTEM_ATTRS;
  const inverses = [...inverseListsOf(d).entries()]
    .map(([name, { child, ref }]) => ({
      name,
      label: ref.inverse!.label,
      description: ref.inverse!.description,
      type: child.name,
      via: ref.name,
    }))
    .sort(byName);
  return {
    name: d.name,
    plural: d.plural,
    single: d.single,
    label: d.label,
    description: d.description,
    module: d.module,
    scope: d.scope,
    displayField: d.displayField,
    defaultOrder: d.defaultOrder,
    fields: [...declaredFields(d).map(fieldMeta), ...[id, VERSION, ...timestamps].map((a) => attrMeta(a, true))],
    inverses,
    expectedYearly: d.expectedYearly,
  };
}

/** The console metadata of every declared record type and enum, sorted by name (fields keep their declared order). */
export function consoleMeta(): ConsoleMeta {
  return {
    generated: HEADER,
    records: allRecords().sort(byName).map(recordMeta),
    enums: declaredEnums()
      .sort(byName)
      .map((e) => ({ name: e.name, values: e.keys.map((k) => ({ value: k, zh: e.labels[k].zh, en: e.labels[k].en })) })),
  };
}

/** The text of schema/console-meta.json. */
export const consoleMetaText = (): string => `${JSON.stringify(consoleMeta(), null, 2)}\n`;
