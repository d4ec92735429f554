import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, TenantEntity } from '@prometric/core';
import { WorkCenter } from '../work-centers/work-center.entity';
import { WorkOrderStatus } from './work-order-status';

/**
 * One step of a production order, done at a work center. Steps run in `sequence` order: a step
 * starts only once every earlier one is DONE (or CANCELLED, i.e. skipped), only while its
 * production order is IN_PROGRESS and only while its work center is not blocked by maintenance.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'One step of a production order at a work center: PENDING → IN_PROGRESS → DONE (or CANCELLED). Steps run in sequence order.' })
@Entity({ tableName: 'work_order' })
export class WorkOrder extends TenantEntity {
  @Field(() => ID, { description: 'The production order this is a step of.' })
  @Property({ type: 'uuid' })
  productionOrderId!: string;

  @Field(() => Int, { description: 'Position among the steps of the production order (unique there, more than zero).' })
  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => String, { description: 'What is done in this step, e.g. "Assembly".' })
  @Property({ type: 'string' })
  operation!: string;

  @ManyToOne(() => WorkCenter)
  workCenter!: WorkCenter;

  @Field(() => Int, { description: 'Minutes the step is planned to take.' })
  @Property({ type: 'integer' })
  plannedMinutes!: number;

  @Field(() => Int, { nullable: true, description: 'Minutes the step actually took; set when DONE.' })
  @Property({ type: 'integer', nullable: true })
  actualMinutes?: number | null;

  /** hr's employee, by id: a plain reference, no foreign key across schemas. */
  @Field(() => ID, { nullable: true, description: "The employee assigned to the step (hr's employee id)." })
  @Property({ type: 'uuid', nullable: true })
  assignedEmployeeId?: string | null;

  @Field(() => WorkOrderStatus, { description: 'Lifecycle status.' })
  @Enum({ items: () => WorkOrderStatus, type: 'string' })
  status: WorkOrderStatus & Opt = WorkOrderStatus.PENDING;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the step started.' })
  @Property({ type: 'Date', nullable: true })
  startedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the step was completed (DONE).' })
  @Property({ type: 'Date', nullable: true })
  completedAt?: Date | null;
}
