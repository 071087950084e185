import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'A stored value the declared formats refuse, or one not in its stored form (数据质量问题)',
})
export class DataQualityIssue {
  @Field(() => String, { description: 'The record type (记录类型)' })
  recordType!: string;

  @Field(() => ID, { description: 'The record (记录编号)' })
  recordId!: string;

  @Field(() => String, { nullable: true, description: 'The record’s display name, when you may read it (名称)' })
  display!: string | null;

  @Field(() => String, { description: 'The field whose value is wrong (字段)' })
  field!: string;

  @Field(() => String, { description: 'What is wrong with it, as a write would be told (问题)' })
  problem!: string;
}
