import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@prometric/core';
import { User } from '../users/user.entity';
import { UserService } from '../users/user.service';
import { Membership } from './membership.entity';
import { MemberConnection, MembersArgs } from './member.inputs';

@Resolver(() => Membership)
export class MemberResolver {
  constructor(private readonly users: UserService) {}

  @Query(() => MemberConnection, { description: 'Members of the workspace, oldest first, a page at a time.' })
  members(@Args(() => MembersArgs) args: InstanceType<typeof MembersArgs>, @Ctx() ctx: RequestContext) {
    return this.users.members(ctx, args);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The person.' })
  user(@Root() member: Membership, @Ctx() ctx: RequestContext): Promise<User | null> {
    return this.users.visibleUser(ctx, member.userId);
  }
}
