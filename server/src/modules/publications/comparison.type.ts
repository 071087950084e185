import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../core/scalars';
import { FigureValueView, PublishedReportView } from './published-report.type';

@ObjectType('FigureChange', { description: 'A number that differs between a publication and today’s data (变化的数字)' })
export class FigureChangeView {
  @Field(() => String, { description: 'Where it sits, as FigureValue.key (位置)' })
  key!: string;

  @Field(() => String, { description: 'What it is, in Chinese (名称)' })
  label!: string;

  @Field(() => String, { description: 'What it is, in English (名称, 英文)' })
  labelEn!: string;

  @Field(() => FigureValueView, { nullable: true, description: 'As published; null when the publication did not have it (发布时)' })
  before!: FigureValueView | null;

  @Field(() => FigureValueView, {
    nullable: true,
    description: 'As today’s data give it; null when it is gone, e.g. a deleted community (现在)',
  })
  after!: FigureValueView | null;
}

@ObjectType('PublishedReportComparison', {
  description:
    'A published report’s numbers against today’s data, both as anonymous readers are told them (与当前数据比较): what changed since publication',
})
export class PublishedReportComparison {
  @Field(() => PublishedReportView, { description: 'The publication compared (发布版本)' })
  publishedReport!: PublishedReportView;

  @Field(() => DateScalar, { nullable: true, description: 'The date today’s figures count (当前统计日期); null when the scope is gone' })
  asOf!: string | null;

  @Field(() => Int, { description: 'Numbers the publication printed (数字总数)' })
  figureCount!: number;

  @Field(() => Int, { description: 'Numbers that changed since publication, including those added or gone (变化数)' })
  changedCount!: number;

  @Field(() => [FigureChangeView], { description: 'Each changed number with its value before and after (变化明细)' })
  changes!: FigureChangeView[];

  @Field(() => DateTimeScalar, { description: 'When the comparison was made (比较时间)' })
  generatedAt!: Date;
}
