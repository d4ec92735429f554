import { OwnerAttachments, attachmentsResolverOf, createLogger, defaultAttachmentsConfig, type AttachmentsConfig } from '@prometric/core';
import { PurchaseOrder } from '../purchase-orders/purchase-order.entity';

/** Files on purchase orders (stored by operations, under `operations.attachment`). */
export function operationsAttachments(config: AttachmentsConfig = defaultAttachmentsConfig(), logger = createLogger('operations', 'silent')): OwnerAttachments {
  return new OwnerAttachments({ owner: 'operations', schema: 'operations', entityTypes: ['PurchaseOrder'], config, logger: logger.child({ component: 'attachments' }) });
}

/** `PurchaseOrder.attachments`. */
export const PurchaseOrderAttachmentsResolver = attachmentsResolverOf(() => PurchaseOrder, 'PurchaseOrder');
