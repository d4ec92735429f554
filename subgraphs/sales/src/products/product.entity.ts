import { Entity, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Decimal, DecimalScalar, Money, TenantEntity, money } from '@prometric/core';

/** Something the workspace sells. Prices are net of tax, in the workspace currency. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Something the workspace sells or makes.' })
@Entity({ tableName: 'product' })
export class Product extends TenantEntity {
  @Field(() => String, { description: 'Stock-keeping unit, unique in the workspace.' })
  @Property({ type: 'string' })
  sku!: string;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  priceAmount!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  costAmount?: string | null;

  @Property({ type: 'decimal', precision: 6, scale: 4 })
  taxRate!: string;

  @Field(() => DecimalScalar, { name: 'taxRate', description: 'Tax rate as a fraction: "0.12" is 12%.' })
  get taxRateValue(): string & Opt {
    return new Decimal(this.taxRate).toFixed();
  }

  @Property({ type: 'string' })
  currency!: string;

  @Field(() => Money, { description: 'Unit price, net of tax.' })
  get price(): Money & Opt {
    return money(this.priceAmount, this.currency);
  }

  @Field(() => Money, { nullable: true, description: 'Unit cost. Needs products:cost.' })
  get cost(): Money | null {
    return this.costAmount == null ? null : money(this.costAmount, this.currency);
  }
}
