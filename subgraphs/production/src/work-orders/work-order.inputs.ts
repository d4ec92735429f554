import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { WorkOrder } from './work-order.entity';
import { WorkOrderStatus } from './work-order-status';

@InputType({ description: 'A new step of a production order.' })
export class AddWorkOrderInput {
  @Field(() => ID, { description: 'The production order (PLANNED, RELEASED or IN_PROGRESS).' })
  productionOrderId!: string;

  @Field(() => Int, { nullable: true, description: 'Position among its steps, unique there and more than zero; default one past the last step.' })
  sequence?: number | null;

  @Field(() => String, { description: 'What is done in this step, e.g. "Assembly" (1–255 characters).' })
  operation!: string;

  @Field(() => ID, { description: 'The work center the step is done at.' })
  workCenterId!: string;

  @Field(() => Int, { description: 'Minutes the step is planned to take (zero or more).' })
  plannedMinutes!: number;

  @Field(() => ID, { nullable: true, description: "The employee assigned (hr's employee id; must be a UUID)." })
  assignedEmployeeId?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result instead of adding again.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Narrows a work order list.' })
export class WorkOrderFilter extends ListFilter {
  @Field(() => ID, { nullable: true, description: 'Steps of this production order only.' })
  productionOrderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Steps at this work center only.' })
  workCenterId?: string | null;

  @Field(() => [WorkOrderStatus], { nullable: true, description: 'Steps in one of these statuses only.', deprecationReason: 'Use statusIn, as every list does; removed after 2027-06-30.' })
  status?: WorkOrderStatus[] | null;

  @Field(() => [WorkOrderStatus], { nullable: true, description: 'Only steps in one of these statuses.' })
  statusIn?: WorkOrderStatus[] | null;

}

@ObjectType({ description: 'Result of a change of one work order.' })
export class WorkOrderPayload {
  @Field(() => WorkOrder, { nullable: true, description: 'The work order after the change.' })
  workOrder?: WorkOrder | null;

  @Field(() => [UserError], { description: 'Why the change was refused (then nothing changed); empty on success.' })
  errors!: UserError[];
}

export const WorkOrderConnection = ConnectionType(WorkOrder, 'WorkOrder', 'A page of work orders.');

export const WorkOrderOrderBy = orderByInput('WorkOrder', { ...TIMESTAMP_SORT_FIELDS, SEQUENCE: 'sequence' }, 'work order');
export const WorkOrdersArgs = listArgs(WorkOrderFilter, WorkOrderOrderBy, 'newest first');
