import { Field, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, UserError } from '@prometric/core';
import { WorkCenter } from './work-center.entity';

@InputType({ description: 'A new work center.' })
export class CreateWorkCenterInput {
  @Field(() => String, { description: 'Short code, unique in the workspace: 1–32 letters, digits or . _ - /.' })
  code!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result instead of creating again.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of a work center mutation.' })
export class WorkCenterPayload {
  @Field(() => WorkCenter, { nullable: true, description: 'The work center.' })
  workCenter?: WorkCenter | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a work center list.' })
export class WorkCenterFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on code or name.' })
  search?: string | null;
}

export const WorkCenterConnection = ConnectionType(WorkCenter, 'WorkCenter', 'A page of work centers.');
