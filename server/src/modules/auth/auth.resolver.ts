import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { unauthenticated } from '../../core/errors';
import { ANONYMOUS } from '../../core/access/viewer';
import { writeAudit } from '../audit';
import { admitLogin, type LoginAttempt } from './login-throttle';
import { verifyLogin } from './password';
import { endSession, openSession } from './sessions';
import { signToken, type UserViewer } from './token';
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

/** The audit lines of a failed login: the failure, and a lock it starts (never the password). */
async function auditFailure(ctx: AppContext, tried: string, userId: string | null, attempt: LoginAttempt): Promise<void> {
  const em = ctx.em.fork();
  await writeAudit(em, ANONYMOUS, { action: 'LOGIN_FAILED', actorName: tried.slice(0, 200), recordType: 'User', recordId: userId });
  for (const lock of attempt.locksIfFailed) {
    await writeAudit(em, ANONYMOUS, {
      action: 'LOGIN_THROTTLED',
      actorName: tried.slice(0, 200),
      recordType: lock.scope === 'account' ? 'User' : 'ClientAddress',
      recordId: lock.scope === 'account' ? userId : (ctx.clientAddress?.slice(0, 64) ?? null),
      changes: [
        { field: 'failures', before: null, after: lock.failures },
        { field: 'lockSeconds', before: null, after: lock.lockSeconds },
        { field: 'clientAddress', before: null, after: ctx.clientAddress ?? null },
      ],
    });
  }
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, {
    description:
      'Log in with e-mail and password (登录); returns a bearer token. Repeated failures lock the e-mail and the address for a while (RATE_LIMITED)',
  })
  async login(
    @Arg('email', () => String, { description: 'Login e-mail (登录邮箱)' }) email: string,
    @Arg('password', () => String, { description: 'Password (密码)' }) password: string,
    @Ctx() ctx: AppContext,
  ): Promise<LoginResult> {
    const tried = email.trim().toLowerCase();
    // Refused while locked, before any password is checked; otherwise counted as a failure until it succeeds.
    const attempt = await admitLogin(ctx.em, ctx.config.login, tried, ctx.clientAddress);
    const user = await ctx.em.findOne(User, { email: tried, active: true });
    // One scrypt whether or not the account exists, and the same message: neither time nor text tells which e-mails have accounts.
    const valid = await verifyLogin(password, user?.passwordHash ?? null);
    if (!valid || !user) {
      await auditFailure(ctx, tried, user?.id ?? null, attempt);
      throw unauthenticated('Wrong e-mail or password');
    }
    await attempt.succeeded();
    const em = ctx.em.fork();
    const sessionId = await openSession(em, user.id, ctx.config.jwtTtlSeconds);
    const viewer: UserViewer = {
      kind: 'user',
      id: user.id,
      email: user.email,
      role: user.role,
      serviceCenterId: user.serviceCenter?.id ?? null,
      communityId: user.community?.id ?? null,
      sessionId,
    };
    await writeAudit(em, viewer, { action: 'LOGIN', recordType: 'User', recordId: user.id });
    const token = signToken({ secret: ctx.config.jwtSecret, ttlSeconds: ctx.config.jwtTtlSeconds }, { userId: user.id, sessionId });
    return { token, user: toUserInfo(user) };
  }

  @Mutation(() => Boolean, {
    description:
      'End this session (退出登录): its token is refused from the next request on. false when the caller has no session (anonymous, API key)',
  })
  async logout(@Ctx() ctx: AppContext): Promise<boolean> {
    const { viewer } = ctx;
    if (viewer.kind !== 'user' || !viewer.sessionId) return false;
    const { sessionId } = viewer;
    return ctx.em.transactional((em) => endSession(em, viewer, sessionId));
  }

  @Query(() => UserInfo, { nullable: true, description: 'The logged-in user, or null (当前用户)' })
  async me(@Ctx() ctx: AppContext): Promise<UserInfo | null> {
    if (ctx.viewer.kind !== 'user') return null;
    const user = await ctx.em.findOne(User, { id: ctx.viewer.id });
    return user ? toUserInfo(user) : null;
  }
}
