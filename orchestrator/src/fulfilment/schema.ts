import { hasPermission, instanceContainer, type PermissionMap, type SubgraphSchemaOptions } from '@prometric/core';
import { OrderFulfilmentResolver } from './fulfilment.resolver';
import { FulfilmentService } from './fulfilment.service';
import { OrderReference, orderReference } from './fulfilment.types';

/** Every field of the orchestrator subgraph and its rule; anything missing is denied. */
export const orchestratorPermissions: PermissionMap = {
  types: {
    Order: { fulfilment: hasPermission('orders:read') },
    FulfilmentShortage: { product: hasPermission('products:read') },
  },
};

/**
 * The orchestrator's subgraph: `Order.fulfilment`, read from the saga rows it owns. It adds no root
 * field; the order itself (and whether the caller may see it) is sales'.
 */
export function orchestratorSchema(): SubgraphSchemaOptions {
  return {
    resolvers: [OrderFulfilmentResolver],
    // Nothing of this subgraph's own reaches Order: it only extends it.
    orphanedTypes: [OrderReference],
    container: instanceContainer([new OrderFulfilmentResolver(new FulfilmentService())]),
    permissions: orchestratorPermissions,
    references: {
      // Sales decides whether the order exists and is the caller's; a saga of another workspace is invisible here anyway.
      Order: (ref) => orderReference(ref.id),
    },
  };
}
