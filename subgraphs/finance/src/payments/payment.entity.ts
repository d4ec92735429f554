import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Money, TenantEntity, money } from '@prometric/core';
import { PaymentMethod } from './payment-method';

/** Money received against one invoice. Never edited or deleted. */
@ObjectType({ description: 'Money received against an invoice.' })
@Entity({ tableName: 'payment' })
export class Payment extends TenantEntity {
  @Property({ type: 'uuid' })
  invoiceId!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2, fieldName: 'amount' })
  amountValue!: string;

  @Property({ type: 'string' })
  currency!: string;

  @Field(() => PaymentMethod, { description: 'How it was paid.' })
  @Enum({ items: () => PaymentMethod })
  method!: PaymentMethod;

  /** The provider request the money came through; null for a payment typed in by hand. */
  @Property({ type: 'uuid', nullable: true })
  paymentRequestId?: string | null;

  @Field(() => String, { nullable: true, description: 'The payer\'s or bank\'s reference.' })
  @Property({ type: 'string', nullable: true })
  reference?: string | null;

  @Field(() => Money, { description: 'Amount allocated to the invoice, in its currency.' })
  get amount(): Money & Opt {
    return money(this.amountValue, this.currency);
  }
}
