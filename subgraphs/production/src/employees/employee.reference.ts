import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * An employee as production knows it: only the id. Hr owns the employee and the gateway resolves
 * every other field there, so `workOrder { assignedEmployee { name } }` spans both subgraphs.
 * Production cannot resolve an employee by itself (`resolvable: false`).
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Employee', { description: 'A person employed by the workspace.' })
export class EmployeeReference {
  @Field(() => ID, { description: 'Globally unique id (UUID).' })
  id!: string;
}

/** The reference stub of an employee id, or null when there is none. */
export const employeeReference = (id: string | null | undefined): EmployeeReference | null => (id ? Object.assign(new EmployeeReference(), { id }) : null);
