import type { ComponentType } from 'react';

/**
 * The console's model of the record types, as admin/codegen emits it into generated/resources.ts
 * from schema/console-meta.json (the declarations) and schema/schema.graphql.
 */
export interface Label {
  zh: string;
  en: string;
}

export type FieldKind =
  'id' | 'string' | 'text' | 'int' | 'float' | 'boolean' | 'decimal' | 'date' | 'datetime' | 'enum' | 'enumSet' | 'ref';

export interface FieldDef {
  name: string;
  label: Label;
  note?: string;
  kind: FieldKind;
  enum?: string;
  ref?: { type: string; resource: string };
  /** The record property the form edits: `communityId` for the reference `community`. */
  source: string;
  /** Non-null in the create input: declared required, with no default. */
  required: boolean;
  /** Offered in the create / edit form: declared writable and in that input type. */
  create: boolean;
  update: boolean;
  /** The filter input type of this field (StringFilter, IntFilter, IDFilter, ...), or null. */
  filter: string | null;
  nestedFilter?: boolean;
  sortable: boolean;
  system: boolean;
  /** Declared validation, checked in the browser too (the server checks it again). */
  min?: number;
  max?: number;
  /** In characters (code points), as the server counts. */
  maxLength?: number;
  pattern?: { source: string; flags: string; message: string };
  /** The national standard the server stores the value by (cnPhone, cnIdNumber, creditCode): phones are shown formatted. */
  format?: string;
  /** Shown masked (phone, idNumber, name) unless revealed with a purpose, which the server's access log records. */
  mask?: string;
}

export interface InverseDef {
  name: string;
  label: Label;
  note?: string;
  resource: string;
  type: string;
  /** The child's reference back to this record (e.g. `community`). */
  target: string | null;
}

export interface ResourceDef {
  type: string;
  /** react-admin resource name: the plural list query (communities). */
  name: string;
  single: string | null;
  label: Label;
  description: string;
  /** The declared displayField: what names a record in titles, references and search. */
  displayField: string;
  /** Whether the list takes `search` (display name by characters, full pinyin or initials, ranked). */
  search: boolean;
  /** In the order the entity declares them, system fields last. */
  fields: FieldDef[];
  inverses: InverseDef[];
  extras: Array<{ name: string; type: string; list: boolean; args: string[] }>;
  operations: { create: boolean; update: boolean; delete: boolean; restore: boolean; import: boolean };
}

export interface EnumDef {
  name: string;
  /** In declared order. */
  values: Array<{ value: string; en: string; zh: string }>;
}

/** Hand customisation of one resource (admin/src/resources/<name>/): regeneration never touches it. */
export interface ResourceCustomisation {
  /** Columns of the list, in order (default: derived from the fields). */
  listFields?: string[];
  /** How a record is named in titles and references. */
  recordRepresentation?: (record: Record<string, any>) => string;
  /** Fields never shown in this console. */
  hidden?: string[];
}

/**
 * Pages of one resource that replace the generic ones (admin/src/resources/pages.ts). Build
 * them from the generic pages (generic/GenericList, GenericShow, GenericEdit) to change a part.
 */
export interface ResourcePages {
  list?: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
}
