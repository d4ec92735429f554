import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar, TenantEntity } from '@prometric/core';
import { InspectionResult, withinTolerance, type MeasurementValues } from './inspection-result';

/** One measured value of an inspection. */
@ObjectType({ description: 'One measured value of an inspection against its target and tolerance.' })
export class Measurement {
  @Field(() => String, { description: 'What was measured, e.g. "diameter (mm)".' })
  name!: string;

  @Field(() => DecimalScalar, { description: 'The value measured.' })
  value!: string;

  @Field(() => DecimalScalar, { description: 'The value wanted.' })
  target!: string;

  @Field(() => DecimalScalar, { description: 'How far the value may be from the target, either way (zero or more).' })
  tolerance!: string;

  @Field(() => Boolean, { description: 'True when |value − target| ≤ tolerance.' })
  get withinTolerance(): boolean & Opt {
    return withinTolerance(this);
  }
}

/**
 * A quality check of a production order's output or of received goods (an operations stock
 * movement, by plain id). Its result is computed from the measurements when there are any. The
 * latest inspection of a production order decides whether it may complete: a FAIL blocks it until a
 * later PASS re-inspection.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A quality check of a production order's output or of a receipt: PASS or FAIL, computed from its measurements when there are any." })
@Entity({ tableName: 'quality_inspection' })
export class QualityInspection extends TenantEntity {
  @Field(() => ID, { nullable: true, description: 'The production order inspected, if any.' })
  @Property({ type: 'uuid', nullable: true })
  productionOrderId?: string | null;

  /** Operations' stock movement (a receipt), by id: no foreign key across schemas. */
  @Field(() => ID, { nullable: true, description: "The stock movement inspected, e.g. a receipt (operations' stock movement id), if any." })
  @Property({ type: 'uuid', nullable: true })
  stockMovementId?: string | null;

  @Field(() => InspectionResult, { description: 'PASS or FAIL: computed from the measurements when there are any, else as recorded by the inspector.' })
  @Enum({ items: () => InspectionResult, type: 'string' })
  result!: InspectionResult;

  /** Measurements as decimal strings, in the order given. */
  @Property({ type: 'json', fieldName: 'measurements' })
  storedMeasurements: MeasurementValues[] & Opt = [];

  /** hr's employee, by id (no foreign key). */
  @Field(() => ID, { nullable: true, description: "Who inspected (hr's employee id)." })
  @Property({ type: 'uuid', nullable: true })
  inspectorId?: string | null;

  @Field(() => DateTimeScalar, { description: 'When the inspection took place; the latest one of a production order decides whether it may complete.' })
  @Property({ type: 'Date' })
  inspectedAt!: Date;

  @Field(() => String, { nullable: true, description: "The inspector's notes." })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Field(() => [Measurement], { description: 'The measurements, in the order recorded; empty when the result was recorded without any.' })
  get measurements(): Measurement[] & Opt {
    return this.storedMeasurements.map((m) => Object.assign(new Measurement(), m));
  }
}
