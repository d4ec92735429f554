import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { WarehouseService } from '../warehouses/warehouse.service';
import { Supplier } from '../suppliers/supplier.entity';
import { SupplierService } from '../suppliers/supplier.service';
import { ProductReference, productReference } from '../products/product.reference';
import { ReorderRule } from './reorder-rule.entity';
import { ReorderRuleService } from './reorder-rule.service';
import { ReorderRuleConnection, ReorderRulePayload, ReorderRulesArgs, RunReorderCheckPayload, SetReorderRuleInput } from './reorder-rule.inputs';

@Resolver(() => ReorderRule)
export class ReorderRuleResolver {
  constructor(
    private readonly reorderRuleService: ReorderRuleService,
    private readonly warehouseService: WarehouseService,
    private readonly supplierService: SupplierService,
  ) {}

  @Query(() => ReorderRuleConnection, { description: 'Reorder rules of the workspace, a page at a time.' })
  reorderRules(@Args(() => ReorderRulesArgs) args: InstanceType<typeof ReorderRulesArgs>, @Ctx() ctx: RequestContext) {
    return this.reorderRuleService.list(ctx, args);
  }

  @Mutation(() => ReorderRulePayload, { description: 'Sets (creates or replaces) the reorder rule of a product in a warehouse.' })
  async setReorderRule(@Arg('input', () => SetReorderRuleInput, { description: 'The reorder rule of a product in a warehouse (replaces the existing one).' }) input: SetReorderRuleInput, @Ctx() ctx: RequestContext): Promise<ReorderRulePayload> {
    const result = await this.reorderRuleService.set(ctx, input);
    return toPayload(result);
  }

  @Mutation(() => RunReorderCheckPayload, {
    description:
      'Drafts purchase orders for every product whose available stock is below its rule min and not covered by open purchase orders: up to max in multiples, one DRAFT purchase order per supplier × warehouse. Running it again drafts nothing new.',
  })
  async runReorderCheck(
    @Arg('warehouseId', () => ID, { nullable: true, description: 'Check the rules of this warehouse only; omitted: all warehouses.' }) warehouseId: string | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<RunReorderCheckPayload> {
    const result = await this.reorderRuleService.check(ctx, warehouseId);
    return toPayload(result, { purchaseOrders: [] });
  }

  @FieldResolver(() => ProductReference, { description: 'The product. Needs products:read.' })
  product(@Root() rule: ReorderRule): ProductReference {
    return productReference(rule.productId);
  }

  @FieldResolver(() => Warehouse, { nullable: true, description: 'The warehouse.' })
  warehouse(@Root() rule: ReorderRule, @Ctx() ctx: RequestContext): Promise<Warehouse | null> {
    return this.warehouseService.loader(ctx).load(rule.warehouse.id);
  }

  @FieldResolver(() => Supplier, { nullable: true, description: 'Who to order from.' })
  supplier(@Root() rule: ReorderRule, @Ctx() ctx: RequestContext): Promise<Supplier | null> {
    return this.supplierService.loader(ctx).load(rule.supplier.id);
  }

  @FieldResolver(() => ID, { description: "The product, by id (sales' product id)." })
  productId(@Root() rule: ReorderRule): string {
    return rule.productId;
  }
}
