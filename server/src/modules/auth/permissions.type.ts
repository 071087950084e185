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

@ObjectType('FieldPermission', { description: 'What the caller may do with one field' })
export class FieldPermission {
  @Field(() => String, { description: 'Field name, e.g. phone (references by their name, e.g. community)' })
  name!: string;

  @Field(() => FieldReadAccess)
  read!: FieldReadAccess;

  @Field(() => Boolean)
  write!: boolean;
}

@ObjectType('TypePermission', { description: 'What the caller may do with one record type' })
export class TypePermission {
  @Field(() => String, { description: 'Record type name, e.g. Community' })
  type!: string;

  @Field(() => Boolean)
  canRead!: boolean;

  @Field(() => Boolean)
  canCreate!: boolean;

  @Field(() => Boolean)
  canUpdate!: boolean;

  @Field(() => Boolean)
  canDelete!: boolean;

  @Field(() => [FieldPermission])
  fields!: FieldPermission[];
}

@ObjectType('Permissions', { description: 'What the caller may do (权限), for the console to hide what a role cannot use' })
export class Permissions {
  @Field(() => String, { description: 'ANONYMOUS, PARTNER, ADMIN, CENTER_ADMIN, COMMUNITY_STAFF or AUDITOR' })
  role!: string;

  @Field(() => [TypePermission])
  types!: TypePermission[];

  @Field(() => Boolean, { description: 'May read the audit log' })
  canReadAuditLog!: boolean;

  @Field(() => Boolean, { description: 'May manage users and API keys' })
  canManageUsers!: boolean;
}
