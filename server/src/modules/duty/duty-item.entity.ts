import type { Opt } from '@mikro-orm/core';
import { Attr, notBefore, RecordType } from '../../core/declare';
import { BaseRecord } from '../../core/base/base-record';
import { DutyCategory, DutyStatus, RequiredPower, ResponsibleLevel } from './enums';
import { publishedNeedsLegalBasis } from './rules';

@RecordType({
  name: 'DutyItem',
  plural: 'dutyItems',
  label: ['权责事项', 'Duty item'],
  description: 'An item of the duty list (权责清单): what must be done, on what legal basis, by which level, needing which power.',
  module: 'duty',
  scope: 'duty',
  owner: [],
  defaultSensitivity: 'PUBLIC',
  displayField: 'title',
  defaultOrder: [['code', 'ASC']],
  rules: [publishedNeedsLegalBasis, notBefore('effectiveTo', 'effectiveFrom')],
  publicWhere: { status: 'PUBLISHED' },
})
export class DutyItem extends BaseRecord {
  @Attr({
    type: 'string',
    label: ['事项编码', 'Code'],
    required: true,
    unique: true,
    maxLength: 32,
    pattern: { regex: /^[A-Za-z0-9-]+$/, message: 'use letters, digits and hyphens only' },
  })
  code!: string;

  @Attr({ type: 'string', label: ['事项名称', 'Title'], required: true, maxLength: 200 })
  title!: string;

  @Attr({ type: 'text', label: ['事项描述', 'Description'] })
  description?: string | null;

  @Attr({ type: 'enum', enum: DutyCategory, label: ['事项类别', 'Category'], required: true })
  category!: string;

  @Attr({ type: 'text', label: ['法律依据', 'Legal basis'], description: 'Required before the item can be published' })
  legalBasis?: string | null;

  @Attr({ type: 'string', label: ['来源部门', 'Source department'], maxLength: 100 })
  sourceDepartment?: string | null;

  @Attr({ type: 'enum', enum: ResponsibleLevel, label: ['责任层级', 'Responsible level'], required: true })
  responsibleLevel!: string;

  @Attr({ type: 'enum', enum: RequiredPower, label: ['所需权力', 'Required power'], required: true, default: 'NONE' })
  requiredPower!: Opt<string>;

  @Attr({
    type: 'boolean',
    label: ['需费随事转', 'Funding required'],
    description: 'Funding must follow the duty (费随事转)',
    required: true,
    default: false,
  })
  fundingRequired: Opt<boolean> = false;

  @Attr({ type: 'enum', enum: DutyStatus, label: ['状态', 'Status'], required: true, default: 'DRAFT' })
  status!: Opt<string>;

  @Attr({ type: 'date', label: ['生效日期', 'Effective from'] })
  effectiveFrom?: string | null;

  @Attr({ type: 'date', label: ['失效日期', 'Effective to'] })
  effectiveTo?: string | null;
}
