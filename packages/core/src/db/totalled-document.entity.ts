import { Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Money, money } from '../money';
import { TenantEntity } from './base.entity';

/**
 * Base of the business documents that carry totals in one currency (orders, invoices, credit notes):
 * the stored amounts (`numeric`, as decimal strings, in columns `subtotal`, `tax`, `total`) and their
 * `Money` fields. The total always equals subtotal plus tax, each line's tax rounded to cents.
 */
@ObjectType({ description: 'A business document with totals.' })
export abstract class TotalledDocument extends TenantEntity {
  @Field(() => String, { description: 'ISO 4217 currency of every amount of the document.' })
  @Property({ type: 'string' })
  currency!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2, fieldName: 'subtotal' })
  subtotalAmount!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2, fieldName: 'tax' })
  taxAmount!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2, fieldName: 'total' })
  totalAmount!: string;

  @Field(() => Money, { description: 'Sum of the lines, net of tax.' })
  get subtotal(): Money & Opt {
    return money(this.subtotalAmount, this.currency);
  }

  @Field(() => Money, { description: "Sum of the lines' tax, each line rounded to cents." })
  get tax(): Money & Opt {
    return money(this.taxAmount, this.currency);
  }

  @Field(() => Money, { description: 'Subtotal plus tax.' })
  get total(): Money & Opt {
    return money(this.totalAmount, this.currency);
  }
}
