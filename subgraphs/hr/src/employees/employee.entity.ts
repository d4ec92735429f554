import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { DateTimeScalar, TenantEntity } from '@prometric/core';
import { EmployeeStatus } from './employee-status';

/**
 * A person employed by the workspace. Salary (a MONTHLY gross amount in `currency`) and bank account
 * are stored only as AES-256-GCM ciphertext; the resolver decrypts them for callers allowed to see
 * them. Department and manager are kept as ids (read through loaders).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person employed by the workspace.' })
@Entity({ tableName: 'employee' })
export class Employee extends TenantEntity {
  @Field(() => String, { description: 'Full name.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'Work email, lower-cased; unique in the workspace.' })
  @Property({ type: 'string' })
  email!: string;

  @Field(() => String, { description: 'Job title, e.g. "Machinist".' })
  @Property({ type: 'string' })
  position!: string;

  @Property({ type: 'uuid', nullable: true })
  departmentId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  managerId?: string | null;

  /** Identity's user id, when the employee can log in: a federation reference, no foreign key. */
  @Property({ type: 'uuid', nullable: true })
  userId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When employment started.' })
  @Property({ type: 'Date', nullable: true })
  hireDate?: Date | null;

  @Field(() => EmployeeStatus, { description: 'Employment status.' })
  @Enum({ items: () => EmployeeStatus, type: 'string' })
  status: EmployeeStatus & Opt = EmployeeStatus.ACTIVE;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When employment ended (TERMINATED only).' })
  @Property({ type: 'Date', nullable: true })
  terminatedAt?: Date | null;

  /** Currency of the salary: the workspace's when the employee was created. */
  @Property({ type: 'string' })
  currency!: string;

  /** `keyId:iv:tag:ciphertext` of the monthly gross salary (a decimal string). */
  @Property({ type: 'text' })
  salaryEncrypted!: string;

  /** `keyId:iv:tag:ciphertext` of the bank account (IBAN or similar), when known. */
  @Property({ type: 'text', nullable: true })
  bankAccountEncrypted?: string | null;
}

/** GCM additional data binding an encrypted value to its employee and column. */
export const employeeCipherContext = (employeeId: string, column: 'salary' | 'bankAccount'): string => `employee:${employeeId}:${column}`;
