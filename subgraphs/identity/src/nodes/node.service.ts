import { BadUserInputError, ForbiddenError, NODE_OWNERS, acrossOwners, NODE_TYPES, can, isUuid, type NodeTypeName, type RequestContext } from '@prometric/core';
import type { NodeRef } from './node.types';

/** Most ids one `nodes` call resolves (like a page). */
export const MAX_NODE_IDS = 100;

/**
 * Global object identification over UUIDs: which type an id names is asked of its owners (each
 * subgraph's published `node_types` lookup, all in one statement) under the caller's workspace (row
 * level security), then checked against the scope of that type's own by-id query.
 */
export class NodeService {
  /** The type each id names in the caller's workspace, or null (unknown, another workspace's, deleted, malformed). */
  private typesOf(ctx: RequestContext, ids: readonly string[]): Promise<(NodeTypeName | null)[]> {
    return ctx.loader<string, NodeTypeName | null>('Node:type', async (batch) => {
      const valid = [...new Set(batch.filter(isUuid))];
      if (!valid.length) return batch.map(() => null);
      const { sql, params } = acrossOwners(NODE_OWNERS, 'node_types', '?::uuid[]', [`{${valid.join(',')}}`], '"id"::text as "id", "type"');
      const rows: { id: string; type: NodeTypeName }[] = await ctx.em.execute(sql, params);
      const byId = new Map(rows.map((r) => [r.id, r.type]));
      return batch.map((id) => byId.get(id.toLowerCase()) ?? null);
    }).loadMany(ids) as Promise<(NodeTypeName | null)[]>;
  }

  /** What `node(id)` returns for each id: a reference, null when not found, or FORBIDDEN when the caller may not read that type. */
  async resolve(ctx: RequestContext, ids: readonly string[]): Promise<(NodeRef | ForbiddenError | null)[]> {
    if (ids.length > MAX_NODE_IDS) throw new BadUserInputError(`nodes takes at most ${MAX_NODE_IDS} ids`, { argumentName: 'ids' });
    const types = await this.typesOf(ctx, ids);
    return ids.map((id, i) => {
      const type = types[i];
      if (!type) return null;
      const { read } = NODE_TYPES[type];
      if (!can(ctx.principal, read)) return new ForbiddenError(`Reading a ${type} needs scope ${read}`);
      return { __typename: type, id: id.toLowerCase() };
    });
  }
}
