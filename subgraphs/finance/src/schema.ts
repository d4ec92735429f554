import type { OwnerAttachments, SubgraphSchemaOptions } from '@prometric/core';
import { FieldCipher, byIdLoader, instanceContainer, type RequestContext, referenceLinkResolver } from '@prometric/core';
import { CustomerInvoicesResolver, InvoiceResolver, OrderInvoicesResolver } from './invoices/invoice.resolver';
import { InvoiceService } from './invoices/invoice.service';
import { InvoiceAttachmentsResolver, financeAttachments } from './attachments/finance-attachments';
import { PaymentResolver } from './payments/payment.resolver';
import { PaymentService } from './payments/payment.service';
import { PaymentProviderResolver } from './payments/providers/payment-provider.resolver';
import { PaymentProviderService } from './payments/providers/payment-provider.service';
import { CreditNoteResolver, InvoiceCreditNotesResolver } from './credit-notes/credit-note.resolver';
import { CreditNoteService } from './credit-notes/credit-note.service';
import { ExpenseResolver } from './expenses/expense.resolver';
import { ExpenseService } from './expenses/expense.service';
import { orderReference } from './orders/order.reference';
import { OrderRevisionResolver } from './orders/order-revision.resolver';
import { customerReference } from './customers/customer.reference';
import { financePermissions } from './permissions';
import { productReference } from './products/product.reference';
import { InvoiceLine } from './invoices/invoice.entity';
import { WebhookResolver } from './webhooks/webhook.resolver';
import { WebhookService } from './webhooks/webhook.service';
import { EventFeedResolver } from './event-feed/event-feed.resolver';
import { EventFeedService } from './event-feed/event-feed.service';
import { financeEnvSchema, type DocumentsConfig, type PaymentsConfig, type WebhooksConfig } from './env';
import { PaymentRequestService } from './payments/providers/payment-request.service';
import { PaymentCallbackService } from './payments/providers/payment-callback.service';
import type { PaymentProviderKind } from './payments/providers/payment-provider';
import { RefundService } from './payments/refunds/refund.service';
import { InvoiceRefundsResolver, PaymentRefundsResolver, RefundResolver } from './payments/refunds/refund.resolver';
import { InvoicePaymentRequestsResolver, PaymentRequestResolver } from './payments/providers/payment-request.resolver';
import { ReportResolver } from './reports/report.resolver';
import { ReportService } from './reports/report.service';
import { Expense } from './expenses/expense.entity';
import { CreditNotePdfResolver, InvoicePdfResolver, OrderConfirmationPdfResolver } from './documents/document.resolver';
import { DocumentService } from './documents/document.service';

export interface FinanceServices {
  invoices: InvoiceService;
  payments: PaymentService;
  paymentProviders: PaymentProviderService;
  paymentRequests: PaymentRequestService;
  paymentCallbacks: PaymentCallbackService;
  refunds: RefundService;
  creditNotes: CreditNoteService;
  expenses: ExpenseService;
  webhooks: WebhookService;
  eventFeed: EventFeedService;
  reports: ReportService;
  documents: DocumentService;
  attachments: OwnerAttachments;
}

/** The services; the configuration defaults to development's (what composition and tests of the schema need). */
export function createFinanceServices(
  webhooks: WebhooksConfig = financeEnvSchema.parse({}).webhooks,
  documents: DocumentsConfig = financeEnvSchema.parse({}).documents,
  attachments: OwnerAttachments = financeAttachments(),
  payments: PaymentsConfig = financeEnvSchema.parse({}).payments,
): FinanceServices {
  const cipher = new FieldCipher(webhooks.encryption.keys, webhooks.encryption.currentKeyId);
  const paymentProviders = new PaymentProviderService(cipher);
  const paymentRequests = new PaymentRequestService(payments, paymentProviders);
  const providerOf = (kind: PaymentProviderKind) => paymentRequests.provider(kind);
  return {
    invoices: new InvoiceService(),
    payments: new PaymentService(),
    paymentProviders,
    paymentRequests,
    paymentCallbacks: new PaymentCallbackService(paymentProviders, providerOf),
    refunds: new RefundService(paymentProviders, providerOf),
    creditNotes: new CreditNoteService(),
    expenses: new ExpenseService(),
    webhooks: new WebhookService(webhooks, cipher),
    eventFeed: new EventFeedService(),
    reports: new ReportService(),
    documents: new DocumentService(documents),
    attachments,
  };
}

/** The product an invoice line bills, beside its raw id. */
const InvoiceLineProductLink = referenceLinkResolver(InvoiceLine, 'product', productReference, (l) => l.productId, 'The product billed. Needs products:read.');

/** The finance subgraph's resolvers, entity references and rules. */
export function financeSchema(s: FinanceServices = createFinanceServices()): SubgraphSchemaOptions {
  return {
    resolvers: [OrderRevisionResolver, InvoiceResolver, PaymentResolver, OrderInvoicesResolver, CustomerInvoicesResolver, CreditNoteResolver, InvoiceCreditNotesResolver, ExpenseResolver, InvoiceLineProductLink, WebhookResolver, EventFeedResolver, ReportResolver, InvoicePdfResolver, CreditNotePdfResolver, OrderConfirmationPdfResolver, InvoiceAttachmentsResolver, PaymentProviderResolver, PaymentRequestResolver, InvoicePaymentRequestsResolver, RefundResolver, PaymentRefundsResolver, InvoiceRefundsResolver],
    container: instanceContainer([
      new OrderRevisionResolver(),
      new InvoiceResolver(s.invoices, s.payments),
      new PaymentResolver(s.payments),
      new PaymentProviderResolver(s.paymentProviders),
      new PaymentRequestResolver(s.paymentRequests),
      new InvoicePaymentRequestsResolver(s.paymentRequests),
      new RefundResolver(s.refunds),
      new PaymentRefundsResolver(s.refunds),
      new InvoiceRefundsResolver(s.refunds),
      new OrderInvoicesResolver(s.invoices),
      new CustomerInvoicesResolver(s.invoices),
      new CreditNoteResolver(s.creditNotes, s.invoices),
      new InvoiceCreditNotesResolver(s.creditNotes),
      new ExpenseResolver(s.expenses),
      new InvoiceLineProductLink(),
      new WebhookResolver(s.webhooks),
      new EventFeedResolver(s.eventFeed),
      new ReportResolver(s.reports),
      new InvoicePdfResolver(s.documents),
      new CreditNotePdfResolver(s.documents),
      new OrderConfirmationPdfResolver(s.documents),
      new InvoiceAttachmentsResolver(s.attachments),
    ]),
    permissions: financePermissions,
    references: {
      // Sales owns orders and customers; finance only adds their invoices and balance.
      Order: (ref) => orderReference(ref.id),
      Customer: (ref) => customerReference(ref.id),
      Invoice: (ref, ctx: RequestContext) => s.invoices.loader(ctx).load(ref.id),
      CreditNote: (ref, ctx: RequestContext) => s.creditNotes.loader(ctx).load(ref.id),
      Expense: (ref, ctx: RequestContext) => byIdLoader(ctx, Expense).load(ref.id),
    },
  };
}
