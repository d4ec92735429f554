import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar, UserError, DateScalar } from '@prometric/core';
import { AttendanceRecord } from './attendance.entity';

@ObjectType({ description: 'Result of a check-in or check-out.' })
export class AttendancePayload {
  @Field(() => AttendanceRecord, { nullable: true, description: 'The attendance record.' })
  attendance?: AttendanceRecord | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Hours an employee worked on one day (UTC).' })
export class WorkedDay {
  @Field(() => String, { description: 'The day, YYYY-MM-DD (UTC).', deprecationReason: 'Use day (a Date); removed after 2027-06-30.' })
  date!: string;

  @Field(() => DateScalar, { description: 'The day (UTC).' })
  get day(): string {
    return this.date;
  }

  @Field(() => DecimalScalar, { description: 'Hours worked that day from closed attendance records, to 2 decimals (a record spanning midnight counts on both days).' })
  hours!: string;
}
