import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Decimal, DecimalScalar, Money, TenantEntity, TotalledDocument, money } from '@prometric/core';
import { Customer } from '../customers/customer.entity';
import { Product } from '../products/product.entity';
import { Deal } from '../deals/deal.entity';
import { OrderStatus } from './order-status';

/** A confirmed intention to deliver products to a customer. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A sales order: what a customer bought, at what price, and where it is.' })
@Entity({ tableName: 'sales_order' })
export class Order extends TotalledDocument {
  @Field(() => String, { description: 'Gapless document number, e.g. SO-2026-000123.' })
  @Property({ type: 'string' })
  number!: string;

  @Field(() => OrderStatus, { description: 'Lifecycle status.' })
  @Enum({ items: () => OrderStatus, type: 'string' })
  status: OrderStatus & Opt = OrderStatus.DRAFT;

  @ManyToOne(() => Customer)
  customer!: Customer;

  @ManyToOne(() => Deal, { nullable: true })
  deal?: Deal | null;

  @Field(() => String, { nullable: true, description: 'Free-text notes (delivery instructions and the like).' })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the order was cancelled.' })
  @Property({ type: 'string', nullable: true })
  cancelReason?: string | null;

  /** Incremented on every change: events carry it so subscribers can drop stale states. */
  @Field(() => Int, { description: 'Incremented on every change of the order.' })
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @OneToMany(() => OrderLine, (line) => line.order, { orphanRemoval: true })
  lines = new Collection<OrderLine>(this);
}

/** One product line of an order, priced when the order was created. */
@ObjectType({ description: 'One product line of an order.' })
@Entity({ tableName: 'sales_order_line' })
export class OrderLine extends TenantEntity {
  @ManyToOne(() => Order)
  order!: Order;

  @ManyToOne(() => Product)
  product!: Product;

  @Field(() => Int, { description: 'Units ordered.' })
  @Property({ type: 'integer' })
  quantity!: number;

  /** Place of the line in its document, from 0. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  unitPriceAmount!: string;

  @Property({ type: 'decimal', precision: 6, scale: 4 })
  taxRate!: string;

  @Field(() => DecimalScalar, { name: 'taxRate', description: 'Tax rate applied, as a fraction.' })
  get taxRateValue(): string & Opt {
    return new Decimal(this.taxRate).toFixed();
  }

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  netAmount!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  taxAmount!: string;

  @Property({ type: 'string' })
  currency!: string;

  @Field(() => Money, { description: 'Unit price, net of tax.' })
  get unitPrice(): Money & Opt {
    return money(this.unitPriceAmount, this.currency);
  }

  @Field(() => Money, { description: 'Quantity × unit price, net of tax.' })
  get total(): Money & Opt {
    return money(this.netAmount, this.currency);
  }

  @Field(() => Money, { description: 'Tax of this line, rounded to cents.' })
  get tax(): Money & Opt {
    return money(this.taxAmount, this.currency);
  }
}
