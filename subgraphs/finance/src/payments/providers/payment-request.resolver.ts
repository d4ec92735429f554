import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { UserError, type RequestContext, toPayload } from '@prometric/core';
import { Invoice } from '../../invoices/invoice.entity';
import { PaymentProviderKind } from './payment-provider';
import { PaymentRequest } from './payment-request.entity';
import { PaymentRequestService } from './payment-request.service';

@ObjectType({ description: 'Result of requestPayment.' })
export class RequestPaymentPayload {
  @Field(() => PaymentRequest, { nullable: true, description: 'The request: where the customer pays.' })
  paymentRequest?: PaymentRequest | null;

  @Field(() => [UserError], { description: 'Why it was refused (INVALID, NOT_FOUND, INVALID_TRANSITION, PROVIDER_NOT_CONFIGURED, PROVIDER_UNAVAILABLE (retry), PROVIDER_REFUSED); empty on success. Nothing is written when refused.' })
  errors!: UserError[];
}

@Resolver(() => PaymentRequest)
export class PaymentRequestResolver {
  constructor(private readonly service: PaymentRequestService) {}

  @Mutation(() => RequestPaymentPayload, {
    description:
      'Asks a payment provider to collect what an ISSUED or PARTIALLY_PAID invoice still owes, and returns where the customer pays (a link and a QR payload). The payment is recorded when the provider\'s signed callback says PAID. MANUAL is refused: use recordPayment.',
  })
  async requestPayment(
    @Arg('invoiceId', () => ID, { description: 'The invoice to collect.' }) invoiceId: string,
    @Arg('provider', () => PaymentProviderKind, { description: 'The provider; the workspace must have configured it.' }) provider: PaymentProviderKind,
    @Ctx() ctx: RequestContext,
  ): Promise<RequestPaymentPayload> {
    return toPayload(await this.service.request(ctx, invoiceId, provider));
  }
}

@Resolver(() => Invoice)
export class InvoicePaymentRequestsResolver {
  constructor(private readonly service: PaymentRequestService) {}

  @FieldResolver(() => [PaymentRequest], { description: 'Payment requests sent to providers for this invoice, oldest first.' })
  paymentRequests(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<PaymentRequest[]> {
    return this.service.ofInvoice(ctx, invoice.id);
  }
}
