import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../core/scalars';

@ObjectType({ simpleResolvers: true, description: 'A count per enum value (分类计数); every value of the enum is listed, zeros included' })
export class KeyCount {
  @Field(() => String, { description: 'The enum value name, e.g. CAREER_ESTABLISHMENT (分类)' })
  key!: string;

  @Field(() => Int, { nullable: true, description: 'How many (数量); null when suppressed' })
  count!: number | null;

  @Field(() => Boolean, {
    description:
      'True when the count is withheld: fewer than SUMMARY_MIN_ROWS (3) records, whose key you may not read one by one (小样本不公开)',
  })
  suppressed!: boolean;
}

@ObjectType({ description: 'Basic situation (基本情况) of the city or one service centre at a date' })
export class Overview {
  @Field(() => DateScalar, { description: 'The date counted: records created later or deleted before it do not count (统计日期)' })
  asOf!: string;

  @Field(() => ID, { nullable: true, description: 'The service centre counted (服务中心), or null for the whole city' })
  serviceCenterId!: string | null;

  @Field(() => Int, { description: 'Communities (城市社区数)' })
  communityCount!: number;

  @Field(() => Float, { description: 'Total area in km² (辖区总面积); communities without an area add nothing' })
  totalAreaKm2!: number;

  @Field(() => Int, { description: 'Residential compounds (小区数)' })
  compoundCount!: number;

  @Field(() => Int, { description: 'Population of the communities (管辖人口); communities without a population add nothing' })
  population!: number;

  @Field(() => Int, { description: 'Households of the communities (户数)' })
  households!: number;

  @Field(() => Int, { nullable: true, description: 'Active community workers (社区工作者数); null when suppressed' })
  workerCount!: number | null;

  @Field(() => [KeyCount], { description: 'Active workers by employment type (按用工性质)' })
  workersByEmploymentType!: KeyCount[];

  @Field(() => Int, { description: 'Party organisations of the communities and the centre(s) (党组织数)' })
  partyOrganizationCount!: number;

  @Field(() => [KeyCount], { description: 'Party organisations by kind (党委/党总支/党支部)' })
  partyOrganizationsByKind!: KeyCount[];

  @Field(() => Int, { nullable: true, description: 'Party members of those organisations (直管党员数); null when suppressed' })
  partyMemberCount!: number | null;

  @Field(() => Int, { description: 'Community social organisations (社区社会组织数)' })
  socialOrganizationCount!: number;

  @Field(() => [KeyCount], { description: 'Social organisations by category (按类别)' })
  socialOrganizationsByCategory!: KeyCount[];

  @Field(() => [String], {
    description:
      'Fields of this answer withheld (null): computed from fewer than SUMMARY_MIN_ROWS (3) records whose fields you may not read one by one (小样本不公开的字段)',
  })
  suppressed!: string[];
}
