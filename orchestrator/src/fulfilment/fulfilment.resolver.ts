import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isUuid, type RequestContext } from '@prometric/core';
import { loadSagas } from '../saga/saga-store';
import { fulfilmentOf } from './fulfilment';
import { Fulfilment, OrderReference } from './fulfilment.types';

/** The orchestrator's field on sales' Order. */
@Resolver(() => OrderReference)
export class OrderFulfilmentResolver {
  @FieldResolver(() => Fulfilment, {
    nullable: true,
    description: "What the order-to-cash saga did for this order and what it waits for: state, shortages, what blocks it and each step. NOT_STARTED for a draft. Needs orders:read.",
  })
  fulfilment(@Root() order: OrderReference, @Ctx() ctx: RequestContext): Promise<Fulfilment> {
    // The sagas of a page of orders in one statement, under the request's workspace (row-level security).
    const loader = ctx.loader<string, Fulfilment>('OrderSaga:byOrder', async (ids) => {
      const rows = await loadSagas(ctx.em, ids.filter(isUuid));
      const byOrder = new Map(rows.map((row) => [row.orderId, row]));
      return ids.map((id) => fulfilmentOf(byOrder.get(id) ?? null));
    });
    return loader.load(order.id);
  }
}
