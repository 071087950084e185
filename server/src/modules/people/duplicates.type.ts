import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'One record of a group of possible duplicates (疑似重复记录)' })
export class DuplicateRecord {
  @Field(() => String, { description: 'Its record type, e.g. CommunityWorker or PartyMember (记录类型)' })
  type!: string;

  @Field(() => ID, { description: 'Its id (记录编号)' })
  id!: string;

  @Field(() => String, { description: 'Its name (姓名)' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The community, or the service centre, it belongs to (所属社区或服务中心)' })
  community!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Live records that may be one person: the same identity number, or the same name and birth year (疑似重复人员)',
})
export class DuplicateGroup {
  @Field(() => [String], { description: 'The fields they agree on: ["idNumber"] or ["name", "birthYear"] (比对字段)' })
  by!: string[];

  @Field(() => [String], { description: 'Their common values, in the order of `by` (相同的值)' })
  values!: string[];

  @Field(() => [DuplicateRecord], { description: 'The records, by type and id (记录)' })
  records!: DuplicateRecord[];
}
