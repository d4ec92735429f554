import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar, Money, TenantEntity, money } from '@prometric/core';
import { PaymentProviderKind } from '../providers/payment-provider';

/**
 * Money given back to a payer: against a recorded payment (the invoice's amount paid shrinks by it,
 * a negative allocation), or against a provider payment that was not applied (it arrived after the
 * invoice stopped taking payments). Never edited or deleted.
 */
@ObjectType({ description: 'Money given back to a payer, through the provider the payment came by (or by hand).' })
@Entity({ tableName: 'refund' })
export class Refund extends TenantEntity {
  @Field(() => ID, { description: 'The invoice the money was paid for.' })
  @Property({ type: 'uuid' })
  invoiceId!: string;

  @Field(() => ID, { nullable: true, description: 'The payment refunded; null when the money was not applied to the invoice.' })
  @Property({ type: 'uuid', nullable: true })
  paymentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The provider payment request the money came through, if any.' })
  @Property({ type: 'uuid', nullable: true })
  paymentRequestId?: string | null;

  @Property({ type: 'decimal', precision: 18, scale: 2, fieldName: 'amount' })
  amountValue!: string;

  @Property({ type: 'string' })
  currency!: string;

  @Field(() => PaymentProviderKind, { description: 'Who gave the money back: the provider, or MANUAL for money handed back by hand.' })
  @Enum({ items: () => PaymentProviderKind })
  provider!: PaymentProviderKind;

  @Field(() => String, { nullable: true, description: "The provider's id of the refund." })
  @Property({ type: 'string', nullable: true })
  providerRefundId?: string | null;

  @Field(() => String, { description: 'Why the money went back.' })
  @Property({ type: 'string' })
  reason!: string;

  @Field(() => Boolean, { description: "Whether it reduced the invoice's amount paid (false for money that was not applied)." })
  @Property({ type: 'boolean' })
  applied!: boolean;

  @Field(() => Money, { description: 'The amount given back, in the invoice\'s currency.' })
  get amount(): Money & Opt {
    return money(this.amountValue, this.currency);
  }

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  get refundedAt(): Date & Opt {
    return this.createdAt;
  }
}
