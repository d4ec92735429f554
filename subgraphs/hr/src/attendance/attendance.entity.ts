import { Entity, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar, TenantEntity } from '@prometric/core';

/**
 * One stretch of work of an employee, from check-in to check-out (open until checked out). The
 * database refuses overlapping records of one employee (exclusion constraint).
 */
@ObjectType({ description: 'One stretch of work of an employee: from check-in to check-out (null while still checked in).' })
@Entity({ tableName: 'attendance' })
export class AttendanceRecord extends TenantEntity {
  @Field(() => ID, { description: 'The employee.' })
  @Property({ type: 'uuid' })
  employeeId!: string;

  @Field(() => DateTimeScalar, { description: 'When the employee checked in.' })
  @Property({ type: 'Date' })
  checkIn!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the employee checked out; null while checked in.' })
  @Property({ type: 'Date', nullable: true })
  checkOut?: Date | null;
}
