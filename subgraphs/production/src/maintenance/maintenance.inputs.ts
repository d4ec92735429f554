import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DateTimeScalar, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { MaintenanceRequest, MaintenanceSchedule } from './maintenance.entity';
import { MaintenanceStatus, MaintenanceType } from './maintenance-status';

@InputType({ description: 'Maintenance asked for a work center.' })
export class RequestMaintenanceInput {
  @Field(() => ID, { description: 'The work center to maintain.' })
  workCenterId!: string;

  @Field(() => MaintenanceType, { nullable: true, description: 'PREVENTIVE or CORRECTIVE (the default).' })
  type?: MaintenanceType | null;

  @Field(() => String, { description: 'What is to be done, or what is broken (1–1000 characters).' })
  description!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a PREVENTIVE request is due (required for those); not allowed for a CORRECTIVE one.' })
  scheduledFor?: Date | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result instead of requesting again.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Preventive maintenance of a work center every N days.' })
export class ScheduleMaintenanceInput {
  @Field(() => ID, { description: 'The work center to maintain.' })
  workCenterId!: string;

  @Field(() => Int, { description: 'Days between two occurrences (1–3650).' })
  everyDays!: number;

  @Field(() => String, { description: 'What is to be done (1–1000 characters).' })
  description!: string;

  @Field(() => DateTimeScalar, { description: 'The first occurrence.' })
  startsAt!: Date;
}

@InputType({ description: 'Narrows a maintenance request list.' })
export class MaintenanceRequestFilter extends ListFilter {
  @Field(() => ID, { nullable: true, description: 'Requests of this work center only.' })
  workCenterId?: string | null;

  @Field(() => [MaintenanceStatus], { nullable: true, description: 'Requests in one of these statuses only.', deprecationReason: 'Use statusIn, as every list does; removed after 2027-06-30.' })
  status?: MaintenanceStatus[] | null;

  @Field(() => [MaintenanceStatus], { nullable: true, description: 'Only requests in one of these statuses.' })
  statusIn?: MaintenanceStatus[] | null;

}

@ObjectType({ description: 'Result of a change of one maintenance request.' })
export class MaintenanceRequestPayload {
  @Field(() => MaintenanceRequest, { nullable: true, description: 'The request after the change.' })
  maintenanceRequest?: MaintenanceRequest | null;

  @Field(() => [UserError], { description: 'Why the change was refused (then nothing changed); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of scheduleMaintenance.' })
export class MaintenanceSchedulePayload {
  @Field(() => MaintenanceSchedule, { nullable: true, description: 'The new schedule.' })
  maintenanceSchedule?: MaintenanceSchedule | null;

  @Field(() => [UserError], { description: 'Why the schedule was refused (then nothing was written); empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of generateDueMaintenance.' })
export class GenerateDueMaintenancePayload {
  @Field(() => [MaintenanceRequest], { description: 'The PREVENTIVE requests this call created; empty when every due occurrence already had its request.' })
  created!: MaintenanceRequest[];

  @Field(() => [UserError], { description: 'Why the call was refused; empty on success.' })
  errors!: UserError[];
}

export const MaintenanceRequestConnection = ConnectionType(MaintenanceRequest, 'MaintenanceRequest', 'A page of maintenance requests.');

export const MaintenanceRequestOrderBy = orderByInput('MaintenanceRequest', { ...TIMESTAMP_SORT_FIELDS }, 'maintenance request');
export const MaintenanceRequestsArgs = listArgs(MaintenanceRequestFilter, MaintenanceRequestOrderBy, 'newest first');
