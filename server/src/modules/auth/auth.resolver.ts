import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { unauthenticated } from '../../core/errors';
import { ANONYMOUS } from '../../core/access/viewer';
import { writeAudit } from '../audit';
import { verifyPassword } from './password';
import { signToken } from './token';
import { User } from './user.entity';
import { LoginResult, UserInfo } from './user.type';

export const toUserInfo = (u: User): UserInfo => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  serviceCenterId: u.serviceCenter?.id ?? null,
  communityId: u.community?.id ?? null,
  active: u.active,
});

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Log in with e-mail and password (登录); returns a bearer token' })
  async login(
    @Arg('email', () => String, { description: 'Login e-mail' }) email: string,
    @Arg('password', () => String, { description: 'Password' }) password: string,
    @Ctx() ctx: AppContext,
  ): Promise<LoginResult> {
    const tried = email.trim().toLowerCase();
    const user = await ctx.em.findOne(User, { email: tried, active: true });
    // Same message whether the e-mail or the password was wrong: no account probing.
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      await writeAudit(ctx.em.fork(), ANONYMOUS, { action: 'LOGIN_FAILED', actorName: tried.slice(0, 200), recordType: 'User', recordId: user?.id ?? null });
      throw unauthenticated('Wrong e-mail or password');
    }
    const viewer = { kind: 'user' as const, id: user.id, email: user.email, role: user.role, serviceCenterId: user.serviceCenter?.id ?? null, communityId: user.community?.id ?? null };
    await writeAudit(ctx.em.fork(), viewer, { action: 'LOGIN', recordType: 'User', recordId: user.id });
    const token = signToken({ secret: ctx.config.jwtSecret, ttlSeconds: ctx.config.jwtTtlSeconds }, user.id);
    return { token, user: toUserInfo(user) };
  }

  @Query(() => UserInfo, { nullable: true, description: 'The logged-in user, or null (当前用户)' })
  async me(@Ctx() ctx: AppContext): Promise<UserInfo | null> {
    if (ctx.viewer.kind !== 'user') return null;
    const user = await ctx.em.findOne(User, { id: ctx.viewer.id });
    return user ? toUserInfo(user) : null;
  }
}
