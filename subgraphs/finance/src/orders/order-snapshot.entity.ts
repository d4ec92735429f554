import { Entity, Filter, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { TENANT_FILTER, type TenantParams } from '@prometric/core';

/** One line of an order as sales last reported it. */
export interface SnapshotLine {
  id: string;
  productId: string;
  quantity: number;
  unitPrice: string;
  taxRate: string;
}

/**
 * Finance's read model of a sales order, kept from sales' `order.created` / `order.updated` events by
 * the `finance` consumer. Finance never reads sales' tables: invoices are built from this copy.
 * Not exposed in the API. Its id is sales' order id.
 */
@Filter({
  name: TENANT_FILTER,
  default: true,
  cond: (args: TenantParams) => ({ organizationId: args.organizationId, workspaceId: args.workspaceId }),
})
@Entity({ tableName: 'order_snapshot' })
export class OrderSnapshot {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  workspaceId!: string;

  @Property({ type: 'string' })
  number!: string;

  @Property({ type: 'string' })
  status!: string;

  @Property({ type: 'string' })
  currency!: string;

  @Property({ type: 'uuid' })
  customerId!: string;

  @Property({ type: 'json' })
  lines!: SnapshotLine[];

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  subtotal!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  tax!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  total!: string;

  /** The order's version in the event that wrote this copy; an older event never overwrites a newer one. */
  @Property({ type: 'integer' })
  aggregateVersion!: number;

  @Property({ type: 'Date' })
  updatedAt: Date & Opt = new Date();
}
