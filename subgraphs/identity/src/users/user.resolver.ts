import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, permissionsOf, type RequestContext, toPayload } from '@prometric/core';
import { User } from './user.entity';
import { UserService } from './user.service';
import { AddMemberInput, AddMemberPayload } from './user.inputs';
import { Workspace } from '../tenants/workspace.entity';
import { Organization } from '../tenants/organization.entity';

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly users: UserService) {}

  @Query(() => User, { description: 'The calling user, in the workspace of their token.' })
  me(@Ctx() ctx: RequestContext): Promise<User> {
    return this.users.me(ctx);
  }

  @Mutation(() => AddMemberPayload, { description: 'Adds a person to the caller\'s workspace with a role (OWNER and ADMIN only).' })
  async addMember(@Arg('input', () => AddMemberInput, { description: 'A person to add to the caller’s workspace.' }) input: AddMemberInput, @Ctx() ctx: RequestContext): Promise<AddMemberPayload> {
    const result = await this.users.addMember(ctx, input);
    return toPayload(result);
  }

  @FieldResolver(() => Role, { nullable: true, description: "The user's role in the caller's workspace." })
  role(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Role | null> {
    return this.users.roleOf(ctx, user.id);
  }

  @FieldResolver(() => [String], { description: "Permissions (resource:action) the user's role grants in the caller's workspace." })
  async permissions(@Root() user: User, @Ctx() ctx: RequestContext): Promise<string[]> {
    const role = await this.users.roleOf(ctx, user.id);
    return role ? [...permissionsOf(role)] : [];
  }

  @FieldResolver(() => Workspace, { description: "The caller's workspace." })
  workspace(@Ctx() ctx: RequestContext): Promise<Workspace> {
    return this.users.workspace(ctx);
  }

  @FieldResolver(() => Organization, { description: "The caller's organization." })
  organization(@Ctx() ctx: RequestContext): Promise<Organization> {
    return this.users.organization(ctx);
  }
}
