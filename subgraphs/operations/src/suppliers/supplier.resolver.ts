import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { Supplier } from './supplier.entity';
import { SupplierService } from './supplier.service';
import { CreateSupplierInput, SupplierConnection, SupplierPayload, SuppliersArgs, UpdateSupplierInput } from './supplier.inputs';

@Resolver(() => Supplier)
export class SupplierResolver {
  constructor(private readonly supplierService: SupplierService) {}

  @Query(() => Supplier, { nullable: true, description: 'A supplier of the workspace.' })
  supplier(@Arg('id', () => ID, { description: 'The supplier\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Supplier> {
    return this.supplierService.get(ctx, id);
  }

  @Query(() => SupplierConnection, { description: 'Suppliers of the workspace by name, a page at a time.' })
  suppliers(@Args(() => SuppliersArgs) args: InstanceType<typeof SuppliersArgs>, @Ctx() ctx: RequestContext) {
    return this.supplierService.list(ctx, args);
  }

  @Mutation(() => SupplierPayload, { description: 'Adds a supplier.' })
  async createSupplier(@Arg('input', () => CreateSupplierInput, { description: 'A new supplier.' }) input: CreateSupplierInput, @Ctx() ctx: RequestContext): Promise<SupplierPayload> {
    const result = await this.supplierService.create(ctx, input);
    return toPayload(result);
  }

  @Mutation(() => SupplierPayload, { description: "Changes a supplier's details." })
  async updateSupplier(@Arg('input', () => UpdateSupplierInput, { description: 'Changes to a supplier; omitted fields keep their value, null clears email or phone.' }) input: UpdateSupplierInput, @Ctx() ctx: RequestContext): Promise<SupplierPayload> {
    const result = await this.supplierService.update(ctx, input);
    return toPayload(result);
  }
}
