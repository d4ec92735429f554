import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@prometric/core';
import { Payment } from './payment.entity';
import { PaymentService } from './payment.service';
import { RecordPaymentInput, RecordPaymentPayload } from './payment.inputs';
import { toPayload } from '@prometric/core';

@Resolver(() => Payment)
export class PaymentResolver {
  constructor(private readonly paymentService: PaymentService) {}

  @Mutation(() => RecordPaymentPayload, {
    description:
      'Allocates money to an ISSUED or PARTIALLY_PAID invoice, at most its amount due: an over-payment is an INVALID error on `amount` and writes nothing. The invoice becomes PARTIALLY_PAID or PAID. A retry with the same idempotencyKey counts once.',
  })
  async recordPayment(@Arg('input', () => RecordPaymentInput) input: RecordPaymentInput, @Ctx() ctx: RequestContext): Promise<RecordPaymentPayload> {
    const result = await this.paymentService.record(ctx, input);
    return toPayload(result);
  }
}
