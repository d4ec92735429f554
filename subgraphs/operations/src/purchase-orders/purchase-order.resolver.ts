import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money, type RequestContext, toPayload, money } from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { WarehouseService } from '../warehouses/warehouse.service';
import { Supplier } from '../suppliers/supplier.entity';
import { ProductReference, productReference } from '../products/product.reference';
import { PurchaseOrder, PurchaseOrderLine } from './purchase-order.entity';
import { PurchaseOrderService } from './purchase-order.service';
import {
  CreatePurchaseOrderInput,
  PurchaseOrderConnection,
  PurchaseOrderPayload,
  ReceivePurchaseOrderInput,
  ReceivePurchaseOrderPayload,
  PurchaseOrdersArgs } from './purchase-order.inputs';

@Resolver(() => PurchaseOrder)
export class PurchaseOrderResolver {
  constructor(
    private readonly purchaseOrderService: PurchaseOrderService,
    private readonly warehouseService: WarehouseService,
  ) {}

  @Query(() => PurchaseOrder, { nullable: true, description: 'A purchase order of the workspace.' })
  purchaseOrder(@Arg('id', () => ID, { description: 'The purchase order\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<PurchaseOrder> {
    return this.purchaseOrderService.get(ctx, id);
  }

  @Query(() => PurchaseOrderConnection, { description: 'Purchase orders of the workspace, newest first, a page at a time.' })
  purchaseOrders(@Args(() => PurchaseOrdersArgs) args: InstanceType<typeof PurchaseOrdersArgs>, @Ctx() ctx: RequestContext) {
    return this.purchaseOrderService.list(ctx, args);
  }

  @Mutation(() => PurchaseOrderPayload, { description: 'Drafts a purchase order to a supplier, numbered PO-YYYY-NNNNNN.' })
  async createPurchaseOrder(@Arg('input', () => CreatePurchaseOrderInput, { description: 'A new DRAFT purchase order.' }) input: CreatePurchaseOrderInput, @Ctx() ctx: RequestContext): Promise<PurchaseOrderPayload> {
    return toPayload(await this.purchaseOrderService.create(ctx, input));
  }

  @Mutation(() => PurchaseOrderPayload, { description: 'DRAFT → SENT. Any other status is an INVALID_TRANSITION error.' })
  async sendPurchaseOrder(@Arg('id', () => ID, { description: 'The purchase order.' }) id: string, @Ctx() ctx: RequestContext): Promise<PurchaseOrderPayload> {
    return toPayload(await this.purchaseOrderService.send(ctx, id));
  }

  @Mutation(() => PurchaseOrderPayload, { description: 'DRAFT or SENT → CANCELLED. Any other status is an INVALID_TRANSITION error.' })
  async cancelPurchaseOrder(@Arg('id', () => ID, { description: 'The purchase order.' }) id: string, @Ctx() ctx: RequestContext): Promise<PurchaseOrderPayload> {
    return toPayload(await this.purchaseOrderService.cancel(ctx, id));
  }

  @Mutation(() => ReceivePurchaseOrderPayload, {
    description:
      'Receives units of a SENT or PARTIALLY_RECEIVED purchase order into a warehouse: RECEIPT movements (reference = its number), then PARTIALLY_RECEIVED or RECEIVED. More than ordered − received refuses the whole receipt.',
  })
  async receivePurchaseOrder(@Arg('input', () => ReceivePurchaseOrderInput, { description: 'Goods of a purchase order arriving in a warehouse.' }) input: ReceivePurchaseOrderInput, @Ctx() ctx: RequestContext): Promise<ReceivePurchaseOrderPayload> {
    const result = await this.purchaseOrderService.receive(ctx, input);
    return toPayload(result, { movements: [] });
  }

  @FieldResolver(() => Supplier, { nullable: true, description: 'Who the goods are ordered from.' })
  supplier(@Root() po: PurchaseOrder, @Ctx() ctx: RequestContext): Promise<Supplier | null> {
    return this.purchaseOrderService.supplierLoader(ctx).load(po.supplier.id);
  }

  @FieldResolver(() => Warehouse, { nullable: true, description: 'Where the goods are expected, when known.' })
  async warehouse(@Root() po: PurchaseOrder, @Ctx() ctx: RequestContext): Promise<Warehouse | null> {
    return po.warehouse ? this.warehouseService.loader(ctx).load(po.warehouse.id) : null;
  }

  @FieldResolver(() => [PurchaseOrderLine], { description: 'What is ordered, in line order.' })
  lines(@Root() po: PurchaseOrder, @Ctx() ctx: RequestContext): Promise<PurchaseOrderLine[]> {
    return this.purchaseOrderService.linesOf(ctx, po.id);
  }

  @FieldResolver(() => Money, { description: 'Σ quantity × unit cost of the lines.' })
  total(@Root() po: PurchaseOrder, @Ctx() ctx: RequestContext): Promise<Money> {
    return this.purchaseOrderService.totalOf(ctx, po);
  }
}

@Resolver(() => PurchaseOrderLine)
export class PurchaseOrderLineResolver {
  constructor(private readonly purchaseOrderService: PurchaseOrderService) {}

  @FieldResolver(() => Money, { description: 'Cost of one unit, in the purchase order currency.' })
  async cost(@Root() line: PurchaseOrderLine, @Ctx() ctx: RequestContext): Promise<Money> {
    const po = await this.purchaseOrderService.get(ctx, line.purchaseOrder.id);
    return money(line.unitCost, po.currency);
  }

  @FieldResolver(() => ProductReference, { description: 'The product ordered. Needs products:read.' })
  product(@Root() line: PurchaseOrderLine): ProductReference {
    return productReference(line.productId);
  }

  @FieldResolver(() => ID, { description: "The product ordered, by id (sales' product id)." })
  productId(@Root() line: PurchaseOrderLine): string {
    return line.productId;
  }
}
