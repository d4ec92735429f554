import { Field, InputType, ObjectType } from 'type-graphql';
import { CodedFilter, CodedInput, ConnectionType, UserError, listArgs, orderByInput, CODED_SORT_FIELDS } from '@prometric/core';
import { WorkCenter } from './work-center.entity';

@InputType({ description: 'A new work center.' })
export class CreateWorkCenterInput extends CodedInput {}

@ObjectType({ description: 'Result of a work center mutation.' })
export class WorkCenterPayload {
  @Field(() => WorkCenter, { nullable: true, description: 'The work center.' })
  workCenter?: WorkCenter | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a work center list.' })
export class WorkCenterFilter extends CodedFilter {}

export const WorkCenterConnection = ConnectionType(WorkCenter, 'WorkCenter', 'A page of work centers.');

export const WorkCenterOrderBy = orderByInput('WorkCenter', CODED_SORT_FIELDS, 'work center');
export const WorkCentersArgs = listArgs(WorkCenterFilter, WorkCenterOrderBy, 'by code');
