import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { Deal, DealLine } from './deal.entity';
import { DealService } from './deal.service';
import { DealStage } from './deal-stage';
import { CreateDealInput, DealConnection, DealPayload, DealsArgs } from './deal.inputs';
import { Customer } from '../customers/customer.entity';
import { CustomerService } from '../customers/customer.service';
import { Order } from '../orders/order.entity';
import { OrderService } from '../orders/order.service';
import { Product } from '../products/product.entity';
import { ProductService } from '../products/product.service';

@Resolver(() => Deal)
export class DealResolver {
  constructor(
    private readonly dealService: DealService,
    private readonly customerService: CustomerService,
    private readonly orderService: OrderService,
  ) {}

  @Query(() => Deal, { nullable: true, description: 'A deal of the workspace.' })
  deal(@Arg('id', () => ID, { description: 'The deal\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Deal> {
    return this.dealService.get(ctx, id);
  }

  @Query(() => DealConnection, { description: 'Deals of the workspace, newest first.' })
  deals(@Args(() => DealsArgs) args: InstanceType<typeof DealsArgs>, @Ctx() ctx: RequestContext) {
    return this.dealService.list(ctx, args);
  }

  @Mutation(() => DealPayload, { description: 'Opens a deal as a LEAD.' })
  createDeal(@Arg('input', () => CreateDealInput, { description: 'A new deal, starting as a LEAD.' }) input: CreateDealInput, @Ctx() ctx: RequestContext): Promise<DealPayload> {
    return this.dealService.create(ctx, input).then(toPayload);
  }

  @Mutation(() => DealPayload, { description: 'Moves a deal to another pipeline stage (one step, or to WON/LOST).' })
  moveDealStage(
    @Arg('id', () => ID, { description: 'The deal\'s id.' }) id: string,
    @Arg('stage', () => DealStage, { description: 'The stage the deal moves to.' }) stage: DealStage,
    @Ctx() ctx: RequestContext,
  ): Promise<DealPayload> {
    return this.dealService.move(ctx, id, stage).then(toPayload);
  }

  @Mutation(() => DealPayload, { description: 'Wins a deal: it becomes WON and its confirmed order is created, which starts order-to-cash.' })
  winDeal(@Arg('id', () => ID, { description: 'The deal\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<DealPayload> {
    return this.dealService.win(ctx, id).then(toPayload);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'Who the deal is with. Needs customers:read.' })
  customer(@Root() deal: Deal, @Ctx() ctx: RequestContext): Promise<Customer> {
    return this.customerService.get(ctx, deal.customer.id);
  }

  @FieldResolver(() => [DealLine], { description: 'Products and quantities.' })
  lines(@Root() deal: Deal, @Ctx() ctx: RequestContext): Promise<DealLine[]> {
    return this.dealService.linesLoader(ctx).load(deal.id);
  }

  @FieldResolver(() => Order, { nullable: true, description: 'The order created when the deal was won. Needs orders:read.' })
  order(@Root() deal: Deal, @Ctx() ctx: RequestContext): Promise<Order | null> {
    return this.orderService.byDealLoader(ctx).load(deal.id);
  }
}

@Resolver(() => DealLine)
export class DealLineResolver {
  constructor(private readonly productService: ProductService) {}

  @FieldResolver(() => Product, { nullable: true, description: 'The product. Needs products:read.' })
  product(@Root() line: DealLine, @Ctx() ctx: RequestContext): Promise<Product> {
    return this.productService.get(ctx, line.product.id);
  }
}
