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
  @Field(() => ID, { nullable: true, description: 'Community key (社区)' })
  communityId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Service centre key (服务中心)' })
  serviceCenterId!: string | null;

  @Field(() => String, { nullable: true, description: 'Direction key (收支方向: INCOME / EXPENDITURE)' })
  direction!: string | null;

  @Field(() => String, { nullable: true, description: 'Income source key (收入来源)' })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'Expenditure category key (支出类别)' })
  category!: string | null;

  @Field(() => String, { nullable: true, description: 'Status key (状态)' })
  status!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Income (收入); null when suppressed' })
  income!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Expenditure (支出); null when suppressed' })
  expenditure!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Income minus expenditure (结余); null when suppressed' })
  balance!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Income from fiscal appropriation (财政拨款); null when suppressed' })
  fiscalAppropriation!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Fiscal appropriation / income (财政依赖度); null without income, or when suppressed',
  })
  fiscalDependency!: number | null;

  @Field(() => Boolean, {
    description:
      'True when the sums are withheld (null): fewer than the configured minimum of lines (SUMMARY_MIN_ROWS, 3) make this group and you may not read the lines one by one (小样本不公开)',
  })
  suppressed!: boolean;
}

@ObjectType({ description: 'Budget lines of a fiscal year summed by the chosen keys (经费汇总)' })
export class BudgetSummary {
  @Field(() => [BudgetSummaryRow], { description: 'One row per combination of the keys that has lines, in key order (汇总行)' })
  rows!: BudgetSummaryRow[];

  @Field(() => BudgetSummaryRow, { description: 'All matching lines together (合计)' })
  totals!: BudgetSummaryRow;
}
