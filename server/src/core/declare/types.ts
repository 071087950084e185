import type { DeclaredEnum } from './enum';
import type { Label } from './labels';
import type { Sensitivity } from './sensitivity';

/** The storage/GraphQL kinds a declared attribute can have. */
export type AttrType =
  | 'id'
  | 'string' // short text, btree-indexed, filterable and sortable
  | 'text' // long text: filter by contains/isNull only, not sortable
  | 'int'
  | 'float'
  | 'decimal' // money: numeric(14,2), a string end to end
  | 'boolean'
  | 'date' // "YYYY-MM-DD"
  | 'datetime'
  | 'enum'
  | 'enumSet'; // a set of enum values (text[])

/** Partner scopes of api-contract/domain: which key scope lets a partner read a type. */
export type ReadScope = 'community' | 'duty' | 'budget' | 'org' | 'people';

export type Class<T = object> = new (...args: never[]) => T;

interface FieldCommon {
  name: string;
  label: Label;
  /** Extra English explanation for the schema description. */
  description?: string;
  required: boolean;
  sensitivity: Sensitivity;
}

export interface AttrDecl extends FieldCommon {
  kind: 'attr';
  type: AttrType;
  enum?: DeclaredEnum<string>;
  unique: boolean;
  filterable: boolean;
  sortable: boolean;
  /** false for fields the server sets itself (e.g. approvedAt). */
  writable: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  pattern?: { regex: RegExp; message: string };
  default?: unknown;
}

export interface InverseDecl {
  /** Field name on the target type, e.g. `workers` on Community. */
  name: string;
  label: Label;
  description?: string;
}

export interface RefDecl extends FieldCommon {
  kind: 'ref';
  target: () => Class;
  inverse?: InverseDecl;
}

export type FieldDecl = AttrDecl | RefDecl;

/** A problem found by validation: a field path and a message a person can act on. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** A rule over a whole record (after defaults and the patch are merged). */
export type RecordRule = (values: Record<string, unknown>) => FieldProblem[];

export interface RecordDecl {
  name: string;
  plural: string;
  /** camelCase singular, the one-record query name. */
  single: string;
  label: Label;
  description: string;
  module: string;
  cls: Class;
  tableName: string;
  scope: ReadScope;
  fields: FieldDecl[];
  attrs: AttrDecl[];
  refs: RefDecl[];
  rules: RecordRule[];
  defaultOrder: Array<[field: string, dir: 'ASC' | 'DESC']>;
  /** Field used to show the record by name (console, reports). */
  displayField: string;
  /** For anonymous readers: which rows count as published/active (a MikroORM filter object). */
  publicWhere?: Record<string, unknown>;
  /** Paths to the Community / ServiceCenter the record belongs to (empty: belongs to no one, e.g. the duty catalogue). */
  owner: string[];
}
