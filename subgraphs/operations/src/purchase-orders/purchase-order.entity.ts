import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar, TenantEntity } from '@prometric/core';
import { Warehouse } from '../warehouses/warehouse.entity';
import { Supplier } from '../suppliers/supplier.entity';
import { PurchaseOrderStatus } from './purchase-order-status';

/**
 * An order of stock from a supplier. Receiving it appends RECEIPT movements to the ledger (reference
 * = its number) and counts them on its lines, under its row lock.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An order of stock from a supplier, received into a warehouse through the stock ledger.' })
@Entity({ tableName: 'purchase_order' })
export class PurchaseOrder extends TenantEntity {
  @Field(() => String, { description: 'Gapless per workspace and year, e.g. PO-2026-000001.' })
  @Property({ type: 'string' })
  number!: string;

  @ManyToOne(() => Supplier)
  supplier!: Supplier;

  /** Where the goods are expected (set by the reorder check); receipts may still go elsewhere. */
  @ManyToOne(() => Warehouse, { nullable: true })
  warehouse?: Warehouse | null;

  @Field(() => String, { description: "ISO 4217 currency of the unit costs (the supplier's)." })
  @Property({ type: 'string' })
  currency!: string;

  @Field(() => PurchaseOrderStatus, { description: 'Lifecycle status.' })
  @Enum({ items: () => PurchaseOrderStatus, type: 'string' })
  status: PurchaseOrderStatus & Opt = PurchaseOrderStatus.DRAFT;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was sent to the supplier.' })
  @Property({ type: 'Date', nullable: true })
  sentAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last ordered unit was received.' })
  @Property({ type: 'Date', nullable: true })
  receivedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was cancelled.' })
  @Property({ type: 'Date', nullable: true })
  cancelledAt?: Date | null;

  @Field(() => Int, { description: 'Grows by one with every change.' })
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}

/** One product of a purchase order. */
@ObjectType({ description: 'One product of a purchase order: units ordered, their cost, and units received so far.' })
@Entity({ tableName: 'purchase_order_line' })
export class PurchaseOrderLine extends TenantEntity {
  @ManyToOne(() => PurchaseOrder)
  purchaseOrder!: PurchaseOrder;

  /** Sales' product id (a federation reference, no foreign key). */
  @Property({ type: 'uuid' })
  productId!: string;

  @Field(() => Int, { description: 'Units ordered.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => DecimalScalar, { description: 'Cost of one unit, in the purchase order currency (e.g. "12.50").', deprecationReason: 'Use cost (Money, with its currency); removed after 2027-06-30.' })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  unitCost!: string;

  @Field(() => Int, { description: 'Units received so far; never more than ordered.' })
  @Property({ type: 'integer' })
  receivedQuantity: number & Opt = 0;
}
