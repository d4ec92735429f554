import { randomUUID } from 'node:crypto';
import { UserErrorCode, childrenLoader, isUuid, toMoneyString, userError, type RequestContext, type UserError } from '@prometric/core';
import type { PaymentsConfig } from '../../env';
import { Invoice } from '../../invoices/invoice.entity';
import { PAYABLE } from '../../invoices/invoice-status';
import { KaspiProvider } from './kaspi-provider';
import { ManualProvider } from './manual-provider';
import { PaymentProviderKind, ProviderRefused, ProviderUnreachable, type PaymentProvider } from './payment-provider';
import type { PaymentProviderService } from './payment-provider.service';
import { PaymentRequest } from './payment-request.entity';

type Result = { paymentRequest: PaymentRequest } | { errors: UserError[] };

/** The path of a request's provider callbacks under the gateway's public origin. */
export const callbackPath = (provider: PaymentProviderKind, requestId: string) => `/callbacks/finance/payments/${provider.toLowerCase()}/${requestId}`;

/**
 * Payment requests: asks a provider to collect what an invoice still owes and keeps where the
 * customer pays. The provider is called outside any transaction (no row lock held across HTTP); the
 * request is written only once the provider accepted it, so a provider that is down writes nothing.
 */
export class PaymentRequestService {
  private readonly providers: ReadonlyMap<PaymentProviderKind, PaymentProvider>;

  constructor(private readonly config: PaymentsConfig, private readonly accounts: PaymentProviderService) {
    this.providers = new Map<PaymentProviderKind, PaymentProvider>([
      [PaymentProviderKind.MANUAL, new ManualProvider()],
      [PaymentProviderKind.KASPI, new KaspiProvider({ baseUrl: config.kaspiUrl, timeoutMs: config.timeoutMs })],
    ]);
  }

  /** The provider of a kind. */
  provider(kind: PaymentProviderKind): PaymentProvider {
    return this.providers.get(kind)!;
  }

  async request(ctx: RequestContext, invoiceId: string, kind: PaymentProviderKind): Promise<Result> {
    if (kind === PaymentProviderKind.MANUAL) return { errors: [userError(UserErrorCode.INVALID, 'Manual payments are not requested through a provider: record them with recordPayment', ['provider'])] };
    if (!isUuid(invoiceId)) return { errors: [userError(UserErrorCode.INVALID, 'Invoice id must be a UUID', ['invoiceId'])] };
    const invoice = await ctx.em.findOne(Invoice, invoiceId);
    if (!invoice) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Invoice not found', ['invoiceId'])] };
    if (!PAYABLE.includes(invoice.status)) {
      return { errors: [userError(UserErrorCode.INVALID_TRANSITION, `Only ISSUED or PARTIALLY_PAID invoices can be paid; this one is ${invoice.status}`, ['invoiceId'])] };
    }
    const credentials = await this.accounts.credentials(ctx, kind);
    if (!credentials) return { errors: [userError(UserErrorCode.PROVIDER_NOT_CONFIGURED, `The workspace has no ${kind} account: configurePaymentProvider first`, ['provider'])] };
    const id = randomUUID();
    const amount = toMoneyString(invoice.due());
    let created;
    try {
      created = await this.providers.get(kind)!.createRequest({ id: invoice.id, number: invoice.number ?? invoice.id, currency: invoice.currency }, amount, new URL(callbackPath(kind, id), this.config.publicUrl).toString(), credentials);
    } catch (error) {
      if (error instanceof ProviderUnreachable) return { errors: [userError(UserErrorCode.PROVIDER_UNAVAILABLE, `${error.message}; nothing was written, try again`, ['provider'])] };
      if (error instanceof ProviderRefused) return { errors: [userError(UserErrorCode.PROVIDER_REFUSED, error.message, ['provider'])] };
      throw error;
    }
    const paymentRequest = ctx.em.create(PaymentRequest, { id, invoiceId: invoice.id, provider: kind, ...created, amountValue: amount, currency: invoice.currency });
    await ctx.em.flush();
    return { paymentRequest };
  }

  /** An invoice's payment requests, oldest first, for many invoices in one query. */
  ofInvoice(ctx: RequestContext, invoiceId: string): Promise<PaymentRequest[]> {
    return childrenLoader(ctx, PaymentRequest, 'invoiceId', { orderBy: { createdAt: 'asc', id: 'asc' } }).load(invoiceId);
  }
}
