import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../core/scalars';

@InterfaceType('Indicators', {
  description:
    'The indicators of domain.md with the inputs each is computed from (指标); ratios are null when their denominator is missing or zero',
})
export abstract class IndicatorValues {
  @Field(() => Int, { description: 'The year the activity figures cover (年度)' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Population (管辖人口); null when not recorded' })
  population!: number | null;

  @Field(() => Int, { nullable: true, description: 'Households (户数); null when not recorded' })
  households!: number | null;

  @Field(() => Int, { nullable: true, description: 'Active community workers (在岗社区工作者); null when suppressed' })
  workerCount!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Active workers per 10,000 residents (每万人社区工作者数); null without a population, or when suppressed',
  })
  workersPer10k!: number | null;

  @Field(() => Float, { nullable: true, description: 'Office area in m² (办公用房面积)' })
  officeAreaM2!: number | null;

  @Field(() => Float, { nullable: true, description: 'Office area per 1,000 residents in m² (每千人办公用房面积)' })
  officeAreaPer1k!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Office area per 100 households in m² (每百户办公用房面积), the measure of the 每百户不低于30平方米 standard; null without households or office area',
  })
  officeAreaPer100Households!: number | null;

  @Field(() => Int, { nullable: true, description: 'Service windows (服务窗口数); null when not recorded' })
  serviceWindowCount!: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Fiscal appropriation income of the year, APPROVED and SPENT lines (财政拨款); null when suppressed',
  })
  fiscalAppropriation!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'All income of the year, APPROVED and SPENT lines (总收入); null when suppressed',
  })
  totalIncome!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Fiscal appropriation / total income (财政依赖度); null without income, or when suppressed',
  })
  fiscalDependency!: number | null;

  @Field(() => Int, { description: 'Community social organisations (社区社会组织数)' })
  socialOrganizationCount!: number;

  @Field(() => Float, { nullable: true, description: 'Social organisations per 10,000 residents (每万人社会组织数)' })
  socialOrganizationsPer10k!: number | null;

  @Field(() => Int, { description: 'Council meetings held in the year (居民议事会议次数)' })
  councilMeetingCount!: number;

  @Field(() => Int, { description: 'Attendees of those meetings in all (参会总人次)' })
  councilAttendance!: number;

  @Field(() => Float, { nullable: true, description: 'Average attendance per meeting (平均参会人数); null without meetings' })
  averageAttendance!: number | null;

  @Field(() => Int, { description: 'Residents among the attendees, in all (居民参会总人次)' })
  councilResidentAttendance!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Average residents attending per meeting (平均居民参会人数): how much residents take part; null without meetings',
  })
  averageResidentAttendance!: number | null;

  @Field(() => Int, { description: 'Community activities held in the year (社区活动次数)' })
  activityCount!: number;

  @Field(() => Int, { description: 'Participants of those activities (参与人次)' })
  activityParticipants!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Training hours completed in the year by active workers (培训学时); null when suppressed',
  })
  trainingHours!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Training hours per active worker (人均培训学时); null without workers, or when suppressed',
  })
  trainingHoursPerWorker!: number | null;

  @Field(() => Int, { description: 'Active assignments whose required power the centre lacks (权责不匹配事项数)' })
  powerMismatchCount!: number;

  @Field(() => Int, { description: 'Active funding-required assignments without approved expenditure that year (费未随事转事项数)' })
  unfundedDutyCount!: number;

  @Field(() => [String], {
    description:
      'Fields of this answer withheld (null): computed from fewer than SUMMARY_MIN_ROWS (3) records whose fields you may not read one by one (小样本不公开的字段)',
  })
  suppressed!: string[];
}

@ObjectType({ simpleResolvers: true, implements: IndicatorValues, description: 'Indicators of one community for one year (社区指标)' })
export class CommunityIndicators extends IndicatorValues {
  @Field(() => ID, { description: 'The community (社区)' })
  communityId!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: IndicatorValues,
  description:
    'Indicators of a service centre (its communities and its own lines and duties) or of the whole city, for one year (汇总指标)',
})
export class AreaIndicators extends IndicatorValues {
  @Field(() => ID, { nullable: true, description: 'The service centre (服务中心), or null for the whole city' })
  serviceCenterId!: string | null;

  @Field(() => Int, { description: 'Communities counted (社区数)' })
  communityCount!: number;
}
