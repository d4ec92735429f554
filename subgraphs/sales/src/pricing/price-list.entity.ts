import { Collection, Entity, ManyToOne, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar, TenantEntity } from '@prometric/core';
import { Customer } from '../customers/customer.entity';
import { Product } from '../products/product.entity';

/**
 * Prices for one customer, one customer group or everyone, in the workspace currency, valid between
 * two days (UTC, both included): what `quote`, orders and deals price lines with (see the README's
 * pricing precedence).
 */
@ObjectType({ description: 'Prices for one customer, a customer group or everyone, valid between two days (UTC, both included), with quantity breaks.' })
@Entity({ tableName: 'price_list' })
export class PriceList extends TenantEntity {
  @Field(() => String, { description: 'Name.' })
  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => Customer, { nullable: true })
  customer?: Customer | null;

  @Field(() => String, { nullable: true, description: 'The customer group it is for (null: not a group list).' })
  @Property({ type: 'string', nullable: true })
  customerGroup?: string | null;

  @Field(() => String, { description: 'ISO 4217 currency of its prices (the workspace currency).' })
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day it applies (UTC); null: from always.' })
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day it applies (UTC, included); null: no end.' })
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Field(() => Int, { description: 'Among lists of the same reach, the higher priority wins.' })
  @Property({ type: 'integer' })
  priority: number & Opt = 0;

  @Field(() => DecimalScalar, { description: 'Prices computed as a percentage off are rounded half-up to a multiple of this (0.01, 0.05, 1.00…).' })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  roundTo: string & Opt = '0.01';

  @OneToMany(() => PriceListItem, (item) => item.priceList)
  items = new Collection<PriceListItem>(this);
}

/** One product's price in a list from a minimum quantity on (a quantity break). */
@ObjectType({ description: "One product's price in a price list from a minimum quantity on: a fixed unit price or a percentage off its list price." })
@Entity({ tableName: 'price_list_item' })
export class PriceListItem extends TenantEntity {
  @ManyToOne(() => PriceList)
  priceList!: PriceList;

  @ManyToOne(() => Product)
  product!: Product;

  @Field(() => Int, { description: 'The price applies from this many units on.' })
  @Property({ type: 'integer' })
  minQuantity!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'A fixed unit price, net of tax.' })
  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  unitPrice?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "A percentage off the product's price (0 to 100)." })
  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  percentOff?: string | null;
}
