import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Money, money, toPayload, type RequestContext } from '@prometric/core';
import { Invoice } from '../../invoices/invoice.entity';
import { Payment } from '../payment.entity';
import { Refund } from './refund.entity';
import { RefundPayload, RefundPaymentInput, RefundPaymentRequestInput } from './refund.inputs';
import { RefundService, refundedOf } from './refund.service';

@Resolver(() => Refund)
export class RefundResolver {
  constructor(private readonly service: RefundService) {}

  @Mutation(() => RefundPayload, {
    description:
      "Gives money back against a recorded payment, through the provider it came by (a payment typed in is handed back by hand: MANUAL). The invoice's amount paid shrinks by it and its status follows (PARTIALLY_PAID, or ISSUED when nothing stays paid). At most what is left of the payment (EXCEEDS_REFUNDABLE). A provider that is down or refuses leaves nothing written. A retry with the same idempotencyKey counts once.",
  })
  async refundPayment(@Arg('input', () => RefundPaymentInput, { description: 'The payment, the amount and why.' }) input: RefundPaymentInput, @Ctx() ctx: RequestContext): Promise<RefundPayload> {
    return toPayload(await this.service.refundPayment(ctx, input));
  }

  @Mutation(() => RefundPayload, {
    description:
      'Gives back, through its provider, the whole amount of a NEEDS_REFUND payment request: money a provider collected after the invoice stopped taking payments, never applied to it. The request becomes REFUNDED; the invoice does not change.',
  })
  async refundPaymentRequest(@Arg('input', () => RefundPaymentRequestInput, { description: 'The request and why.' }) input: RefundPaymentRequestInput, @Ctx() ctx: RequestContext): Promise<RefundPayload> {
    return toPayload(await this.service.refundPaymentRequest(ctx, input));
  }
}

@Resolver(() => Payment)
export class PaymentRefundsResolver {
  constructor(private readonly service: RefundService) {}

  @FieldResolver(() => [Refund], { description: 'Money given back against this payment, oldest first.' })
  refunds(@Root() payment: Payment, @Ctx() ctx: RequestContext): Promise<Refund[]> {
    return this.service.ofPayment(ctx, payment.id);
  }

  @FieldResolver(() => Money, { description: 'How much of this payment was given back.' })
  async amountRefunded(@Root() payment: Payment, @Ctx() ctx: RequestContext): Promise<Money> {
    return money(refundedOf(await this.service.ofPayment(ctx, payment.id)), payment.currency);
  }
}

@Resolver(() => Invoice)
export class InvoiceRefundsResolver {
  constructor(private readonly service: RefundService) {}

  @FieldResolver(() => [Refund], { description: "Money given back against this invoice's payments (and provider payments never applied to it), oldest first." })
  refunds(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<Refund[]> {
    return this.service.ofInvoice(ctx, invoice.id);
  }
}
