import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@prometric/core';
import { ProductReference, productReference } from '../products/product.reference';
import { BillOfMaterials, BomLine } from './bill-of-materials.entity';
import { BillOfMaterialsService } from './bill-of-materials.service';
import { BillOfMaterialsPayload, CreateBillOfMaterialsInput } from './bill-of-materials.inputs';
import { toPayload } from '@prometric/core';

@Resolver(() => BillOfMaterials)
export class BillOfMaterialsResolver {
  constructor(private readonly bills: BillOfMaterialsService) {}

  @Query(() => BillOfMaterials, { nullable: true, description: 'A bill of materials (any version) of the workspace.' })
  billOfMaterials(@Arg('id', () => ID, { description: 'The bill of materials\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<BillOfMaterials> {
    return this.bills.get(ctx, id);
  }

  @Mutation(() => BillOfMaterialsPayload, {
    description:
      "Adds the next version of a product's bill of materials, as DRAFT or, with activate, as the active bill (archiving the current one). Refused (INVALID) when a component is the product itself, is repeated, has a quantity below one, or would make the product contain itself through the components' own active bills.",
  })
  async createBillOfMaterials(@Arg('input', () => CreateBillOfMaterialsInput, { description: 'A new version of what a product is made of.' }) input: CreateBillOfMaterialsInput, @Ctx() ctx: RequestContext): Promise<BillOfMaterialsPayload> {
    const result = await this.bills.create(ctx, input);
    return toPayload(result);
  }

  @Mutation(() => BillOfMaterialsPayload, {
    description: "Makes a bill the product's active one, archiving the previous active bill. Refused (INVALID) when it would make the product contain itself. Activating the active bill changes nothing.",
  })
  async activateBillOfMaterials(@Arg('id', () => ID, { description: 'The bill of materials.' }) id: string, @Ctx() ctx: RequestContext): Promise<BillOfMaterialsPayload> {
    const result = await this.bills.activate(ctx, id);
    return toPayload(result);
  }

  @FieldResolver(() => ProductReference, { description: 'The product made. Needs products:read for anything but its id.' })
  product(@Root() bill: BillOfMaterials): ProductReference {
    return productReference(bill.productId);
  }

  @FieldResolver(() => [BomLine], { description: 'What one unit is made of, in the order given.' })
  components(@Root() bill: BillOfMaterials, @Ctx() ctx: RequestContext): Promise<BomLine[]> {
    return this.bills.linesOf(ctx, bill.id);
  }
}

@Resolver(() => BomLine)
export class BomLineResolver {
  @FieldResolver(() => ProductReference, { description: 'The component product. Needs products:read for anything but its id.' })
  product(@Root() line: BomLine): ProductReference {
    return productReference(line.productId);
  }
}

/** Production's field on sales' Product. */
@Resolver(() => ProductReference)
export class ProductBillOfMaterialsResolver {
  constructor(private readonly bills: BillOfMaterialsService) {}

  @FieldResolver(() => BillOfMaterials, { nullable: true, description: 'The active bill of materials; null when the product has none. Needs production:read.' })
  billOfMaterials(@Root() product: ProductReference, @Ctx() ctx: RequestContext): Promise<BillOfMaterials | null> {
    return this.bills.activeOf(ctx, product.id);
  }
}
