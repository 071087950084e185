import type { DeclaredEnum } from './enum';
import type { FormatName } from './formats';
import type { MaskName } from './masks';
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

/**
 * A partner scope, declared on each record type (`scope: 'people'`): an API key with
 * `<scope>:read` reads that type's INTERNAL fields. The scopes there are are the ones
 * declared (registry.ts declaredScopes): a new scope needs nothing but its declaration.
 */
export type ReadScope = string;

/**
 * The two kinds of user binding (domain.md: staff are bound to a community, centre admins
 * to a service centre). The record type a binding names declares it (`binding`), so the
 * policy finds "own community" and "own centre" from the declarations, not by type name.
 */
export type BindingKind = 'community' | 'center';

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
  /** A national standard (formats/): input is normalised to its stored form, then checked. */
  format?: FormatName;
  default?: unknown;
  /**
   * For a field earlier releases accepted in inputs and the server now sets itself
   * (writable: false): it stays in the input types, deprecated with this reason, and a
   * value sent is refused (BAD_USER_INPUT), until a release may drop it (README
   * "Schema changes and deprecation").
   */
  retiredInput?: string;
  /** A person's name: pinyin search reads its first character as a surname (search-forms.ts). */
  personName?: boolean;
  /**
   * Shown masked to every caller entitled to it (masks.ts) unless the query asks for the clear
   * value with a declared purpose (`@reveal(purpose:)`), which the access log records.
   */
  mask?: MaskName;
  /** The figures need it filled: an empty value in a live record is a data gap (figures/completeness.ts). */
  requiredForFigures?: boolean;
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
  /**
   * Other records' owner paths run through this reference (a worker's training belongs to
   * the worker's community): changing it moves those records to another owner, so only a
   * caller who owns both the old and the new target may change it.
   */
  decidesOwnership: boolean;
}

export type FieldDecl = AttrDecl | RefDecl;

/**
 * A record that is approved (a budget line): which status field, which of its values
 * mean approved, the status any other change sends it back to, and the fields the
 * server fills with who approved it and when (never from input).
 */
export interface ApprovalDecl {
  status: string;
  approved: string[];
  reset: string;
  by: string;
  at: string;
}

/** A problem found by validation: a field path and a message a person can act on. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** A rule over a whole record (after defaults and the patch are merged). */
/**
 * A rule over a record's values. `changed` names the fields an update changes (undefined on
 * a create, empty on a restore): a rule whose answer would tell the writer something about a
 * field it may not read must look only at writes that change that field (writers may change
 * only fields they may read).
 */
export type RecordRule = (values: Record<string, unknown>, changed?: ReadonlySet<string>) => FieldProblem[];

/**
 * Records of this type may describe the same thing as records of other types that declare
 * the same `group` (a worker and a party member are both a 'person'): `field` identifies it
 * (an identity number). A write that sets `field` warns of other live records holding the
 * same value (core/crud/duplicate-warnings.ts); the duplicates report also groups by `field`
 * and, where declared, by `alsoBy` together (name and birth year), among the group's types
 * that declare the same `alsoBy`.
 */
export interface DuplicateDecl {
  field: string;
  group: string;
  alsoBy?: string[];
}

/** The derived pinyin columns of a searchable type (search-forms.ts). */
export interface SearchColumns {
  /** The display attribute searched by characters. */
  display: string;
  /** Entity properties and their columns. */
  pinyinProp: string;
  initialsProp: string;
  displayColumn: string;
  pinyinColumn: string;
  initialsColumn: string;
  /** Two-character pieces of the display and its pinyin (text[]), for two-character searches. */
  pairsProp: string;
  pairsColumn: string;
  /** A person's name: the first character is read as a surname (单 shan, 曾 zeng, 解 xie). */
  personName: boolean;
}

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
  /** The derived pinyin columns, when displayField is a string attribute (search-forms.ts): what `search` matches. */
  search?: SearchColumns;
  /** For anonymous readers: which rows count as published/active (a MikroORM filter object). */
  publicWhere?: Record<string, unknown>;
  /** Paths to the Community / ServiceCenter the record belongs to (empty: belongs to no one, e.g. the duty catalogue). */
  owner: string[];
  /** Declared when the record goes through approval; the write rules and mutations read it. */
  approval?: ApprovalDecl;
  /** Declared by the record type a user binding names (Community: 'community', ServiceCenter: 'center'). */
  binding?: BindingKind;
  /** Records of other types (or this one) that may be the same person: see DuplicateDecl. */
  duplicateOf?: DuplicateDecl;
  /** The figures expect records of this type for every community every year: see ExpectedYearlyDecl. */
  expectedYearly?: ExpectedYearlyDecl;
  /** Personal fields anonymised some years after the record leaves use: see RetentionDecl. */
  retention?: RetentionDecl;
}

/**
 * The figures expect every community to have records of this type in every year (council
 * meetings, budget lines): a community-year without any is a data gap, since the data cannot
 * tell "none held" from "none entered". `field` dates a record: a date, or an int year.
 * `via` is the reference to the community (one of the owner paths, a direct reference).
 */
export interface ExpectedYearlyDecl {
  field: string;
  via: string;
}

/**
 * How long a record's personal fields are kept after the record leaves use (个人信息保护法
 * 第四十七条: deleted or anonymised once the purpose is reached), and which fields those are.
 * The retention run (modules/retention, `npm run retention`) anonymises them in place: the
 * record stays, with every field the figures read, so counts and figures do not change.
 *
 * - `leftWhen`: the record has left use when the enum attribute `field` holds one of `in`
 *   (a worker `status: LEFT`), or when it is soft-deleted (`'deleted'`: a party member
 *   transferred out, 组织关系转出, is soft-deleted, and the figures count it until then).
 * - `since`: when it left. `'leavingWrite'`: the time of the audited write that last changed
 *   `leftWhen.field` (every API write is audited in its own transaction, so this is the exact
 *   time); a record with no such entry (loaded by the seeds or SQL) falls back to `updatedAt`,
 *   the latest time it can have been set, so it is never anonymised early. `{ field }`: a date
 *   or datetime attribute that says it (`deletedAt` for `'deleted'`).
 * - `years`: kept this many years after leaving; the setting `RETENTION_YEARS_<TYPE>`
 *   (`RETENTION_YEARS_COMMUNITY_WORKER`) overrides it.
 * - What is anonymised: every PERSONAL and RESTRICTED attribute, every `personName` one, and
 *   `also` (a FINANCIAL salary, a birth year). A `personName` display attribute becomes a neutral
 *   pseudonym (`已匿名#<first 8 characters of the id>`); every other one becomes null, so each
 *   one must be optional. None may be a field the figures read (checked by the retention module).
 */
export interface RetentionDecl {
  leftWhen: { field: string; in: readonly string[] } | 'deleted';
  since: 'leavingWrite' | { field: string };
  years: number;
  also?: readonly string[];
}
