import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ConnectionArgs, readAuditTrail, type AuditTrailValue, type RequestContext, toPayload } from '@prometric/core';
import { AuditTrail } from '../users/audit.types';
import { SALES_SCHEMA } from '../entities';
import { Order, OrderLine } from './order.entity';
import { OrderService } from './order.service';
import { CreateOrderInput, OrderChange, OrderConnection, OrderPayload, OrdersArgs, OrdersChangedFilter, UpdateOrderInput } from './order.inputs';
import { UserReference, userReference } from '../users/user.reference';
import { Customer } from '../customers/customer.entity';
import { CustomerService } from '../customers/customer.service';
import { Deal } from '../deals/deal.entity';
import { DealService } from '../deals/deal.service';
import { Product } from '../products/product.entity';
import { ProductService } from '../products/product.service';

@Resolver(() => Order)
export class OrderResolver {
  constructor(
    private readonly orderService: OrderService,
    private readonly customerService: CustomerService,
    private readonly dealService: DealService,
  ) {}

  @Query(() => Order, { nullable: true, description: 'An order of the workspace.' })
  order(@Arg('id', () => ID, { description: 'The order\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Order> {
    return this.orderService.get(ctx, id);
  }

  @Query(() => OrderConnection, { description: 'Orders of the workspace, a page at a time (newest first unless orderBy says otherwise).' })
  orders(@Args(() => OrdersArgs) args: InstanceType<typeof OrdersArgs>, @Ctx() ctx: RequestContext) {
    return this.orderService.list(ctx, args);
  }

  @Mutation(() => OrderPayload, { description: 'Creates a draft order with a gapless number.' })
  createOrder(@Arg('input', () => CreateOrderInput, { description: 'A new draft order.' }) input: CreateOrderInput, @Ctx() ctx: RequestContext): Promise<OrderPayload> {
    return this.orderService.create(ctx, input).then(toPayload);
  }

  @Mutation(() => OrderPayload, { description: 'Changes the notes or custom fields of an order.' })
  updateOrder(@Arg('input', () => UpdateOrderInput, { description: 'Changes to an order that do not touch its lines or status; omitted fields stay.' }) input: UpdateOrderInput, @Ctx() ctx: RequestContext): Promise<OrderPayload> {
    return this.orderService.update(ctx, input).then(toPayload);
  }

  @Subscription(() => Order, {
    description: 'Fires on every change of an order of the caller\'s workspace (or only of order `id`), with the fields asked for from every subgraph. Served by the gateway over WebSocket (graphql-transport-ws).',
    subscribe: () => {
      throw new Error('Subscriptions are served by the gateway');
    },
  })
  orderUpdated(@Arg('id', () => ID, { nullable: true, description: 'Only this order.' }) _id: string | null, @Root() order: Order): Order {
    return order;
  }

  @Subscription(() => OrderChange, {
    nullable: true,
    description:
      "A live list of orders: fires when an order of the caller's workspace enters `filter` (created in, or moved into, one of its statuses), changes within it, or leaves it, with the order's fields asked for from every subgraph. A dashboard keeps its list without re-querying.",
    subscribe: () => {
      throw new Error('Subscriptions are served by the gateway');
    },
  })
  ordersChanged(@Arg('filter', () => OrdersChangedFilter, { nullable: true, description: 'Which orders the list shows (absent: all).' }) _filter: OrdersChangedFilter | null, @Root() change: OrderChange): OrderChange {
    return change;
  }

  @FieldResolver(() => UserReference, { nullable: true, description: 'Who created the order (resolved by identity).' })
  createdBy(@Root() order: Order): UserReference | null {
    return userReference(order.createdBy);
  }

  @Mutation(() => OrderPayload, { description: 'Confirms a draft order.' })
  confirmOrder(@Arg('id', () => ID, { description: 'The order\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<OrderPayload> {
    return this.orderService.confirm(ctx, id).then(toPayload);
  }

  @Mutation(() => OrderPayload, { description: 'Marks a confirmed order as waiting for production (CONFIRMED → IN_PRODUCTION); the order-to-cash saga calls it when stock is short.' })
  startOrderProduction(@Arg('id', () => ID, { description: 'The order\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<OrderPayload> {
    return this.orderService.startProduction(ctx, id).then(toPayload);
  }

  @Mutation(() => OrderPayload, { description: 'Marks an order ready to ship (CONFIRMED or IN_PRODUCTION → READY): every line is reserved. The order-to-cash saga calls it.' })
  markOrderReady(@Arg('id', () => ID, { description: 'The order\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<OrderPayload> {
    return this.orderService.markReady(ctx, id).then(toPayload);
  }

  @Mutation(() => OrderPayload, { description: 'Cancels an order that has not shipped yet. The order-to-cash saga then undoes what it did: production orders cancelled, reservations released, the invoice voided (or credited when it was paid).' })
  cancelOrder(
    @Arg('id', () => ID, { description: 'The order\'s id.' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why; kept on the object.' }) reason: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<OrderPayload> {
    return this.orderService.cancel(ctx, id, reason).then(toPayload);
  }

  // Nullable on purpose: a caller without customers:read gets the order with a null customer.
  @FieldResolver(() => Customer, { nullable: true, description: 'Who bought. Needs customers:read.' })
  customer(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<Customer> {
    return this.customerService.get(ctx, order.customer.id);
  }

  @FieldResolver(() => Deal, { nullable: true, description: 'The deal this order was won from, if any. Needs deals:read.' })
  async deal(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<Deal | null> {
    return order.deal ? this.dealService.loader(ctx).load(order.deal.id) : null;
  }

  @FieldResolver(() => AuditTrail, {
    nullable: true,
    description: 'Every recorded change of the order, newest first: who (user and role), when, in which request, and each field old → new. Needs audit:read.',
  })
  history(@Root() order: Order, @Args() args: ConnectionArgs, @Ctx() ctx: RequestContext): Promise<AuditTrailValue<UserReference>> {
    return readAuditTrail(ctx.em, SALES_SCHEMA, 'Order', order.id, args, userReference);
  }

  @FieldResolver(() => [OrderLine], { description: 'What was ordered.' })
  lines(@Root() order: Order, @Ctx() ctx: RequestContext): Promise<OrderLine[]> {
    return this.orderService.linesLoader(ctx).load(order.id);
  }
}

@Resolver(() => OrderLine)
export class OrderLineResolver {
  constructor(private readonly productService: ProductService) {}

  @FieldResolver(() => Product, { nullable: true, description: 'The product ordered. Needs products:read.' })
  product(@Root() line: OrderLine, @Ctx() ctx: RequestContext): Promise<Product> {
    return this.productService.get(ctx, line.product.id);
  }
}
