import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { revisionLoader, type RequestContext } from '@prometric/core';
import { Invoice } from '../invoices/invoice.entity';
import { OrderReference } from './order.reference';

/** Finance's part of an order's composite version (see the gateway's subscriptions). */
@Resolver(() => OrderReference)
export class OrderRevisionResolver {
  @FieldResolver(() => Int, {
    description: 'Grows with every change of any invoice of this order (issue, payment, credit, void): live views order their updates by it. Needs orders:read.',
  })
  invoicesRevision(@Root() order: OrderReference, @Ctx() ctx: RequestContext): Promise<number> {
    return revisionLoader(ctx, Invoice, 'orderId').load(order.id);
  }
}
