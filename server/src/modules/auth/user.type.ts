import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './enums';

@ObjectType('User', { description: 'A person who logs in to the platform (用户)' })
export class UserInfo {
  @Field(() => ID, { description: 'Identifier (标识)' })
  id!: string;

  @Field(() => String, { description: 'Login e-mail (登录邮箱)' })
  email!: string;

  @Field(() => String, { description: 'Name shown in the console (显示名称)' })
  displayName!: string;

  @Field(() => Role.values, { description: 'Role (角色)' })
  role!: string;

  @Field(() => ID, { nullable: true, description: 'Service centre a centre administrator is bound to (所属服务中心)' })
  serviceCenterId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Community a staff member is bound to (所属社区)' })
  communityId!: string | null;

  @Field(() => Boolean, { description: 'false: deactivated, cannot log in (是否启用)' })
  active!: boolean;
}

@ObjectType('LoginResult', { description: 'A session token and who it belongs to (登录结果)' })
export class LoginResult {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>` (会话令牌)' })
  token!: string;

  @Field(() => UserInfo, { description: 'The logged-in user (当前用户)' })
  user!: UserInfo;
}
