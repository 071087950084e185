import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../core/graphql/common-types';
import { DateTimeScalar } from '../../core/scalars';

@ObjectType('AuditChange', { description: 'One field changed by a write (变更字段); values the reader may not read are masked' })
export class AuditChangeView {
  @Field(() => String, { description: 'Field name, e.g. phone (references by their name, e.g. community) (字段名)' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'JSON of the value before the write (修改前); null when masked or absent' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the value after the write (修改后); null when masked or absent' })
  after!: string | null;

  @Field(() => Boolean, { description: 'True when the reader may not see this field, so before and after are withheld (已脱敏)' })
  masked!: boolean;
}

@ObjectType('AuditEntry', { description: 'One line of the audit log (审计日志): who did what to which record, when' })
export class AuditEntryView {
  @Field(() => ID, { description: 'Increasing number of the entry (序号)' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When (时间)' })
  at!: Date;

  @Field(() => String, { description: 'user, partner or anonymous (操作人类别)' })
  actorKind!: string;

  @Field(() => String, { nullable: true, description: 'User id or API key id (操作人)' })
  actorId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "User's e-mail (the e-mail tried, for a failed login) or the API key's name (操作人名称)",
  })
  actorName!: string | null;

  @Field(() => String, { description: 'Role at the time (当时角色): ADMIN, CENTER_ADMIN, COMMUNITY_STAFF, AUDITOR, PARTNER or ANONYMOUS' })
  role!: string;

  @Field(() => String, {
    description:
      'Action (操作): CREATE, UPDATE, DELETE, RESTORE, REVERT, LOGIN, LOGIN_FAILED, API_KEY_CREATED, API_KEY_REVOKED, USER_CREATED, USER_UPDATED or PASSWORD_CHANGED',
  })
  action!: string;

  @Field(() => String, { nullable: true, description: 'Record type, e.g. Community (记录类型)' })
  recordType!: string | null;

  @Field(() => ID, { nullable: true, description: 'Record id (记录编号)' })
  recordId!: string | null;

  @Field(() => Int, { nullable: true, description: "The record's version after this write (版本号; revert to it with revertX)" })
  version!: number | null;

  @Field(() => [AuditChangeView], { description: 'Changed fields before and after (变更内容)' })
  changes!: AuditChangeView[];
}

@InputType('AuditLogFilter', { description: 'Which audit entries (审计日志筛选); fields combine with AND' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'Record type, e.g. CommunityWorker (记录类型)' })
  recordType?: string;

  @Field(() => ID, { nullable: true, description: 'Record id (记录编号)' })
  recordId?: string;

  @Field(() => String, { nullable: true, description: 'User id or API key id (操作人)' })
  actorId?: string;

  @Field(() => [String], { nullable: true, description: 'Any of these actions (操作), e.g. ["UPDATE", "DELETE"]' })
  actions?: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after this instant (起始时间)' })
  from?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Before this instant (截止时间)' })
  to?: Date;
}

@ObjectType('AuditLogConnection', { description: 'A page of the audit log (审计日志), newest first' })
export class AuditLogConnection {
  @Field(() => [AuditEntryView], { description: 'The entries of this page (本页记录)' })
  nodes!: AuditEntryView[];

  @Field(() => PageInfo, { description: 'Paging information (分页信息)' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many entries match the filter in all (总数)' })
  totalCount!: number | Promise<number>;
}
