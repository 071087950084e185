import { ArrayType, BeforeCreate, BeforeUpdate, Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { graphqlTypeOf } from './graphql-type';
import { kindOf } from './kinds';
import { MASKS } from './masks';
import { describeLabel } from './labels';
import { registerRecord, takePendingFields } from './registry';
import type { Sensitivity } from './sensitivity';
import { pinyinForms, searchColumnsFor } from './search-forms';
import { SYSTEM_ATTRS } from './system-fields';
import type {
  ApprovalDecl,
  AttrDecl,
  BindingKind,
  Class,
  DuplicateDecl,
  ExpectedYearlyDecl,
  ReadScope,
  RecordDecl,
  RecordRule,
  RefDecl,
  RetentionDecl,
  SearchColumns,
} from './types';
import { checkRetention } from './retention';

export interface RecordOptions {
  name: string;
  plural: string;
  label: [string, string];
  description: string;
  module: string;
  scope: ReadScope;
  /** domain.md: unmarked fields of communities, centres, organisations... are PUBLIC, the rest INTERNAL. */
  defaultSensitivity: Sensitivity;
  displayField: string;
  defaultOrder?: Array<[string, 'ASC' | 'DESC']>;
  rules?: RecordRule[];
  /** SQL check constraints, written into the migration. */
  checks?: Array<{ name: string; expression: string }>;
  publicWhere?: Record<string, unknown>;
  /**
   * Which community or service centre a record belongs to, as paths to a Community or
   * ServiceCenter ('id' = the record itself, 'worker.community'...). Row rules derive from it.
   */
  owner?: string[];
  /** The user binding this type is the root of: staff are bound to a 'community', centre admins to a 'center'. */
  binding?: BindingKind;
  /**
   * The record goes through approval: once its status is one of `approved`, only approvers
   * change or delete it, any other change sends it back to `reset`, and `by`/`at` are set
   * by the server from the approving user (they must be declared `writable: false`).
   */
  approval?: ApprovalDecl;
  /** Warn of, and report, records that may be the same person (DuplicateDecl). */
  duplicateOf?: DuplicateDecl;
  /** The figures expect records of this type for every community every year (ExpectedYearlyDecl). */
  expectedYearly?: ExpectedYearlyDecl;
  /** Personal fields anonymised some years after the record leaves use (RetentionDecl, README "Retention"). */
  retention?: RetentionDecl;
}

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const camel = (s: string) => s[0].toLowerCase() + s.slice(1);

/** Only PUBLIC required fields are non-null in GraphQL: anything else may be withheld as FORBIDDEN. */
const gqlNullable = (f: { required: boolean; sensitivity: Sensitivity }) => !f.required || f.sensitivity !== 'PUBLIC';

/** What the schema says of a masked field: how it reads, and how to read it clear. */
const maskNote = (attr: AttrDecl) =>
  attr.mask ? ` Masked (${MASKS[attr.mask].shows}) unless read with @reveal(purpose:), which the access log records.` : '';

/**
 * A mask hides text, and only from callers entitled to the field: a PUBLIC field has no one to hide it from.
 * Every RESTRICTED field is masked, so that each of its clear reads is one asked for on purpose and logged.
 */
function checkMask(owner: string, attr: AttrDecl): void {
  if (attr.sensitivity === 'RESTRICTED' && !attr.mask)
    throw new Error(`${owner}.${attr.name} is RESTRICTED: declare its mask (declare/masks.ts), so that it reads clear only with @reveal`);
  if (!attr.mask) return;
  if (attr.type !== 'string' && attr.type !== 'text') throw new Error(`mask of ${owner}.${attr.name}: only text fields are masked`);
  if (attr.sensitivity === 'PUBLIC') throw new Error(`mask of ${owner}.${attr.name}: a PUBLIC field is not masked`);
}

function mapAttr(proto: object, attr: AttrDecl): void {
  const nullable = !attr.required;
  const dbDefault = attr.default === undefined ? {} : { default: attr.default as never };
  const kind = kindOf(attr);
  if (kind.column === 'enum') {
    (Enum({ items: attr.enum!.keys, nullable, array: attr.type === 'enumSet', ...dbDefault }) as PropertyDecorator)(proto, attr.name);
  } else {
    const length = attr.type === 'string' ? { length: attr.maxLength } : {};
    (Property({ ...kind.column, ...length, nullable, ...dbDefault }) as PropertyDecorator)(proto, attr.name);
  }
  if (attr.unique) (Unique() as PropertyDecorator)(proto, attr.name);
  else if (kind.indexed && (attr.filterable || attr.sortable)) (Index() as PropertyDecorator)(proto, attr.name);
  Field(() => graphqlTypeOf(attr) as never, {
    nullable: gqlNullable(attr),
    description: describeLabel(attr.label, attr.description) + maskNote(attr),
  })(proto, attr.name);
}

function mapRef(proto: object, ref: RefDecl): void {
  (ManyToOne({ entity: ref.target as never, nullable: !ref.required, deleteRule: 'restrict', updateRule: 'cascade' }) as PropertyDecorator)(
    proto,
    ref.name,
  );
  (Index() as PropertyDecorator)(proto, ref.name);
}

/**
 * The derived pinyin columns of a searchable type (search-forms.ts): plain text columns with
 * trigram GIN indexes (pg_trgm: `like '%x%'` and `like 'x%'` use them, as on the display
 * column beside them), no GraphQL field, and
 * entity hooks that recompute them on every create and update through the ORM.
 */
function mapSearchForms(cls: Class, tableName: string, s: SearchColumns): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const [prop, column] of [
    [s.pinyinProp, s.pinyinColumn],
    [s.initialsProp, s.initialsColumn],
  ]) {
    (Property({ type: 'text', nullable: true, fieldName: column }) as PropertyDecorator)(proto, prop);
  }
  (Property({ type: ArrayType, columnType: 'text[]', nullable: true, fieldName: s.pairsColumn }) as PropertyDecorator)(proto, s.pairsProp);
  // The display column is searched by characters (`%丽华%`) as the pinyin columns are by letters.
  for (const column of [s.displayColumn, s.pinyinColumn, s.initialsColumn]) {
    const name = `${tableName}_${column}_trgm`;
    Index({ name, expression: `create index "${name}" on "${tableName}" using gin ("${column}" gin_trgm_ops)` })(cls);
  }
  const pairs = `${tableName}_${s.pairsColumn}_gin`;
  Index({ name: pairs, expression: `create index "${pairs}" on "${tableName}" using gin ("${s.pairsColumn}")` })(cls);
  const fill = '__fillSearchForms';
  // Configurable and writable: MikroORM wraps every prototype method at discovery.
  Object.defineProperty(proto, fill, {
    configurable: true,
    writable: true,
    value(this: Record<string, unknown>) {
      const forms = pinyinForms(this[s.display] as string | null | undefined, s.personName);
      this[s.pinyinProp] = forms.pinyin;
      this[s.initialsProp] = forms.initials;
      this[s.pairsProp] = forms.pairs;
    },
  });
  (BeforeCreate() as MethodDecorator)(proto, fill, Object.getOwnPropertyDescriptor(proto, fill)!);
  (BeforeUpdate() as MethodDecorator)(proto, fill, Object.getOwnPropertyDescriptor(proto, fill)!);
}

/** A declared approval must name fields the record has, in the shape the write rules assume. */
function checkApproval(name: string, attrs: AttrDecl[], approval: ApprovalDecl): void {
  const attr = (field: string) => attrs.find((a) => a.name === field);
  const status = attr(approval.status);
  const values = [...approval.approved, approval.reset];
  if (status?.type !== 'enum' || !values.every((v) => status.enum!.keys.includes(v))) {
    throw new Error(`approval of ${name}: ${approval.status} must be an enum holding ${values.join(', ')}`);
  }
  for (const field of [approval.by, approval.at]) {
    if (!attr(field) || attr(field)!.writable)
      throw new Error(`approval of ${name}: ${field} must be a declared field with writable: false (the server sets it)`);
  }
}

/** A declared duplicate check must name attributes the record has: a typo would silently check nothing. */
function checkDuplicateOf(name: string, attrs: AttrDecl[], dup: DuplicateDecl): void {
  for (const field of [dup.field, ...(dup.alsoBy ?? [])]) {
    if (!attrs.some((a) => a.name === field)) throw new Error(`duplicateOf of ${name}: ${field} is not a declared attribute`);
  }
}

/** A declared yearly expectation must date records by a date or a year, and reach the community by an owner reference. */
function checkExpectedYearly(name: string, attrs: AttrDecl[], refs: RefDecl[], owner: string[], exp: ExpectedYearlyDecl): void {
  const dated = attrs.find((a) => a.name === exp.field);
  if (dated?.type !== 'date' && dated?.type !== 'int')
    throw new Error(`expectedYearly of ${name}: ${exp.field} must be a date or int attribute`);
  if (!refs.some((r) => r.name === exp.via) || !owner.includes(exp.via))
    throw new Error(`expectedYearly of ${name}: ${exp.via} must be a reference that is one of its owner paths`);
}

/**
 * Declares a record type once. Applies the MikroORM and type-graphql decorators
 * the field declarations imply and registers the record for the shared machinery.
 */
export function RecordType(opts: RecordOptions): ClassDecorator {
  return (target) => {
    const cls = target as unknown as Class;
    const own = takePendingFields(cls);
    for (const f of own) f.sensitivity ??= opts.defaultSensitivity;
    for (const f of own) if (f.kind === 'attr') checkMask(opts.name, f);
    const proto = cls.prototype as object;
    for (const f of own) f.kind === 'attr' ? mapAttr(proto, f) : mapRef(proto, f as RefDecl);
    const tableName = snake(opts.name);
    for (const check of opts.checks ?? []) Check({ name: `${tableName}_${check.name}_check`, expression: check.expression })(cls);
    Entity({ tableName })(cls);
    ObjectType(opts.name, { description: `${describeLabel({ zh: opts.label[0], en: opts.label[1] })}. ${opts.description}` })(cls);
    const attrs = [...SYSTEM_ATTRS, ...own.filter((f): f is AttrDecl => f.kind === 'attr')];
    const refs = own.filter((f): f is RefDecl => f.kind === 'ref');
    if (opts.approval) checkApproval(opts.name, attrs, opts.approval);
    if (opts.duplicateOf) checkDuplicateOf(opts.name, attrs, opts.duplicateOf);
    if (opts.expectedYearly) checkExpectedYearly(opts.name, attrs, refs, opts.owner ?? [], opts.expectedYearly);
    if (opts.retention) checkRetention(opts.name, attrs, opts.displayField, opts.retention);
    const search = searchColumnsFor(attrs, opts.displayField);
    if (search) mapSearchForms(cls, tableName, search);
    const decl: RecordDecl = {
      name: opts.name,
      plural: opts.plural,
      single: camel(opts.name),
      label: { zh: opts.label[0], en: opts.label[1] },
      description: opts.description,
      module: opts.module,
      cls,
      tableName,
      scope: opts.scope,
      fields: [...attrs, ...refs],
      attrs,
      refs,
      rules: opts.rules ?? [],
      defaultOrder: opts.defaultOrder ?? [['createdAt', 'ASC']],
      displayField: opts.displayField,
      search,
      publicWhere: opts.publicWhere,
      owner: opts.owner ?? [],
      binding: opts.binding,
      approval: opts.approval,
      duplicateOf: opts.duplicateOf,
      expectedYearly: opts.expectedYearly,
      retention: opts.retention,
    };
    registerRecord(decl);
  };
}
