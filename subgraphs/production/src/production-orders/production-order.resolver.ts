import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { ProductReference, productReference } from '../products/product.reference';
import { OrderReference, orderReference } from '../orders/order.reference';
import { ProductionOrder, ProductionOrderComponent } from './production-order.entity';
import { ProductionOrderService } from './production-order.service';
import { CreateProductionOrderInput, ProductionOrderConnection, ProductionOrderPayload, ProductionOrdersArgs } from './production-order.inputs';

@Resolver(() => ProductionOrder)
export class ProductionOrderResolver {
  constructor(private readonly service: ProductionOrderService) {}

  @Subscription(() => ProductionOrder, {
    nullable: true,
    description: 'Fires on every change of a production order of the caller\'s workspace (or only of production order `id`): created, released, started, completed, cancelled; with the fields asked for from every subgraph.',
    subscribe: () => {
      throw new Error('Subscriptions are served by the gateway');
    },
  })
  productionOrderUpdated(@Arg('id', () => ID, { nullable: true, description: 'Only this production order.' }) _id: string | null, @Root() order: ProductionOrder): ProductionOrder {
    return order;
  }

  @Query(() => ProductionOrder, { nullable: true, description: 'A production order of the workspace.' })
  productionOrder(@Arg('id', () => ID, { description: 'The production order\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<ProductionOrder> {
    return this.service.get(ctx, id);
  }

  @Query(() => ProductionOrderConnection, { description: 'Production orders of the workspace, newest first, a page at a time.' })
  productionOrders(@Args(() => ProductionOrdersArgs) args: InstanceType<typeof ProductionOrdersArgs>, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Mutation(() => ProductionOrderPayload, {
    description: 'Plans a production order (PLANNED) with the next gapless number (MO-YYYY-NNNNNN). Idempotent with idempotencyKey: a retry returns the first order.',
  })
  async createProductionOrder(@Arg('input', () => CreateProductionOrderInput, { description: 'A new production order.' }) input: CreateProductionOrderInput, @Ctx() ctx: RequestContext): Promise<ProductionOrderPayload> {
    return toPayload(await this.service.create(ctx, input));
  }

  @Mutation(() => ProductionOrderPayload, {
    description:
      "PLANNED → RELEASED: snapshots the product's active bill of materials × quantity as the components; operations then reserves them. INVALID on productId when the product has no active bill; INVALID_TRANSITION from any other status.",
  })
  async releaseProductionOrder(@Arg('id', () => ID, { description: 'The production order.' }) id: string, @Ctx() ctx: RequestContext): Promise<ProductionOrderPayload> {
    return toPayload(await this.service.release(ctx, id));
  }

  @Mutation(() => ProductionOrderPayload, { description: 'RELEASED → IN_PROGRESS. INVALID_TRANSITION from any other status.' })
  async startProductionOrder(@Arg('id', () => ID, { description: 'The production order.' }) id: string, @Ctx() ctx: RequestContext): Promise<ProductionOrderPayload> {
    return toPayload(await this.service.start(ctx, id));
  }

  @Mutation(() => ProductionOrderPayload, {
    description:
      'IN_PROGRESS → COMPLETED; operations then consumes the components and receives the output into the warehouse. Refused with their errors while work orders or quality inspections block it; INVALID_TRANSITION from any other status (a second completion included).',
  })
  async completeProductionOrder(@Arg('id', () => ID, { description: 'The production order.' }) id: string, @Ctx() ctx: RequestContext): Promise<ProductionOrderPayload> {
    return toPayload(await this.service.complete(ctx, id));
  }

  @Mutation(() => ProductionOrderPayload, { description: 'PLANNED, RELEASED or IN_PROGRESS → CANCELLED; operations releases the reserved components. INVALID_TRANSITION once COMPLETED or CANCELLED.' })
  async cancelProductionOrder(
    @Arg('id', () => ID, { description: 'The production order.' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why it is cancelled.' }) reason: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ProductionOrderPayload> {
    return toPayload(await this.service.cancel(ctx, id, reason));
  }

  @FieldResolver(() => ProductReference, { description: 'The product made. Needs products:read for anything but its id.' })
  product(@Root() mo: ProductionOrder): ProductReference {
    return productReference(mo.productId);
  }

  @FieldResolver(() => OrderReference, { nullable: true, description: 'The sales order the units are made for; null when made to stock. Needs orders:read.' })
  order(@Root() mo: ProductionOrder): OrderReference | null {
    return mo.orderId ? orderReference(mo.orderId) : null;
  }
}

@Resolver(() => ProductionOrderComponent)
export class ProductionOrderComponentResolver {
  @FieldResolver(() => ProductReference, { description: 'The component product. Needs products:read for anything but its id.' })
  product(@Root() component: ProductionOrderComponent): ProductReference {
    return productReference(component.productId);
  }
}

/** Production's field on sales' Order. */
@Resolver(() => OrderReference)
export class OrderProductionOrdersResolver {
  constructor(private readonly service: ProductionOrderService) {}

  @FieldResolver(() => [ProductionOrder], { description: 'Production orders made for this order, in every status, oldest first. Needs production:read.' })
  productionOrders(@Root() order: OrderReference, @Ctx() ctx: RequestContext): Promise<ProductionOrder[]> {
    return this.service.ofOrder(ctx, order.id);
  }
}
