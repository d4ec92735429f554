import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, DecimalScalar, ListFilter, TIMESTAMP_SORT_FIELDS, UserError, listArgs, orderByInput } from '@prometric/core';
import { Invoice } from '../invoices/invoice.entity';
import { Payment } from './payment.entity';
import { PaymentMethod } from './payment-method';

@InputType({ description: 'Money received against an invoice.' })
export class RecordPaymentInput {
  @Field(() => ID, { description: 'The invoice paid; it must be ISSUED or PARTIALLY_PAID.' })
  invoiceId!: string;

  @Field(() => DecimalScalar, { description: "Amount in the invoice's currency: more than zero, at most the amount due, two decimals at most." })
  amount!: string;

  @Field(() => PaymentMethod, { description: 'How it was paid.' })
  method!: PaymentMethod;

  @Field(() => String, { nullable: true, description: "The payer's or bank's reference." })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'A retried payment with the same key counts once and returns the first result.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of recordPayment.' })
export class RecordPaymentPayload {
  @Field(() => Payment, { nullable: true, description: 'The payment recorded.' })
  payment?: Payment | null;

  @Field(() => Invoice, { nullable: true, description: 'The invoice, with its derived amounts and status.' })
  invoice?: Invoice | null;

  @Field(() => [UserError], { description: 'Why the payment was refused; empty on success. Nothing is written when refused.' })
  errors!: UserError[];
}

export const PaymentConnection = ConnectionType(Payment, 'Payment', 'A page of payments.');

@InputType({ description: 'Narrows a payment list.' })
export class PaymentFilter extends ListFilter {
  @Field(() => ID, { nullable: true, description: 'Only payments of this invoice.' })
  invoiceId?: string | null;

  @Field(() => [PaymentMethod], { nullable: true, description: 'Only payments made one of these ways.' })
  methodIn?: PaymentMethod[] | null;
}

export const PaymentOrderBy = orderByInput('Payment', { ...TIMESTAMP_SORT_FIELDS, AMOUNT: 'amountValue' }, 'payment');
export const PaymentsArgs = listArgs(PaymentFilter, PaymentOrderBy, 'newest first');
