import { OwnerAttachments, attachmentsResolverOf, createLogger, defaultAttachmentsConfig, type AttachmentsConfig } from '@prometric/core';
import { Invoice } from '../invoices/invoice.entity';

/** Files on invoices (stored by finance, under `finance.attachment`). */
export function financeAttachments(config: AttachmentsConfig = defaultAttachmentsConfig(), logger = createLogger('finance', 'silent')): OwnerAttachments {
  return new OwnerAttachments({ owner: 'finance', schema: 'finance', entityTypes: ['Invoice'], config, logger: logger.child({ component: 'attachments' }) });
}

/** `Invoice.attachments`. */
export const InvoiceAttachmentsResolver = attachmentsResolverOf(() => Invoice, 'Invoice');
