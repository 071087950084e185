import { Field, ID, InputType } from 'type-graphql';
import { Role } from './enums';

@InputType('UserCreateInput', { description: 'A new user (新用户): CENTER_ADMIN needs serviceCenterId, COMMUNITY_STAFF needs communityId' })
export class UserCreateInput {
  @Field(() => String, { description: 'Login e-mail' })
  email!: string;

  @Field(() => String, { description: 'Name shown in the console' })
  displayName!: string;

  @Field(() => String, { description: 'Initial password, at least 8 characters' })
  password!: string;

  @Field(() => Role.values, { description: 'Role (角色)' })
  role!: string;

  @Field(() => ID, { nullable: true, description: 'Service centre of a CENTER_ADMIN' })
  serviceCenterId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Community of a COMMUNITY_STAFF' })
  communityId?: string | null;
}

@InputType('UserUpdateInput', { description: 'Changes to a user; omitted fields stay as they are' })
export class UserUpdateInput {
  @Field(() => String, { nullable: true })
  displayName?: string;

  @Field(() => Role.values, { nullable: true, description: 'Role (角色)' })
  role?: string;

  @Field(() => ID, { nullable: true, description: 'Service centre of a CENTER_ADMIN' })
  serviceCenterId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Community of a COMMUNITY_STAFF' })
  communityId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false: the user can no longer log in, and its sessions stop working' })
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'A new password (at least 8 characters) set by the administrator' })
  password?: string;
}
