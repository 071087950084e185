import type { Opt } from '@mikro-orm/core';
import { Attr, exactlyOne, onlyWhen, RecordType, Ref } from '../../core/declare';
import { BaseRecord } from '../../core/base/base-record';
import { Community } from '../community/community.entity';
import { ServiceCenter } from '../community/service-center.entity';
import { DutyAssignment } from '../duty/duty-assignment.entity';
import { SocialOrganization } from '../organisation/social-organization.entity';
import { BudgetStatus, Direction, ExpenditureCategory, IncomeSource } from './enums';

/** approvedBy and approvedAt were inputs in schema v1: kept there, deprecated, until a release may drop them. */
const SET_BY_SERVER = 'Set by the server when the line is approved; a value sent is refused';

const income = (v: Record<string, unknown>) => v.direction === 'INCOME';
const expenditure = (v: Record<string, unknown>) => v.direction === 'EXPENDITURE';

@RecordType({
  name: 'BudgetLine',
  plural: 'budgetLines',
  label: ['经费明细', 'Budget line'],
  description: 'One line of income or expenditure (经费) of a community or a service centre in a fiscal year, in exact CNY.',
  module: 'budget',
  scope: 'budget',
  owner: ['community', 'serviceCenter'],
  defaultSensitivity: 'INTERNAL',
  displayField: 'description',
  defaultOrder: [['fiscalYear', 'DESC']],
  // domain.md: centre admins approve; an approved line is changed only by its approvers, and any change sends it back.
  approval: { status: 'status', approved: ['APPROVED', 'SPENT'], reset: 'PLANNED', by: 'approvedBy', at: 'approvedAt' },
  // A community without lines in a year has no fiscal figures for it: a data gap, not a zero.
  expectedYearly: { field: 'fiscalYear', via: 'community' },
  rules: [
    exactlyOne('community', 'serviceCenter'),
    onlyWhen('source', income, 'for income lines'),
    onlyWhen('category', expenditure, 'for expenditure lines'),
  ],
  checks: [
    { name: 'one_owner', expression: 'num_nonnulls(community_id, service_center_id) = 1' },
    { name: 'amount_positive', expression: 'amount > 0' },
  ],
})
export class BudgetLine extends BaseRecord {
  @Ref(() => Community, {
    label: ['社区', 'Community'],
    inverse: { name: 'budgetLines', label: ['经费明细', 'Budget lines'] },
  })
  community?: Community | null;

  @Ref(() => ServiceCenter, {
    label: ['服务中心', 'Service centre'],
    inverse: { name: 'budgetLines', label: ['经费明细', 'Budget lines'] },
  })
  serviceCenter?: ServiceCenter | null;

  @Attr({ type: 'int', label: ['预算年度', 'Fiscal year'], required: true, min: 2000, max: 2100 })
  fiscalYear!: number;

  @Attr({ type: 'enum', enum: Direction, label: ['收支方向', 'Direction'], required: true })
  direction!: string;

  @Attr({ type: 'enum', enum: IncomeSource, label: ['收入来源', 'Source'], description: 'Income lines only' })
  source?: string | null;

  @Attr({ type: 'enum', enum: ExpenditureCategory, label: ['支出类别', 'Category'], description: 'Expenditure lines only' })
  category?: string | null;

  @Attr({ type: 'decimal', label: ['金额(元)', 'Amount (CNY)'], required: true, min: 0.01 })
  amount!: string;

  @Attr({ type: 'string', label: ['说明', 'Description'], maxLength: 500 })
  description?: string | null;

  @Ref(() => DutyAssignment, {
    label: ['对应承接事项', 'Duty assignment'],
    description: 'The duty this money follows (费随事转)',
    inverse: { name: 'budgetLines', label: ['经费', 'Funding lines'] },
  })
  dutyAssignment?: DutyAssignment | null;

  @Ref(() => SocialOrganization, {
    label: ['扶持的社会组织', 'Social organisation supported'],
    inverse: { name: 'budgetLines', label: ['扶持经费', 'Support lines'] },
  })
  socialOrganization?: SocialOrganization | null;

  @Attr({ type: 'enum', enum: BudgetStatus, label: ['状态', 'Status'], required: true, default: 'PLANNED' })
  status!: Opt<string>;

  // Set by the server from the approving user, never from input (see `approval` above).
  @Attr({
    type: 'string',
    label: ['批准人', 'Approved by'],
    description: 'Set by the server: the e-mail of the user who approved the line',
    maxLength: 100,
    writable: false,
    retiredInput: SET_BY_SERVER,
  })
  approvedBy?: string | null;

  @Attr({
    type: 'datetime',
    label: ['批准时间', 'Approved at'],
    description: 'Set by the server when the line was approved',
    writable: false,
    retiredInput: SET_BY_SERVER,
  })
  approvedAt?: Date | null;
}
