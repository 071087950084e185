import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../core/context';
import type { Role } from '../../core/access/viewer';
import { permissionsOf } from './permissions';
import { Permissions } from './permissions.type';
import { UserInfo } from './user.type';

@Resolver()
export class PermissionsResolver {
  @Query(() => Permissions, { description: 'What the caller may read and write (权限): works for anonymous callers, partners and users' })
  permissions(@Ctx() ctx: AppContext): Permissions {
    return permissionsOf(ctx.viewer);
  }
}

@Resolver(() => UserInfo)
export class UserPermissionsResolver {
  @FieldResolver(() => Permissions, { description: 'What this user may read and write (权限)' })
  permissions(@Root() user: UserInfo): Permissions {
    return permissionsOf({
      kind: 'user',
      id: user.id,
      email: user.email,
      role: user.role as Role,
      serviceCenterId: user.serviceCenterId,
      communityId: user.communityId,
    });
  }
}
