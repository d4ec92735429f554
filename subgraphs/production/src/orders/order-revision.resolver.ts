import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { revisionLoader, type RequestContext } from '@prometric/core';
import { ProductionOrder } from '../production-orders/production-order.entity';
import { OrderReference } from './order.reference';

/** Production's part of an order's composite version (see the gateway's subscriptions). */
@Resolver(() => OrderReference)
export class OrderProductionRevisionResolver {
  @FieldResolver(() => Int, {
    description: 'Grows with every change of any production order made for this order: live views order their updates by it. Needs orders:read.',
  })
  productionRevision(@Root() order: OrderReference, @Ctx() ctx: RequestContext): Promise<number> {
    return revisionLoader(ctx, ProductionOrder, 'orderId').load(order.id);
  }
}
