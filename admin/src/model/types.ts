/** The console's model of the schema, as admin/codegen emits it into generated/resources.ts. */
export interface Label {
  zh: string;
  en: string;
}

export type FieldKind = 'id' | 'string' | 'text' | 'int' | 'float' | 'boolean' | 'decimal' | 'date' | 'datetime' | 'enum' | 'enumSet' | 'ref';

export interface FieldDef {
  name: string;
  label: Label;
  note?: string;
  kind: FieldKind;
  enum?: string;
  ref?: { type: string; resource: string };
  /** The record property the form edits: `communityId` for the reference `community`. */
  source: string;
  /** Non-null in the create input. */
  required: boolean;
  create: boolean;
  update: boolean;
  /** The filter input type of this field (StringFilter, IntFilter, IDFilter, ...), or null. */
  filter: string | null;
  nestedFilter?: boolean;
  sortable: boolean;
  system: boolean;
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
  displayField: string;
  fields: FieldDef[];
  inverses: InverseDef[];
  extras: Array<{ name: string; type: string; list: boolean; args: string[] }>;
  operations: { create: boolean; update: boolean; delete: boolean; restore: boolean; import: boolean };
}

export interface EnumDef {
  name: string;
  label: Label;
  values: Array<{ value: string; en: string; zh: string; note?: string }>;
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
