import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toPayload, type RequestContext } from '@prometric/core';
import { Customer } from '../customers/customer.entity';
import { CustomerService } from '../customers/customer.service';
import { Product } from '../products/product.entity';
import { PriceList, PriceListItem } from './price-list.entity';
import { PricingService } from './pricing.service';
import { CreatePriceListInput, PriceListConnection, PriceListPayload, PriceListsArgs, QuoteInput, QuotePayload } from './pricing.inputs';

@Resolver(() => PriceList)
export class PriceListResolver {
  constructor(
    private readonly pricing: PricingService,
    private readonly customers: CustomerService,
  ) {}

  @Query(() => PriceListConnection, { description: 'Price lists of the workspace, by name.' })
  priceLists(@Args(() => PriceListsArgs) args: InstanceType<typeof PriceListsArgs>, @Ctx() ctx: RequestContext) {
    return this.pricing.list(ctx, args);
  }

  @Query(() => QuotePayload, { description: 'Prices lines for a customer exactly as createOrder and createDeal would (price lists, quantity breaks, discounts, tax per line), storing nothing.' })
  async quote(@Arg('input', () => QuoteInput, { description: 'The lines, the customer and the discounts.' }) input: QuoteInput, @Ctx() ctx: RequestContext): Promise<QuotePayload> {
    return toPayload(await this.pricing.quote(ctx, input));
  }

  @Mutation(() => PriceListPayload, { description: 'Adds a price list with its prices and quantity breaks.' })
  async createPriceList(@Arg('input', () => CreatePriceListInput, { description: 'The new list.' }) input: CreatePriceListInput, @Ctx() ctx: RequestContext): Promise<PriceListPayload> {
    return toPayload(await this.pricing.createPriceList(ctx, input));
  }

  @Mutation(() => PriceListPayload, { description: 'Removes a price list: it prices nothing from now on; orders priced with it keep their prices.' })
  async deletePriceList(@Arg('id', () => ID, { description: "The list's id." }) id: string, @Ctx() ctx: RequestContext): Promise<PriceListPayload> {
    return toPayload(await this.pricing.deletePriceList(ctx, id));
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer it is for. Needs customers:read.' })
  customer(@Root() list: PriceList, @Ctx() ctx: RequestContext): Promise<Customer> | null {
    return list.customer ? this.customers.get(ctx, list.customer.id) : null;
  }

  @FieldResolver(() => [PriceListItem], { description: 'Its prices, by product and minimum quantity.' })
  items(@Root() list: PriceList, @Ctx() ctx: RequestContext): Promise<PriceListItem[]> {
    return this.pricing.itemsOf(ctx, list);
  }
}

@Resolver(() => PriceListItem)
export class PriceListItemResolver {
  @FieldResolver(() => Product, { description: 'The product priced.' })
  product(@Root() item: PriceListItem): Product {
    return item.product;
  }
}
