import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { WarehouseService } from '../warehouses/warehouse.service';
import { ProductReference, productReference } from '../products/product.reference';
import { StockMovement } from './stock.entity';
import { StockService } from './stock.service';
import { StockLevelView, WarehouseStock } from './stock.types';
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
