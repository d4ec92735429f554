import { Field, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, UserError } from '@prometric/core';
import { Department } from './department.entity';

@InputType({ description: 'A new department.' })
export class CreateDepartmentInput {
  @Field(() => String, { description: 'Short code, unique in the workspace: 1–32 letters, digits or . _ - /.' })
  code!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result instead of creating again.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of a department mutation.' })
export class DepartmentPayload {
  @Field(() => Department, { nullable: true, description: 'The department.' })
  department?: Department | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a department list.' })
export class DepartmentFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on code or name.' })
  search?: string | null;
}

export const DepartmentConnection = ConnectionType(Department, 'Department', 'A page of departments.');
