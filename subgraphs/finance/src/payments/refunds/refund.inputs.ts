import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DecimalScalar, UserError } from '@prometric/core';
import { Invoice } from '../../invoices/invoice.entity';
import { Payment } from '../payment.entity';
import { Refund } from './refund.entity';

@InputType({ description: 'Money to give back against a recorded payment.' })
export class RefundPaymentInput {
  @Field(() => ID, { description: 'The payment to refund (in part or in full).' })
  paymentId!: string;

  @Field(() => DecimalScalar, { description: "Amount in the payment's currency: more than zero, at most what is left of the payment to refund, two decimals at most." })
  amount!: string;

  @Field(() => String, { description: 'Why the money goes back (1 to 255 characters).' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'A retried refund with the same key counts once and returns the first result (the provider is not called again).' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A provider payment that was not applied (NEEDS_REFUND), to give back whole.' })
export class RefundPaymentRequestInput {
  @Field(() => ID, { description: 'The NEEDS_REFUND payment request.' })
  paymentRequestId!: string;

  @Field(() => String, { description: 'Why the money goes back (1 to 255 characters).' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'A retried refund with the same key counts once and returns the first result.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of refundPayment and refundPaymentRequest.' })
export class RefundPayload {
  @Field(() => Refund, { nullable: true, description: 'The refund recorded.' })
  refund?: Refund | null;

  @Field(() => Payment, { nullable: true, description: 'The payment refunded (null for money that was not applied).' })
  payment?: Payment | null;

  @Field(() => Invoice, { nullable: true, description: 'The invoice, with its amounts and status after the refund.' })
  invoice?: Invoice | null;

  @Field(() => [UserError], {
    description:
      'Why it was refused (INVALID, NOT_FOUND, EXCEEDS_REFUNDABLE, INVALID_TRANSITION, PROVIDER_NOT_CONFIGURED, PROVIDER_UNAVAILABLE (retry), PROVIDER_REFUSED); empty on success. Nothing is written when refused.',
  })
  errors!: UserError[];
}
