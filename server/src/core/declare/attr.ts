import type { DeclaredEnum } from './enum';
import { noteDeclared } from './field-order';
import { addPendingField } from './registry';
import type { Sensitivity } from './sensitivity';
import type { FormatName } from './formats';
import type { MaskName } from './masks';
import { ATTR_KINDS } from './kinds';
import type { AttrDecl, AttrType, Class } from './types';

export interface AttrOptions {
  type: AttrType;
  /** [zh-CN, English] */
  label: [string, string];
  description?: string;
  enum?: DeclaredEnum<string>;
  required?: boolean;
  unique?: boolean;
  /** Defaults to the record's default class (PUBLIC or INTERNAL, see domain.md). */
  sensitivity?: Sensitivity;
  filter?: boolean;
  sort?: boolean;
  writable?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  pattern?: { regex: RegExp; message: string };
  /** A national standard the value follows (formats/): checked with a message naming the failing part, and stored in one form. */
  format?: FormatName;
  default?: unknown;
  /** A person's name (a worker's, a member's): pinyin search reads its first character as a surname (search-forms.ts). */
  personName?: boolean;
  /** Masked by default (masks.ts: phone 138****1234, idNumber 110***********123X, name 张*); `@reveal(purpose:)` reads it clear, logged. */
  mask?: MaskName;
  /**
   * The figures need it: a live record without a value is a data gap (数据完整性), named by the
   * report and the console's completeness page instead of counting as a silent zero (figures/completeness.ts).
   */
  requiredForFigures?: boolean;
  /** A non-writable field earlier releases took as input: kept in the inputs, deprecated with this reason, any value refused. */
  retiredInput?: string;
}

/**
 * Declares a scalar field once. The record decorator turns it into the column,
 * the GraphQL field, its filter and order entries, validation and access rules.
 */
export function Attr(opts: AttrOptions): PropertyDecorator {
  return (proto, key) => {
    const decl: AttrDecl = {
      kind: 'attr',
      name: String(key),
      type: opts.type,
      enum: opts.enum,
      label: { zh: opts.label[0], en: opts.label[1] },
      description: opts.description,
      required: opts.required ?? false,
      unique: opts.unique ?? false,
      // Filled in by @Record when not given: it knows the record's default class.
      sensitivity: opts.sensitivity as Sensitivity,
      filterable: opts.filter ?? true,
      sortable: opts.sort ?? ATTR_KINDS[opts.type].sortable,
      writable: opts.writable ?? true,
      min: opts.min,
      max: opts.max,
      maxLength: opts.maxLength ?? ATTR_KINDS[opts.type].maxLength,
      pattern: opts.pattern,
      format: opts.format,
      default: opts.default,
      retiredInput: opts.retiredInput,
      personName: opts.personName,
      mask: opts.mask,
      requiredForFigures: opts.requiredForFigures,
    };
    noteDeclared(decl);
    addPendingField(proto.constructor as Class, decl);
  };
}
