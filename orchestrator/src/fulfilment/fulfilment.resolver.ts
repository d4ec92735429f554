import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@prometric/core';
import { FulfilmentService } from './fulfilment.service';
import { Fulfilment, OrderReference } from './fulfilment.types';

/** The orchestrator's field on sales' Order. */
@Resolver(() => OrderReference)
export class OrderFulfilmentResolver {
  constructor(private readonly fulfilments: FulfilmentService) {}

  @FieldResolver(() => Fulfilment, {
    nullable: true,
    description: "What the order-to-cash saga did for this order and what it waits for: state, shortages, what blocks it and each step. NOT_STARTED for a draft. Needs orders:read.",
  })
  fulfilment(@Root() order: OrderReference, @Ctx() ctx: RequestContext): Promise<Fulfilment> {
    return this.fulfilments.ofOrder(ctx, order.id);
  }
}
