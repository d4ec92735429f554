import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar, UserError } from '@prometric/core';
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
  @Field(() => String, { description: 'The day, YYYY-MM-DD (UTC).' })
  date!: string;

  @Field(() => DecimalScalar, { description: 'Hours worked that day from closed attendance records, to 2 decimals (a record spanning midnight counts on both days).' })
  hours!: string;
}
