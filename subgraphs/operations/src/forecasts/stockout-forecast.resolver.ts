import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@prometric/core';
import { ProductReference } from '../products/product.reference';
import { StockoutForecast, StockoutForecastService } from './stockout-forecast';

/** Operations' forecast on sales' Product. */
@Resolver(() => ProductReference)
export class ProductStockoutResolver {
  constructor(private readonly forecasts: StockoutForecastService) {}

  @FieldResolver(() => StockoutForecast, { nullable: true, description: 'When its stock is forecast to run out, from the last eight weeks of issues. Needs stock:read.' })
  stockoutForecast(@Root() product: ProductReference, @Ctx() ctx: RequestContext): Promise<StockoutForecast> {
    return this.forecasts.of(ctx, product.id);
  }
}
