import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../core/scalars';

export enum BudgetGroup {
  COMMUNITY = 'COMMUNITY',
  SERVICE_CENTER = 'SERVICE_CENTER',
  DIRECTION = 'DIRECTION',
  SOURCE = 'SOURCE',
  CATEGORY = 'CATEGORY',
  STATUS = 'STATUS',
}
registerEnumType(BudgetGroup, {
  name: 'BudgetGroup',
  description: 'A key to group budget lines by (汇总维度)',
  valuesConfig: {
    COMMUNITY: { description: 'Community (社区); null for a service centre’s own lines' },
    SERVICE_CENTER: { description: 'Service centre (服务中心): the line’s centre, or its community’s centre' },
    DIRECTION: { description: 'Direction (收支方向)' },
    SOURCE: { description: 'Income source (收入来源); null for expenditure' },
    CATEGORY: { description: 'Expenditure category (支出类别); null for income' },
    STATUS: { description: 'Status (预算状态)' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'Sums of one group of budget lines (经费汇总行); keys not grouped by are null' })
export class BudgetSummaryRow {
  @Field(() => ID, { nullable: true, description: 'Community key' })
  communityId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Service centre key' })
  serviceCenterId!: string | null;

  @Field(() => String, { nullable: true, description: 'Direction key (INCOME / EXPENDITURE)' })
  direction!: string | null;

  @Field(() => String, { nullable: true, description: 'Income source key' })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'Expenditure category key' })
  category!: string | null;

  @Field(() => String, { nullable: true, description: 'Status key' })
  status!: string | null;

  @Field(() => DecimalScalar, { description: 'Income (收入)' })
  income!: string;

  @Field(() => DecimalScalar, { description: 'Expenditure (支出)' })
  expenditure!: string;

  @Field(() => DecimalScalar, { description: 'Income minus expenditure (结余)' })
  balance!: string;

  @Field(() => DecimalScalar, { description: 'Income from fiscal appropriation (财政拨款)' })
  fiscalAppropriation!: string;

  @Field(() => Float, { nullable: true, description: 'Fiscal appropriation / income (财政依赖度); null without income' })
  fiscalDependency!: number | null;
}

@ObjectType({ description: 'Budget lines of a fiscal year summed by the chosen keys (经费汇总)' })
export class BudgetSummary {
  @Field(() => [BudgetSummaryRow], { description: 'One row per combination of the keys that has lines, in key order' })
  rows!: BudgetSummaryRow[];

  @Field(() => BudgetSummaryRow, { description: 'All matching lines together (合计)' })
  totals!: BudgetSummaryRow;
}
