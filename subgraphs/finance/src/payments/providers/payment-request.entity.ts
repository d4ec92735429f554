import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, Money, TenantEntity, money } from '@prometric/core';
import { PaymentProviderKind } from './payment-provider';
import { PaymentRequestStatus } from './payment-request-status';

registerEnumType(PaymentRequestStatus, {
  name: 'PaymentRequestStatus',
  description: 'Where a payment request through a provider stands.',
  valuesConfig: {
    REQUESTED: { description: 'Sent to the provider; not paid yet.' },
    PAID: { description: 'Paid, and recorded on the invoice.' },
    FAILED: { description: 'The provider reports the payment failed; nothing recorded.' },
    EXPIRED: { description: 'Nobody paid before it expired.' },
    REFUNDED: { description: 'The money went back to the payer.' },
    NEEDS_REFUND: { description: 'Paid after the invoice stopped taking payments (voided or settled): not applied, owed back.' },
  },
});

/** A request to a payment provider to collect (part of) an invoice. */
@ObjectType({ description: 'A request to a payment provider to collect an invoice: where the customer pays, and how it went.' })
@Entity({ tableName: 'payment_request' })
export class PaymentRequest extends TenantEntity {
  @Property({ type: 'uuid' })
  invoiceId!: string;

  @Field(() => PaymentProviderKind, { description: 'The provider collecting.' })
  @Enum({ items: () => PaymentProviderKind })
  provider!: PaymentProviderKind;

  /** The provider's id of the request; its callbacks name it. */
  @Property({ type: 'string' })
  providerReference!: string;

  /** The stored status; a REQUESTED one past `expiresAt` is reported EXPIRED (`reportedStatus`). */
  @Enum({ items: () => PaymentRequestStatus })
  status: PaymentRequestStatus & Opt = PaymentRequestStatus.REQUESTED;

  @Property({ type: 'decimal', precision: 18, scale: 2, fieldName: 'amount' })
  amountValue!: string;

  @Property({ type: 'string' })
  currency!: string;

  @Field(() => String, { description: 'Where the customer pays (a redirect link).' })
  @Property({ type: 'string', length: 2048 })
  paymentUrl!: string;

  @Field(() => String, { description: 'What a QR code for the payment shows.' })
  @Property({ type: 'string', length: 2048 })
  qrPayload!: string;

  @Field(() => DateTimeScalar, { description: 'When the provider stops accepting the payment.' })
  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Field(() => PaymentRequestStatus, { name: 'status', description: 'Where it stands (EXPIRED once nobody paid before expiresAt; a payment the provider still reports afterwards is recorded).' })
  get reportedStatus(): PaymentRequestStatus & Opt {
    return this.status === PaymentRequestStatus.REQUESTED && this.expiresAt.getTime() < Date.now() ? PaymentRequestStatus.EXPIRED : this.status;
  }

  @Field(() => Money, { description: 'The amount asked for, in the invoice\'s currency.' })
  get amount(): Money & Opt {
    return money(this.amountValue, this.currency);
  }
}
