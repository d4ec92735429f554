import { Field, InputType, ObjectType } from 'type-graphql';
import { CodedFilter, CodedInput, ConnectionType, UserError, listArgs, orderByInput, CODED_SORT_FIELDS } from '@prometric/core';
import { Department } from './department.entity';

@InputType({ description: 'A new department.' })
export class CreateDepartmentInput extends CodedInput {}

@ObjectType({ description: 'Result of a department mutation.' })
export class DepartmentPayload {
  @Field(() => Department, { nullable: true, description: 'The department.' })
  department?: Department | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'Narrows a department list.' })
export class DepartmentFilter extends CodedFilter {}

export const DepartmentConnection = ConnectionType(Department, 'Department', 'A page of departments.');

export const DepartmentOrderBy = orderByInput('Department', CODED_SORT_FIELDS, 'department');
export const DepartmentsArgs = listArgs(DepartmentFilter, DepartmentOrderBy, 'by code');
