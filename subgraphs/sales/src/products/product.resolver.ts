import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { Product } from './product.entity';
import { ProductService } from './product.service';
import { CreateProductInput, ProductConnection, ProductPayload, ProductsArgs, UpdateProductInput } from './product.inputs';

@Resolver(() => Product)
export class ProductResolver {
  constructor(private readonly productService: ProductService) {}

  @Query(() => Product, { nullable: true, description: 'A product of the workspace.' })
  product(@Arg('id', () => ID, { description: 'The product\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Product> {
    return this.productService.get(ctx, id);
  }

  @Query(() => ProductConnection, { description: 'Products of the workspace, a page at a time.' })
  products(@Args(() => ProductsArgs) args: InstanceType<typeof ProductsArgs>, @Ctx() ctx: RequestContext) {
    return this.productService.list(ctx, args);
  }

  @Mutation(() => ProductPayload, { description: 'Adds a product to the catalogue.' })
  createProduct(@Arg('input', () => CreateProductInput, { description: 'A new product.' }) input: CreateProductInput, @Ctx() ctx: RequestContext): Promise<ProductPayload> {
    return this.productService.create(ctx, input).then(toPayload);
  }

  @Mutation(() => ProductPayload, { description: 'Changes a product.' })
  updateProduct(@Arg('input', () => UpdateProductInput, { description: 'Changes to a product; omitted fields stay as they are.' }) input: UpdateProductInput, @Ctx() ctx: RequestContext): Promise<ProductPayload> {
    return this.productService.update(ctx, input).then(toPayload);
  }

  @Mutation(() => ProductPayload, { description: 'Removes a product from the catalogue (kept for audit; its SKU can be reused).' })
  deleteProduct(@Arg('id', () => ID, { description: 'The product\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<ProductPayload> {
    return this.productService.delete(ctx, id).then(toPayload);
  }
}

