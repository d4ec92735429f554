import { instanceContainer, type HostedModelClient, type OwnerAttachments, type RequestContext, type SubgraphSchemaOptions } from '@prometric/core';
import { ProductResolver } from './products/product.resolver';
import { ProductService } from './products/product.service';
import { CustomerResolver } from './customers/customer.resolver';
import { CustomerService } from './customers/customer.service';
import { DealLineResolver, DealResolver } from './deals/deal.resolver';
import { DealService } from './deals/deal.service';
import { OrderLineResolver, OrderResolver } from './orders/order.resolver';
import { OrderService } from './orders/order.service';
import { CustomFieldResolver } from './custom-fields/custom-field.resolver';
import { CustomFieldService } from './custom-fields/custom-field.service';
import { salesPermissions } from './permissions';
import { OrderAttachmentsResolver, ProductAttachmentsResolver, salesAttachments } from './attachments/sales-attachments';
import { WinModelService } from './predictions/win-model.service';
import { PricingService } from './pricing/pricing.service';
import { PriceListItemResolver, PriceListResolver } from './pricing/pricing.resolver';
import { DealWinProbabilityResolver } from './predictions/win-probability.resolver';

export interface SalesServices {
  products: ProductService;
  customers: CustomerService;
  deals: DealService;
  orders: OrderService;
  customFields: CustomFieldService;
  winModel: WinModelService;
  pricing: PricingService;
  attachments: OwnerAttachments;
}

/** The services; `winModel` answers from a hosted model when one is given, else from each workspace's own. */
export function createSalesServices(hostedWinModel: HostedModelClient | null = null, attachments: OwnerAttachments = salesAttachments()): SalesServices {
  const customFields = new CustomFieldService();
  const orders = new OrderService(customFields);
  return {
    products: new ProductService(customFields),
    customers: new CustomerService(customFields),
    orders,
    deals: new DealService(orders, customFields),
    customFields,
    winModel: new WinModelService(hostedWinModel),
    pricing: new PricingService(),
    attachments,
  };
}

/** The sales subgraph's resolvers, entity references and rules. */
export function salesSchema(s: SalesServices = createSalesServices()): SubgraphSchemaOptions {
  return {
    resolvers: [ProductResolver, CustomerResolver, DealResolver, DealLineResolver, OrderResolver, OrderLineResolver, CustomFieldResolver, DealWinProbabilityResolver, PriceListResolver, PriceListItemResolver, OrderAttachmentsResolver, ProductAttachmentsResolver],
    container: instanceContainer([
      new ProductResolver(s.products),
      new CustomerResolver(s.customers),
      new DealResolver(s.deals, s.customers, s.orders),
      new DealLineResolver(s.products),
      new OrderResolver(s.orders, s.customers, s.deals),
      new OrderLineResolver(s.products),
      new CustomFieldResolver(s.customFields),
      new DealWinProbabilityResolver(s.winModel),
      new PriceListResolver(s.pricing, s.customers),
      new PriceListItemResolver(),
      new OrderAttachmentsResolver(s.attachments),
      new ProductAttachmentsResolver(s.attachments),
    ]),
    permissions: salesPermissions,
    references: {
      Product: (ref, ctx: RequestContext) => s.products.loader(ctx).load(ref.id),
      Customer: (ref, ctx: RequestContext) => s.customers.loader(ctx).load(ref.id),
      Order: (ref, ctx: RequestContext) => s.orders.loader(ctx).load(ref.id),
      Deal: (ref, ctx: RequestContext) => s.deals.loader(ctx).load(ref.id),
    },
  };
}
