import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../core/scalars';

@InterfaceType('DutyFinding', {
  description: 'What both kinds of finding share: the assignment, its duty item, the assignee and its centre (核查发现)',
})
export abstract class DutyFindingBase {
  @Field(() => ID, { description: 'The duty assignment (承接记录)' })
  assignmentId!: string;

  @Field(() => ID, { description: 'The duty item (权责事项)' })
  dutyItemId!: string;

  @Field(() => ID, { nullable: true, description: 'The assignee community (承接社区), or null when a centre is the assignee' })
  communityId!: string | null;

  @Field(() => ID, { description: 'The assignee centre, or the assignee community’s centre (服务中心)' })
  serviceCenterId!: string;

  @Field(() => String, { description: 'Why this is a finding, in Chinese (原因)' })
  reasonZh!: string;

  @Field(() => String, { description: 'Why this is a finding, in English (原因, 英文)' })
  reasonEn!: string;

  @Field(() => String, { description: 'Chinese and English reason together (原因)' })
  reason!: string;

  /** For the report: names without another query. */
  dutyTitle!: string;
  communityName!: string | null;
  serviceCenterName!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: DutyFindingBase,
  description: 'Power mismatch (权责不匹配): the duty requires a power the assignee’s centre does not hold',
})
export class PowerMismatch extends DutyFindingBase {
  @Field(() => String, { description: 'The power the duty requires (所需权力), a Power value' })
  requiredPower!: string;

  @Field(() => [String], { description: 'The powers the centre holds (中心依法享有的权力)' })
  centerPowers!: string[];
}

@ObjectType({
  simpleResolvers: true,
  implements: DutyFindingBase,
  description: 'Unfunded duty (费未随事转): no approved expenditure follows a duty that requires funding',
})
export class UnfundedDuty extends DutyFindingBase {
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The funding that would close it (所需经费估算): the mean of what the same duty’s funded assignments in the city received that year; null when none is funded (无法估算), or when suppressed',
  })
  estimatedFunding!: string | null;

  @Field(() => Int, { description: 'Funded assignments of the same duty that year the estimate is the mean of (估算参照的承接单位数)' })
  estimateBasis!: number;

  @Field(() => [String], {
    description:
      'Fields of this answer withheld (null): computed from fewer than SUMMARY_MIN_ROWS (3) budget lines you may not read one by one (小样本不公开的字段)',
  })
  suppressed!: string[];
}

@ObjectType({ description: 'Findings of the duty rules for one year (权责清单核查结果)' })
export class DutyFindings {
  @Field(() => [PowerMismatch], { description: 'Duties assigned to a unit without the power they need (权责不匹配)' })
  powerMismatches!: PowerMismatch[];

  @Field(() => [UnfundedDuty], { description: 'Duties that need funding but have none approved (费未随事转)' })
  unfundedDuties!: UnfundedDuty[];
}
