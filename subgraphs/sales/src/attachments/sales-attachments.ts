import { OwnerAttachments, attachmentsResolverOf, createLogger, defaultAttachmentsConfig, type AttachmentsConfig } from '@prometric/core';
import { Order } from '../orders/order.entity';
import { Product } from '../products/product.entity';

/** Files on orders and products (stored by sales, under `sales.attachment`). */
export function salesAttachments(config: AttachmentsConfig = defaultAttachmentsConfig(), logger = createLogger('sales', 'silent')): OwnerAttachments {
  return new OwnerAttachments({ owner: 'sales', schema: 'sales', entityTypes: ['Order', 'Product'], config, logger: logger.child({ component: 'attachments' }) });
}

/** `Order.attachments`. */
export const OrderAttachmentsResolver = attachmentsResolverOf(() => Order, 'Order');
/** `Product.attachments`. */
export const ProductAttachmentsResolver = attachmentsResolverOf(() => Product, 'Product');
