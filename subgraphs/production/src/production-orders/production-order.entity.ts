import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, TenantEntity, DateScalar } from '@prometric/core';
import { ProductionOrderStatus } from './production-order-status';

/** One component a production order consumes: the active bill's line × the order's quantity. */
@ObjectType({ description: 'Units of one component a production order consumes, snapshotted from the active bill of materials at release.' })
export class ProductionOrderComponent {
  @Field(() => ID, { description: "The component product (sales' product id)." })
  productId!: string;

  @Field(() => Int, { description: 'Units consumed for the whole order (bill quantity × order quantity).' })
  quantity!: number;
}

/**
 * An order to make `quantity` units of a product in a warehouse, optionally for a sales order line.
 * Its components are snapshotted from the product's active bill of materials at release, so a later
 * bill change never alters an order already on the floor. Every change increments `version`, which
 * is the aggregate version of its outbox events. Work orders and quality inspections reference this
 * table by `production_order_id`.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An order to make units of a product: PLANNED → RELEASED → IN_PROGRESS → COMPLETED (or CANCELLED).' })
@Entity({ tableName: 'production_order' })
export class ProductionOrder extends TenantEntity {
  @Field(() => String, { description: 'Gapless per workspace and year, e.g. MO-2026-000001; assigned at creation.' })
  @Property({ type: 'string' })
  number!: string;

  /** Sales' product, by id: a federation reference, not a foreign key. */
  @Property({ type: 'uuid' })
  productId!: string;

  @Field(() => Int, { description: 'Units to make; more than zero.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => ID, { nullable: true, description: "The sales order the units are made for (sales' order id), when made to order." })
  @Property({ type: 'uuid', nullable: true })
  orderId?: string | null;

  @Field(() => ID, { nullable: true, description: "The sales order line the units are made for (sales' order line id)." })
  @Property({ type: 'uuid', nullable: true })
  orderLineId?: string | null;

  @Field(() => ID, { description: "The warehouse components are taken from and the output is received into (operations' warehouse id)." })
  @Property({ type: 'uuid' })
  warehouseId!: string;

  @Field(() => ProductionOrderStatus, { description: 'Lifecycle status.' })
  @Enum({ items: () => ProductionOrderStatus, type: 'string' })
  status: ProductionOrderStatus & Opt = ProductionOrderStatus.PLANNED;

  /** Components snapshot taken at release; null before. */
  @Property({ type: 'json', nullable: true, fieldName: 'components' })
  storedComponents?: { productId: string; quantity: number }[] | null;

  @Field(() => String, { nullable: true, description: 'Date the output is wanted (YYYY-MM-DD).', deprecationReason: 'Use dueOn (a Date); removed after 2027-06-30.' })
  @Property({ type: 'date', nullable: true })
  dueDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date the output is wanted.' })
  get dueOn(): string | null {
    return this.dueDate ?? null;
  }

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the order was released.' })
  @Property({ type: 'Date', nullable: true })
  releasedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When work started.' })
  @Property({ type: 'Date', nullable: true })
  startedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the order was completed.' })
  @Property({ type: 'Date', nullable: true })
  completedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the order was cancelled.' })
  @Property({ type: 'Date', nullable: true })
  cancelledAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the order was cancelled.' })
  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @Field(() => Int, { description: 'Incremented on every change; the aggregate version of its events.' })
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Field(() => [ProductionOrderComponent], { description: 'Components consumed, snapshotted at release; empty while PLANNED (and when cancelled before release).' })
  get components(): ProductionOrderComponent[] & Opt {
    return (this.storedComponents ?? []).map((c) => Object.assign(new ProductionOrderComponent(), c));
  }
}
