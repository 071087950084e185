import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DataGapKind {
  EMPTY_FIELD = 'EMPTY_FIELD',
  NO_RECORDS = 'NO_RECORDS',
}
registerEnumType(DataGapKind, {
  name: 'DataGapKind',
  description: 'What is missing (缺失类型)',
  valuesConfig: {
    EMPTY_FIELD: { description: 'A field the figures need is empty in a record (未填报)' },
    NO_RECORDS: { description: 'A community has no records of a type the figures expect every year (当年未录入)' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One missing input of the figures, in one community (数据缺口)' })
export class DataGap {
  @Field(() => DataGapKind, { description: 'Empty field or no records that year (缺失类型)' })
  kind!: DataGapKind;

  @Field(() => ID, { description: 'The community it concerns (社区)' })
  communityId!: string;

  @Field(() => String, { nullable: true, description: 'The community’s code, when you may read it (社区编码)' })
  communityCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The community’s name, when you may read it (社区名称)' })
  communityName!: string | null;

  @Field(() => String, { description: 'The record type whose field is empty, or whose records are missing (记录类型)' })
  recordType!: string;

  @Field(() => ID, { nullable: true, description: 'The record with the empty field; null for missing records (记录编号)' })
  recordId!: string | null;

  @Field(() => String, { nullable: true, description: 'The record’s display name, when you may read it (名称)' })
  display!: string | null;

  @Field(() => String, { description: 'The empty field, or the field that dates the missing records (字段)' })
  field!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A service centre (服务中心)' })
export class CompletenessCentre {
  @Field(() => ID, { description: 'The centre (服务中心)' })
  serviceCenterId!: string;

  @Field(() => String, { nullable: true, description: 'Its name, when you may read it (名称)' })
  name!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'One check made, and how many communities fail it (检查项)' })
export class CompletenessCheck {
  @Field(() => DataGapKind, { description: 'Empty field or no records that year (缺失类型)' })
  kind!: DataGapKind;

  @Field(() => String, { description: 'The record type checked (记录类型)' })
  recordType!: string;

  @Field(() => String, { description: 'The field checked, or the field that dates the expected records (字段)' })
  field!: string;

  @Field(() => Int, { description: 'Communities with this gap (存在缺口的社区数)' })
  communityCount!: number;

  @Field(() => [CompletenessCentre], {
    description: 'Centres where every community checked has this gap, e.g. none recorded a council meeting (全部社区均缺失的服务中心)',
  })
  wholeCentres!: CompletenessCentre[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Which inputs of the figures are missing (数据完整性), as far as you may see them: the report states them instead of counting them as zeros',
})
export class DataCompleteness {
  @Field(() => Int, { description: 'Year of the yearly checks (年度)' })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'The centre checked; null: the whole city (服务中心)' })
  serviceCenterId!: string | null;

  @Field(() => Int, { description: 'Communities checked (检查的社区数)' })
  communityCount!: number;

  @Field(() => [CompletenessCheck], {
    description:
      'Every check made for you, in declaration order: an empty field counts only where you may read it, and a yearly check needs the fields it looks at readable in every row (检查项)',
  })
  checks!: CompletenessCheck[];

  @Field(() => [DataGap], { description: 'Every gap, by community in code order, then check (缺口明细)' })
  gaps!: DataGap[];
}

// The rows the answer is built from (completeness.ts, completeness-yearly.ts): not part of the schema.

/** A gap before the community's code and name are added. */
export type FoundGap = Omit<DataGap, 'communityCode' | 'communityName'>;

/** A community checked: its id and what the caller may read of it. */
export interface Checked {
  id: string;
  code: string | null;
  name: string | null;
  centreId: string | null;
  /** Existed by the end of the year (createdAt), when the caller may read that: a yearly check applies to it. */
  existed: boolean;
}
