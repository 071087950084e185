import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum FieldReadAccess {
  ALL = 'ALL',
  OWN_CENTER = 'OWN_CENTER',
  OWN_COMMUNITY = 'OWN_COMMUNITY',
  NONE = 'NONE',
}
registerEnumType(FieldReadAccess, {
  name: 'FieldReadAccess',
  description: 'Where a field may be read (字段可读范围)',
  valuesConfig: {
    ALL: { description: 'In every record (全部)' },
    OWN_CENTER: { description: "Only in records of the caller's service centre (本服务中心)" },
    OWN_COMMUNITY: { description: "Only in records of the caller's community (本社区)" },
    NONE: { description: 'Nowhere: resolves to null with FORBIDDEN (不可读)' },
  },
});

@ObjectType('FieldPermission', { description: 'What the caller may do with one field (字段权限)' })
export class FieldPermission {
  @Field(() => String, { description: 'Field name, e.g. phone (references by their name, e.g. community) (字段名)' })
  name!: string;

  @Field(() => FieldReadAccess, { description: 'Where the caller may read it (可读范围)' })
  read!: FieldReadAccess;

  @Field(() => Boolean, { description: 'May set it in create and update (可写)' })
  write!: boolean;
}

@ObjectType('TypePermission', { description: 'What the caller may do with one record type (类型权限)' })
export class TypePermission {
  @Field(() => String, { description: 'Record type name, e.g. Community (记录类型)' })
  type!: string;

  @Field(() => Boolean, { description: 'May read records of this type (可读)' })
  canRead!: boolean;

  @Field(() => Boolean, { description: 'May create them (可新建)' })
  canCreate!: boolean;

  @Field(() => Boolean, { description: 'May change them (可修改)' })
  canUpdate!: boolean;

  @Field(() => Boolean, { description: 'May delete and restore them (可删除)' })
  canDelete!: boolean;

  @Field(() => [FieldPermission], { description: 'Per field (字段权限)' })
  fields!: FieldPermission[];
}

@ObjectType('Permissions', { description: 'What the caller may do (权限), for the console to hide what a role cannot use' })
export class Permissions {
  @Field(() => String, { description: 'ANONYMOUS, PARTNER, ADMIN, CENTER_ADMIN, COMMUNITY_STAFF or AUDITOR (角色)' })
  role!: string;

  @Field(() => [TypePermission], { description: 'Per record type (类型权限)' })
  types!: TypePermission[];

  @Field(() => Boolean, { description: 'May read the audit log (可查审计日志)' })
  canReadAuditLog!: boolean;

  @Field(() => Boolean, { description: 'May read the access log of clear reads of personal data (可查个人信息访问日志)' })
  canReadAccessLog!: boolean;

  @Field(() => Boolean, { description: 'May manage users and API keys (可管理用户与密钥)' })
  canManageUsers!: boolean;

  @Field(() => Boolean, { description: 'May publish reports (可发布报告): publishReport' })
  canPublishReports!: boolean;
}
