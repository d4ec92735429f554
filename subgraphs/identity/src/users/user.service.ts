import {
  NotFoundError,
  SortDirection,
  isUuid,
  listPage,
  type Connection,
  type ListArgsValue,
  Role,
  UserErrorCode,
  UserErrorsException,
  requirePrincipal,
  userError,
  type RequestContext,
  type UserError,
  withUserErrors,
} from '@prometric/core';
import { User } from './user.entity';
import { Membership } from '../members/membership.entity';
import { Workspace } from '../tenants/workspace.entity';
import { Organization } from '../tenants/organization.entity';
import { hashPassword } from '../auth/password';
import { normalizeEmail, validateNewUser } from '../auth/auth.service';
import type { AddMemberInput } from './user.inputs';
import type { MemberFilter } from '../members/member.inputs';

/** Users as seen from the caller's workspace. */
export class UserService {
  async me(ctx: RequestContext): Promise<User> {
    const principal = requirePrincipal(ctx);
    const user = await this.visibleUser(ctx, principal.userId);
    if (!user) throw new NotFoundError('User not found');
    return user;
  }

  /** A user who is a member of the caller's workspace, or null: other tenants' users do not exist here. */
  visibleUser(ctx: RequestContext, id: string): Promise<User | null> {
    return this.usersLoader(ctx).load(id);
  }

  /** Role of a user in the caller's workspace. */
  async roleOf(ctx: RequestContext, userId: string): Promise<Role | null> {
    return (await this.membershipLoader(ctx).load(userId))?.role ?? null;
  }

  workspace(ctx: RequestContext): Promise<Workspace> {
    return ctx.em.findOneOrFail(Workspace, requirePrincipal(ctx).workspaceId);
  }

  organization(ctx: RequestContext): Promise<Organization> {
    return ctx.em.findOneOrFail(Organization, requirePrincipal(ctx).organizationId);
  }

  async addMember(ctx: RequestContext, input: AddMemberInput): Promise<{ user: User } | { errors: UserError[] }> {
    const principal = requirePrincipal(ctx);
    if (input.role === Role.OWNER && principal.role !== Role.OWNER) {
      return { errors: [userError(UserErrorCode.FORBIDDEN, 'Only an owner may add another owner', ['role'])] };
    }
    const email = normalizeEmail(input.email);
    return withUserErrors(async () => {
      return await ctx.em.transactional(async (em) => {
        let user = await em.findOne(User, { email });
        if (!user) {
          const errors = validateNewUser({ email, name: input.name ?? null, password: input.password ?? null });
          if (errors.length) throw new UserErrorsException(errors);
          user = em.create(User, { email, name: input.name!.trim(), passwordHash: await hashPassword(input.password!) });
        } else if (await em.count(Membership, { userId: user.id, workspaceId: principal.workspaceId })) {
          throw new UserErrorsException([userError(UserErrorCode.CONFLICT, 'Already a member of this workspace', ['email'])]);
        }
        em.create(Membership, {
          organizationId: principal.organizationId,
          workspaceId: principal.workspaceId,
          userId: user.id,
          role: input.role,
          createdBy: principal.userId,
        });
        await em.flush();
        return { user };
      });
    }, { app_user_email_unique: ['email'], membership_workspace_id_user_id_unique: ['email'] });
  }

  /** The workspace's members, a page at a time (the workspace named as RLS also enforces it). */
  members(ctx: RequestContext, args: ListArgsValue<MemberFilter>): Promise<Connection<Membership>> {
    const { workspaceId } = requirePrincipal(ctx);
    const f = args.filter;
    return listPage(ctx.em, Membership, args, {
      where: [{ workspaceId }, !!f?.roleIn?.length && { role: { $in: f.roleIn } }, f?.userId != null && { userId: isUuid(f.userId) ? f.userId : null }],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.ASC }],
    });
  }

  private membershipLoader(ctx: RequestContext) {
    const { workspaceId } = requirePrincipal(ctx);
    return ctx.loader<string, Membership | null>(`membership:${workspaceId}`, async (userIds) => {
      const rows = await ctx.em.find(Membership, { workspaceId, userId: { $in: [...userIds] } });
      const byUser = new Map(rows.map((m) => [m.userId, m]));
      return userIds.map((id) => byUser.get(id) ?? null);
    });
  }

  private usersLoader(ctx: RequestContext) {
    const { workspaceId } = requirePrincipal(ctx);
    return ctx.loader<string, User | null>(`users:${workspaceId}`, async (ids) => {
      const members = await this.membershipLoader(ctx).loadMany([...ids]);
      const memberIds = ids.filter((_, i) => members[i] && !(members[i] instanceof Error));
      const users = memberIds.length ? await ctx.em.find(User, { id: { $in: memberIds } }) : [];
      const byId = new Map(users.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}
