import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { Warehouse } from './warehouse.entity';
import { WarehouseService } from './warehouse.service';
import { CreateWarehouseInput, WarehouseConnection, WarehousePayload, WarehousesArgs } from './warehouse.inputs';

@Resolver(() => Warehouse)
export class WarehouseResolver {
  constructor(private readonly warehouseService: WarehouseService) {}

  @Query(() => Warehouse, { nullable: true, description: 'A warehouse of the workspace.' })
  warehouse(@Arg('id', () => ID, { description: 'The warehouse\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Warehouse> {
    return this.warehouseService.get(ctx, id);
  }

  @Query(() => WarehouseConnection, { description: 'Warehouses of the workspace by code, a page at a time.' })
  warehouses(@Args(() => WarehousesArgs) args: InstanceType<typeof WarehousesArgs>, @Ctx() ctx: RequestContext) {
    return this.warehouseService.list(ctx, args);
  }

  @Mutation(() => WarehousePayload, { description: 'Adds a warehouse.' })
  async createWarehouse(@Arg('input', () => CreateWarehouseInput, { description: 'A new warehouse.' }) input: CreateWarehouseInput, @Ctx() ctx: RequestContext): Promise<WarehousePayload> {
    const result = await this.warehouseService.create(ctx, input);
    return toPayload(result);
  }
}
