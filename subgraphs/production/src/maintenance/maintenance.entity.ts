import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, TenantEntity } from '@prometric/core';
import { WorkCenter } from '../work-centers/work-center.entity';
import { MaintenanceStatus, MaintenanceType } from './maintenance-status';

/** Preventive maintenance of a work center every `everyDays` days from `startsAt`. */
@ObjectType({ description: 'Preventive maintenance of a work center, due every N days from a start date.' })
@Entity({ tableName: 'maintenance_schedule' })
export class MaintenanceSchedule extends TenantEntity {
  @ManyToOne(() => WorkCenter)
  workCenter!: WorkCenter;

  @Field(() => Int, { description: 'Days between two occurrences (1–3650).' })
  @Property({ type: 'integer' })
  everyDays!: number;

  @Field(() => String, { description: 'What is to be done; copied to each generated request.' })
  @Property({ type: 'string', length: 1000 })
  description!: string;

  @Field(() => DateTimeScalar, { description: 'The first occurrence; the next ones follow every everyDays days.' })
  @Property({ type: 'Date' })
  startsAt!: Date;
}

/**
 * Maintenance of one work center. While OPEN (and due) or IN_PROGRESS it blocks the work center:
 * no work order can start there.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Maintenance of a work center. While it is OPEN (and due) or IN_PROGRESS the work center is blocked.' })
@Entity({ tableName: 'maintenance_request' })
export class MaintenanceRequest extends TenantEntity {
  @ManyToOne(() => WorkCenter)
  workCenter!: WorkCenter;

  /** The schedule that generated it; null for a request made by hand. */
  @ManyToOne(() => MaintenanceSchedule, { nullable: true })
  schedule?: MaintenanceSchedule | null;

  @Field(() => MaintenanceType, { description: 'PREVENTIVE (planned) or CORRECTIVE (a repair).' })
  @Enum({ items: () => MaintenanceType, type: 'string' })
  type!: MaintenanceType;

  @Field(() => MaintenanceStatus, { description: 'Lifecycle status.' })
  @Enum({ items: () => MaintenanceStatus, type: 'string' })
  status: MaintenanceStatus & Opt = MaintenanceStatus.OPEN;

  @Field(() => String, { description: 'What is to be done, or what is broken.' })
  @Property({ type: 'string', length: 1000 })
  description!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a PREVENTIVE request is due (always set for those); null for a CORRECTIVE one, which is due at once.' })
  @Property({ type: 'Date', nullable: true })
  scheduledFor?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the work started.' })
  @Property({ type: 'Date', nullable: true })
  startedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was completed (DONE).' })
  @Property({ type: 'Date', nullable: true })
  completedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The schedule that generated it; null for a request made by hand.' })
  get scheduleId(): string | null {
    return this.schedule?.id ?? null;
  }
}
