import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, type RequestContext, toPayload } from '@prometric/core';
import { Warehouse } from './warehouse.entity';
import { WarehouseService } from './warehouse.service';
import { CreateWarehouseInput, WarehouseConnection, WarehouseFilter, WarehousePayload } from './warehouse.inputs';

@ArgsType()
class WarehousesArgs extends ConnectionArgs {
  @Field(() => WarehouseFilter, { nullable: true, description: 'Narrows the list.' })
  filter?: WarehouseFilter | null;
}

@Resolver(() => Warehouse)
export class WarehouseResolver {
  constructor(private readonly warehouseService: WarehouseService) {}

  @Query(() => Warehouse, { nullable: true, description: 'A warehouse of the workspace.' })
  warehouse(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Warehouse> {
    return this.warehouseService.get(ctx, id);
  }

  @Query(() => WarehouseConnection, { description: 'Warehouses of the workspace by code, a page at a time.' })
  warehouses(@Args(() => WarehousesArgs) args: WarehousesArgs, @Ctx() ctx: RequestContext) {
    return this.warehouseService.list(ctx, args, args.filter);
  }

  @Mutation(() => WarehousePayload, { description: 'Adds a warehouse.' })
  async createWarehouse(@Arg('input', () => CreateWarehouseInput) input: CreateWarehouseInput, @Ctx() ctx: RequestContext): Promise<WarehousePayload> {
    const result = await this.warehouseService.create(ctx, input);
    return toPayload(result);
  }
}
