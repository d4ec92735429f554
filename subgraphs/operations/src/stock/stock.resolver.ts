import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { DateScalar, DateTimeScalar, type RequestContext } from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { WarehouseService } from '../warehouses/warehouse.service';
import { ProductReference, productReference } from '../products/product.reference';
import { StockMovement } from './stock.entity';
import { StockService } from './stock.service';
import { StockAsOf, StockLevelView, StockValuation, WarehouseStock } from './stock.types';
import { AdjustStockInput, ReceiveStockInput, StockMovementConnection, StockMovementPayload, StockMovementsArgs } from './stock.inputs';
import { toPayload } from '@prometric/core';

@Resolver(() => StockMovement)
export class StockMovementResolver {
  constructor(
    private readonly stockService: StockService,
    private readonly warehouseService: WarehouseService,
  ) {}

  @Query(() => StockMovementConnection, { description: 'The stock ledger: every movement of the workspace, a page at a time (newest first unless orderBy says otherwise).' })
  stockMovements(@Args(() => StockMovementsArgs) args: InstanceType<typeof StockMovementsArgs>, @Ctx() ctx: RequestContext) {
    return this.stockService.movements(ctx, args);
  }

  @Query(() => WarehouseStock, { nullable: true, description: 'The stock of a product in one warehouse (zeros when it never held any); NOT_FOUND for an unknown warehouse.' })
  stockLevel(
    @Arg('productId', () => ID, { description: "The product (sales' id)." }) productId: string,
    @Arg('warehouseId', () => ID, { description: 'The warehouse.' }) warehouseId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WarehouseStock> {
    return this.stockService.levelOf(ctx, productId, warehouseId);
  }

  @Query(() => StockAsOf, { nullable: true, description: "A product's units on hand at the end of a past day (UTC), per warehouse, replayed from the append-only ledger." })
  stockAsOf(
    @Arg('productId', () => ID, { description: "The product (sales' id)." }) productId: string,
    @Arg('asOf', () => DateScalar, { description: 'The date (UTC), counted to the end of that day.' }) asOf: string,
    @Ctx() ctx: RequestContext,
  ): Promise<StockAsOf> {
    return this.stockService.asOf(ctx, productId, asOf);
  }

  @Query(() => StockValuation, {
    nullable: true,
    description:
      'The value of the stock at an instant: per product and warehouse, units on hand (from the ledger) × weighted average unit cost, with totals, in the workspace currency. Two statements whatever the data size.',
  })
  stockValuation(
    @Arg('asOf', () => DateTimeScalar, { description: 'The instant (ISO 8601; UTC unless an offset is given): movements at or before it count.' }) asOf: Date,
    @Arg('warehouseId', () => ID, { nullable: true, description: 'Only this warehouse (default: every warehouse); NOT_FOUND for an unknown one.' }) warehouseId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<StockValuation> {
    return this.stockService.valuation(ctx, asOf, warehouseId);
  }

  @Subscription(() => WarehouseStock, {
    nullable: true,
    description: 'Fires when the stock of a product in a warehouse changes (a receipt, an adjustment, a reservation made or released, an issue), for every level of the workspace or only those of `productId` and/or `warehouseId`; delivers the level after the change with the fields asked for.',
    subscribe: () => {
      throw new Error('Subscriptions are served by the gateway');
    },
  })
  stockLevelChanged(
    @Arg('productId', () => ID, { nullable: true, description: 'Only levels of this product.' }) _productId: string | null,
    @Arg('warehouseId', () => ID, { nullable: true, description: 'Only levels in this warehouse.' }) _warehouseId: string | null,
    @Root() level: WarehouseStock,
  ): WarehouseStock {
    return level;
  }

  @Mutation(() => StockMovementPayload, { description: 'Records goods received into a warehouse: a RECEIPT movement, and the stock level rises with it.' })
  receiveStock(@Arg('input', () => ReceiveStockInput, { description: 'Goods received into a warehouse.' }) input: ReceiveStockInput, @Ctx() ctx: RequestContext): Promise<StockMovementPayload> {
    return this.stockService.receive(ctx, input).then(toPayload);
  }

  @Mutation(() => StockMovementPayload, { description: 'Corrects the stock of a product in a warehouse: an ADJUSTMENT movement. Refused when stock would go below zero or below what is reserved.' })
  adjustStock(@Arg('input', () => AdjustStockInput, { description: 'A correction of the stock of a product in a warehouse (after a count, damage, loss).' }) input: AdjustStockInput, @Ctx() ctx: RequestContext): Promise<StockMovementPayload> {
    return this.stockService.adjust(ctx, input).then(toPayload);
  }

  @FieldResolver(() => ProductReference, { description: 'The product that moved. Needs products:read for anything but its id.' })
  product(@Root() movement: StockMovement): ProductReference {
    return productReference(movement.productId);
  }

  @FieldResolver(() => Warehouse, { description: 'The warehouse it moved into or out of.' })
  async warehouse(@Root() movement: StockMovement, @Ctx() ctx: RequestContext): Promise<Warehouse> {
    return this.warehouseService.get(ctx, movement.warehouse.id);
  }
}

/** Operations' fields on sales' Product. */
@Resolver(() => ProductReference)
export class ProductStockResolver {
  constructor(private readonly stockService: StockService) {}

  @FieldResolver(() => StockLevelView, { description: 'Stock summed over all warehouses (zeros when there is none). Needs stock:read.' })
  stock(@Root() product: ProductReference, @Ctx() ctx: RequestContext): Promise<StockLevelView> {
    return this.stockService.totalOf(ctx, product.id);
  }

  @FieldResolver(() => [WarehouseStock], { description: 'Stock in each warehouse that holds or held the product, by warehouse code. Needs stock:read.' })
  stockByWarehouse(@Root() product: ProductReference, @Ctx() ctx: RequestContext): Promise<WarehouseStock[]> {
    return this.stockService.byWarehouseOf(ctx, product.id);
  }
}
