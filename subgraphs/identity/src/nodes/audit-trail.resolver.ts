import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { AuditEntityType, ConnectionArgs, NODE_TYPES, auditTypes, readAuditTrail, type AuditTrailValue, type NodeTypeName, type RequestContext } from '@prometric/core';
import { User } from '../users/user.entity';
import { UserService } from '../users/user.service';

/** Identity's `AuditEntry` and `AuditTrail` (shareable with the owners'), whose actor is the user itself. */
const { AuditTrail } = auditTypes(User);

/**
 * `auditTrail(entityType:, entityId:)`: a root field lives in one subgraph, so identity serves it
 * as it serves `node`, by asking the owner of the type (`NODE_TYPES`) through the owner's published
 * `audit_entries`, under the caller's row-level security.
 */
@Resolver()
export class AuditTrailResolver {
  constructor(private readonly users: UserService) {}

  @Query(() => AuditTrail, {
    nullable: true,
    description:
      'Every recorded change of one object, newest first: who (user and role), when, in which request, and each field old → new (a secret field such as salary only as changed). Empty for an id the workspace does not have. Needs audit:read.',
  })
  auditTrail(
    @Arg('entityType', () => AuditEntityType, { description: 'The type of the object.' }) entityType: NodeTypeName,
    @Arg('entityId', () => ID, { description: 'The id of the object.' }) entityId: string,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditTrailValue<User>> {
    return readAuditTrail(ctx.em, NODE_TYPES[entityType].owner, entityType, entityId.toLowerCase(), args, (id) => this.users.visibleUser(ctx, id));
  }
}
