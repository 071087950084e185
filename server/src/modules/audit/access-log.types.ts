import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { RevealPurpose, type RevealPurposeKey } from '../../core/access/reveal';
import { PageInfo } from '../../core/graphql/common-types';
import { DateTimeScalar } from '../../core/scalars';

@ObjectType('AccessLogEntry', { description: 'One clear read of a masked or restricted field (个人信息访问记录)' })
export class AccessLogEntryView {
  @Field(() => ID, { description: 'Increasing number of the entry (序号)' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When (时间)' })
  at!: Date;

  @Field(() => String, { description: 'user or partner (访问人类别)' })
  actorKind!: string;

  @Field(() => String, { nullable: true, description: 'User id or API key id (访问人)' })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: "User's e-mail or the API key's name (访问人名称)" })
  actorName!: string | null;

  @Field(() => String, { description: 'Role at the time (当时角色)' })
  role!: string;

  @Field(() => String, { description: 'Record type, e.g. CommunityWorker (记录类型)' })
  recordType!: string;

  @Field(() => ID, { description: 'Record id (记录编号)' })
  recordId!: string;

  @Field(() => String, { description: 'The field read in clear, e.g. idNumber (字段)' })
  field!: string;

  @Field(() => RevealPurpose.values, {
    nullable: true,
    description: 'The purpose stated (目的); null for a restricted field that has no mask',
  })
  purpose!: RevealPurposeKey | null;

  @Field(() => String, { nullable: true, description: 'The request it was read in (x-request-id, 请求编号)' })
  requestId!: string | null;
}

@InputType('AccessLogFilter', { description: 'Which access-log entries (访问日志筛选); fields combine with AND' })
export class AccessLogFilter {
  @Field(() => String, {
    nullable: true,
    description: "An identity number (身份证号): every record that holds it, whichever type (who looked at this person's data)",
  })
  idNumber?: string;

  @Field(() => String, { nullable: true, description: 'Record type, e.g. CommunityWorker (记录类型)' })
  recordType?: string;

  @Field(() => ID, { nullable: true, description: 'Record id (记录编号)' })
  recordId?: string;

  @Field(() => String, { nullable: true, description: 'Field, e.g. idNumber (字段)' })
  field?: string;

  @Field(() => String, { nullable: true, description: 'User id or API key id (访问人)' })
  actorId?: string;

  @Field(() => [RevealPurpose.values], { nullable: true, description: 'Any of these purposes (目的)' })
  purposes?: RevealPurposeKey[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after this instant (起始时间)' })
  from?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Before this instant (截止时间)' })
  to?: Date;
}

@ObjectType('AccessLogConnection', { description: 'A page of the access log (访问日志), newest first' })
export class AccessLogConnection {
  @Field(() => [AccessLogEntryView], { description: 'The entries of this page (本页记录)' })
  nodes!: AccessLogEntryView[];

  @Field(() => PageInfo, { description: 'Paging information (分页信息)' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many entries match the filter in all (总数)' })
  totalCount!: number | Promise<number>;
}
