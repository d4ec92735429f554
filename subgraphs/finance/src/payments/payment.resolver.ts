import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@prometric/core';
import { Payment } from './payment.entity';
import { PaymentService } from './payment.service';
import { PaymentConnection, PaymentsArgs, RecordPaymentInput, RecordPaymentPayload } from './payment.inputs';
import { toPayload } from '@prometric/core';

@Resolver(() => Payment)
export class PaymentResolver {
  constructor(private readonly paymentService: PaymentService) {}

  @Query(() => PaymentConnection, { description: 'Payments recorded in the workspace, a page at a time (newest first unless orderBy says otherwise).' })
  payments(@Args(() => PaymentsArgs) args: InstanceType<typeof PaymentsArgs>, @Ctx() ctx: RequestContext) {
    return this.paymentService.list(ctx, args);
  }

  @Mutation(() => RecordPaymentPayload, {
    description:
      'Allocates money to an ISSUED or PARTIALLY_PAID invoice, at most its amount due: an over-payment is an INVALID error on `amount` and writes nothing. The invoice becomes PARTIALLY_PAID or PAID. A retry with the same idempotencyKey counts once.',
  })
  async recordPayment(@Arg('input', () => RecordPaymentInput, { description: 'Money received against an invoice.' }) input: RecordPaymentInput, @Ctx() ctx: RequestContext): Promise<RecordPaymentPayload> {
    const result = await this.paymentService.record(ctx, input);
    return toPayload(result);
  }
}
