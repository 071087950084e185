import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../core/context';
import type { FieldProblem } from '../../core/declare';
import { badInput, notFound } from '../../core/errors';
import { isUuid } from '../../core/crud/filter';
import { writeAudit } from '../audit';
import { Community } from '../community/community.entity';
import { ServiceCenter } from '../community/service-center.entity';
import { toUserInfo } from './auth.resolver';
import { hashPassword, verifyPassword } from './password';
import { requireRole } from './require-role';
import { endSessions, type EndReason } from './sessions';
import { User } from './user.entity';
import { UserCreateInput, UserUpdateInput } from './user-input.type';
import { UserInfo } from './user.type';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MIN_PASSWORD = 8;

/** A role's binding must match it: centre admins to a centre, staff to a community, others to neither. */
async function checkBinding(em: EntityManager, role: string, centerId: string | null, communityId: string | null): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const needCenter = role === 'CENTER_ADMIN';
  const needCommunity = role === 'COMMUNITY_STAFF';
  if (needCenter !== Boolean(centerId))
    problems.push({
      path: 'input.serviceCenterId',
      message: needCenter ? 'a CENTER_ADMIN needs a service centre' : 'only a CENTER_ADMIN has a service centre',
    });
  else if (centerId && !(isUuid(centerId) && (await em.count(ServiceCenter, { id: centerId }))))
    problems.push({ path: 'input.serviceCenterId', message: `no ServiceCenter with id ${centerId}` });
  if (needCommunity !== Boolean(communityId))
    problems.push({
      path: 'input.communityId',
      message: needCommunity ? 'a COMMUNITY_STAFF needs a community' : 'only a COMMUNITY_STAFF has a community',
    });
  else if (communityId && !(isUuid(communityId) && (await em.count(Community, { id: communityId }))))
    problems.push({ path: 'input.communityId', message: `no Community with id ${communityId}` });
  return problems;
}

const shortPassword = (path: string): FieldProblem => ({ path, message: `must be at least ${MIN_PASSWORD} characters` });
/** What the log keeps of a user: never the password or its hash. */
const auditValues = (u: User) => ({
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  serviceCenterId: u.serviceCenter?.id ?? null,
  communityId: u.community?.id ?? null,
  active: u.active,
});
const changesOf = (before: Record<string, unknown> | null, after: Record<string, unknown>) =>
  Object.keys(after)
    .filter((k) => before?.[k] !== after[k])
    .map((field) => ({ field, before: before?.[field] ?? null, after: after[field] }));

/**
 * Whether a change to a user ends their sessions: a deactivation or a new role
 * or binding (a token must not carry old rights), or a password set by ADMIN.
 */
function endReasonOf(
  before: ReturnType<typeof auditValues>,
  after: ReturnType<typeof auditValues>,
  passwordSet: boolean,
): EndReason | null {
  if (before.active && !after.active) return 'DEACTIVATED';
  if (before.role !== after.role || before.serviceCenterId !== after.serviceCenterId || before.communityId !== after.communityId)
    return 'ROLE_CHANGED';
  return passwordSet ? 'PASSWORD_RESET' : null;
}

/** The caller's own session when the user changed is the caller: a password change keeps it (the caller just proved who they are). */
const ownSession = (ctx: AppContext, userId: string) =>
  ctx.viewer.kind === 'user' && ctx.viewer.id === userId ? ctx.viewer.sessionId : undefined;

/** Users: ADMIN creates, lists, changes and deactivates them; everyone changes their own password. */
@Resolver()
export class UsersResolver {
  @Query(() => [UserInfo], { description: 'All users (用户), active or not (ADMIN)' })
  async users(@Ctx() ctx: AppContext): Promise<UserInfo[]> {
    requireRole(ctx, ['ADMIN'], 'manage users');
    return (await ctx.em.find(User, {}, { orderBy: { email: 'ASC' } })).map(toUserInfo);
  }

  @Mutation(() => UserInfo, { description: 'Create a user (新建用户, ADMIN)' })
  async createUser(
    @Arg('input', () => UserCreateInput, { description: 'The new user (新用户)' }) input: UserCreateInput,
    @Ctx() ctx: AppContext,
  ): Promise<UserInfo> {
    requireRole(ctx, ['ADMIN'], 'manage users');
    const email = input.email.trim().toLowerCase();
    return ctx.em.transactional(async (em) => {
      const problems = await checkBinding(em, input.role, input.serviceCenterId ?? null, input.communityId ?? null);
      if (!EMAIL.test(email) || email.length > 200) problems.push({ path: 'input.email', message: 'must be an e-mail address' });
      else if (await em.count(User, { email })) problems.push({ path: 'input.email', message: 'is already used by another user' });
      if (!input.displayName.trim()) problems.push({ path: 'input.displayName', message: 'is required' });
      if (input.password.length < MIN_PASSWORD) problems.push(shortPassword('input.password'));
      if (problems.length) throw badInput(problems);
      const user = em.create(User, {
        email,
        displayName: input.displayName.trim(),
        passwordHash: await hashPassword(input.password),
        role: input.role as User['role'],
        serviceCenter: input.serviceCenterId ?? null,
        community: input.communityId ?? null,
        active: true,
      } as never);
      await em.flush();
      await writeAudit(em, ctx.viewer, {
        action: 'USER_CREATED',
        recordType: 'User',
        recordId: user.id,
        changes: changesOf(null, auditValues(user)),
      });
      return toUserInfo(user);
    });
  }

  @Mutation(() => UserInfo, {
    description:
      "Change a user's name, role, binding, password or active flag (修改用户, ADMIN); a new role, binding or password, or deactivation, ends the user's sessions",
  })
  async updateUser(
    @Arg('id', () => ID, { description: 'Id of the user (用户编号)' }) id: string,
    @Arg('input', () => UserUpdateInput, { description: 'Fields to change (修改的字段)' }) input: UserUpdateInput,
    @Ctx() ctx: AppContext,
  ): Promise<UserInfo> {
    requireRole(ctx, ['ADMIN'], 'manage users');
    return ctx.em.transactional(async (em) => {
      const user = isUuid(id) ? await em.findOne(User, { id }) : null;
      if (!user) throw notFound('User', id);
      const before = auditValues(user);
      const role = input.role ?? user.role;
      const centerId = input.serviceCenterId !== undefined ? input.serviceCenterId : (user.serviceCenter?.id ?? null);
      const communityId = input.communityId !== undefined ? input.communityId : (user.community?.id ?? null);
      const problems = await checkBinding(em, role, centerId, communityId);
      if (input.password != null && input.password.length < MIN_PASSWORD) problems.push(shortPassword('input.password'));
      if (input.displayName != null && !input.displayName.trim()) problems.push({ path: 'input.displayName', message: 'is required' });
      if (problems.length) throw badInput(problems);
      em.assign(user, { role, serviceCenter: centerId, community: communityId } as never);
      if (input.displayName != null) user.displayName = input.displayName.trim();
      if (input.active != null) user.active = input.active;
      if (input.password != null) user.passwordHash = await hashPassword(input.password);
      await em.flush();
      const after = auditValues(user);
      const changes = changesOf(before, after);
      if (input.password != null) changes.push({ field: 'password', before: null, after: '(changed)' });
      await writeAudit(em, ctx.viewer, { action: 'USER_UPDATED', recordType: 'User', recordId: user.id, changes });
      // In the change's transaction: every token of the user stops with it (the in-statement check and the lookup read app_session).
      const reason = endReasonOf(before, after, input.password != null);
      if (reason) await endSessions(em, ctx.viewer, user.id, reason, reason === 'PASSWORD_RESET' ? ownSession(ctx, user.id) : undefined);
      return toUserInfo(user);
    });
  }

  @Mutation(() => UserInfo, { description: 'Deactivate a user (停用用户, ADMIN): it can no longer log in and its sessions stop at once' })
  deactivateUser(@Arg('id', () => ID, { description: 'Id of the user (用户编号)' }) id: string, @Ctx() ctx: AppContext): Promise<UserInfo> {
    return this.updateUser(id, { active: false }, ctx);
  }

  @Mutation(() => Boolean, { description: 'Change your own password (修改密码); your other sessions end, this one goes on' })
  async changePassword(
    @Arg('currentPassword', () => String, { description: 'Your password now (当前密码)' }) currentPassword: string,
    @Arg('newPassword', () => String, { description: 'The new one, at least 8 characters (新密码)' }) newPassword: string,
    @Ctx() ctx: AppContext,
  ): Promise<boolean> {
    const me = requireRole(ctx, ['ADMIN', 'CENTER_ADMIN', 'COMMUNITY_STAFF', 'AUDITOR'], 'have passwords');
    return ctx.em.transactional(async (em) => {
      const user = await em.findOne(User, { id: me.id });
      if (!user || !(await verifyPassword(currentPassword, user.passwordHash)))
        throw badInput([{ path: 'currentPassword', message: 'is not your current password' }]);
      if (newPassword.length < MIN_PASSWORD) throw badInput([shortPassword('newPassword')]);
      user.passwordHash = await hashPassword(newPassword);
      await em.flush();
      await writeAudit(em, ctx.viewer, { action: 'PASSWORD_CHANGED', recordType: 'User', recordId: user.id });
      // Every other session ends (a stolen token stops working); the one that changed the password goes on.
      await endSessions(em, ctx.viewer, user.id, 'PASSWORD_CHANGED', me.sessionId);
      return true;
    });
  }
}
