import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, Money, TenantEntity, money } from '@prometric/core';
import { Customer } from '../customers/customer.entity';
import { Product } from '../products/product.entity';
import { DealStage } from './deal-stage';

/** An opportunity in the sales pipeline. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An opportunity in the sales pipeline.' })
@Entity({ tableName: 'deal' })
export class Deal extends TenantEntity {
  @Field(() => String, { description: 'Short title.' })
  @Property({ type: 'string' })
  title!: string;

  @ManyToOne(() => Customer)
  customer!: Customer;

  @Field(() => DealStage, { description: 'Pipeline stage.' })
  @Enum({ items: () => DealStage, type: 'string' })
  stage: DealStage & Opt = DealStage.LEAD;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the deal is expected to close.' })
  @Property({ type: 'Date', nullable: true })
  expectedCloseDate?: Date | null;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  valueAmount!: string;

  @Property({ type: 'string' })
  currency!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the deal was won or lost.' })
  @Property({ type: 'Date', nullable: true })
  closedAt?: Date | null;

  /** The open stage it was at when it was won or lost: what win probabilities learn from. */
  @Property({ type: 'string', length: 20, nullable: true })
  lastOpenStage?: DealStage | null;

  @OneToMany(() => DealLine, (line) => line.deal, { orphanRemoval: true })
  lines = new Collection<DealLine>(this);

  @Field(() => Money, { description: 'Sum of the lines (quantity × unit price), net of tax.' })
  get value(): Money & Opt {
    return money(this.valueAmount, this.currency);
  }
}

/** A product and quantity the deal is about. */
@ObjectType({ description: 'A product and quantity a deal is about.' })
@Entity({ tableName: 'deal_line' })
export class DealLine extends TenantEntity {
  @ManyToOne(() => Deal)
  deal!: Deal;

  @ManyToOne(() => Product)
  product!: Product;

  @Field(() => Int, { description: 'Units.' })
  @Property({ type: 'integer' })
  quantity!: number;

  /** Place of the line in its document, from 0. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  unitPriceAmount!: string;

  @Property({ type: 'string' })
  currency!: string;

  @Field(() => Money, { description: 'Agreed unit price, net of tax.' })
  get unitPrice(): Money & Opt {
    return money(this.unitPriceAmount, this.currency);
  }
}
