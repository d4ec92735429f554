import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@prometric/core';
import { NodeService, MAX_NODE_IDS } from './node.service';
import { Node, type NodeRef } from './node.types';

@Resolver()
export class NodeResolver {
  constructor(private readonly service: NodeService) {}

  @Query(() => Node, {
    nullable: true,
    description:
      "Any object implementing Node, by its id (Relay's refetch). Null when no object of the caller's workspace has that id; FORBIDDEN (and null) when the caller may not read its type (the scope of that type's own by-id query).",
  })
  async node(@Arg('id', () => ID, { description: 'The id of any Node (a UUID).' }) id: string, @Ctx() ctx: RequestContext): Promise<NodeRef | null> {
    const [found] = await this.service.resolve(ctx, [id]);
    if (found instanceof Error) throw found;
    return found;
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Many objects by id, in the order asked (at most ${MAX_NODE_IDS}): each null when not found, or null with a FORBIDDEN error at its index when its type may not be read.`,
  })
  nodes(@Arg('ids', () => [ID], { description: `Ids of any Nodes (UUIDs), at most ${MAX_NODE_IDS}.` }) ids: string[], @Ctx() ctx: RequestContext): Promise<(NodeRef | Error | null)[]> {
    // An Error among the items becomes that item's error (graphql-js), the others still resolve.
    return this.service.resolve(ctx, ids);
  }
}
