import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, TenantEntity } from '@prometric/core';
import { BillOfMaterialsStatus } from './bill-of-materials-status';

/**
 * One version of what a product is made of. Versions of a product are numbered 1, 2, … and at most
 * one is ACTIVE (a partial unique index backs the service's rule). Lines never change once written:
 * a change is a new version.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'One version of what a product is made of: component products and the units of each per unit made.' })
@Entity({ tableName: 'bill_of_materials' })
export class BillOfMaterials extends TenantEntity {
  /** Sales' product made, by id: a federation reference, not a foreign key. */
  @Property({ type: 'uuid' })
  productId!: string;

  @Field(() => Int, { description: 'Version number, 1 for the first bill of the product, incremented per new bill.' })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => BillOfMaterialsStatus, { description: 'DRAFT, ACTIVE (in use) or ARCHIVED.' })
  @Enum({ items: () => BillOfMaterialsStatus, type: 'string' })
  status: BillOfMaterialsStatus & Opt = BillOfMaterialsStatus.DRAFT;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When this version was last activated.' })
  @Property({ type: 'Date', nullable: true })
  activatedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When this version was last archived.' })
  @Property({ type: 'Date', nullable: true })
  archivedAt?: Date | null;
}

/** One component of a bill: `quantity` units of a product per unit made. */
@ObjectType('BillOfMaterialsLine', { description: 'One component of a bill of materials: units of a product per unit made.' })
@Entity({ tableName: 'bom_line' })
export class BomLine extends TenantEntity {
  @ManyToOne(() => BillOfMaterials)
  billOfMaterials!: BillOfMaterials;

  /** Order of the line in the bill, from 0. */
  @Property({ type: 'integer' })
  position!: number;

  /** Sales' component product, by id. */
  @Property({ type: 'uuid' })
  productId!: string;

  @Field(() => Int, { description: 'Units of the component per unit made; more than zero.' })
  @Property({ type: 'integer' })
  quantity!: number;
}
