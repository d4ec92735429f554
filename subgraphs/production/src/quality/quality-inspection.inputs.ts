import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, DateTimeScalar, DecimalScalar, UserError, ListFilter, listArgs, orderByInput, TIMESTAMP_SORT_FIELDS } from '@prometric/core';
import { QualityInspection } from './quality-inspection.entity';
import { InspectionResult } from './inspection-result';

@InputType({ description: 'One measured value against its target and tolerance.' })
export class MeasurementInput {
  @Field(() => String, { description: 'What was measured (1–100 characters).' })
  name!: string;

  @Field(() => DecimalScalar, { description: 'The value measured.' })
  value!: string;

  @Field(() => DecimalScalar, { description: 'The value wanted.' })
  target!: string;

  @Field(() => DecimalScalar, { description: 'How far the value may be from the target, either way (zero or more).' })
  tolerance!: string;
}

@InputType({ description: 'A quality inspection of a production order or of a stock movement (a receipt); at least one of the two.' })
export class RecordInspectionInput {
  @Field(() => ID, { nullable: true, description: 'The production order inspected.' })
  productionOrderId?: string | null;

  @Field(() => ID, { nullable: true, description: "The stock movement inspected, e.g. a receipt (operations' stock movement id; must be a UUID)." })
  stockMovementId?: string | null;

  @Field(() => [MeasurementInput], { nullable: true, description: 'The measurements (at most 100). When given, they decide the result: PASS when every |value − target| ≤ tolerance, else FAIL.' })
  measurements?: MeasurementInput[] | null;

  @Field(() => InspectionResult, { nullable: true, description: 'The result, required when there are no measurements; with measurements it may be given only if it agrees with them.' })
  result?: InspectionResult | null;

  @Field(() => ID, { nullable: true, description: "Who inspected (hr's employee id; must be a UUID)." })
  inspectorId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the inspection took place; default now, never in the future.' })
  inspectedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Notes (up to 2000 characters).' })
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first result instead of recording again.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Narrows a quality inspection list.' })
export class QualityInspectionFilter extends ListFilter {
  @Field(() => ID, { nullable: true, description: 'Inspections of this production order only.' })
  productionOrderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Inspections of this stock movement only.' })
  stockMovementId?: string | null;

  @Field(() => InspectionResult, { nullable: true, description: 'Inspections with this result only.' })
  result?: InspectionResult | null;
}

@ObjectType({ description: 'Result of recordInspection.' })
export class QualityInspectionPayload {
  @Field(() => QualityInspection, { nullable: true, description: 'The inspection recorded.' })
  inspection?: QualityInspection | null;

  @Field(() => [UserError], { description: 'Why the inspection was refused (then nothing was written); empty on success.' })
  errors!: UserError[];
}

export const QualityInspectionConnection = ConnectionType(QualityInspection, 'QualityInspection', 'A page of quality inspections.');

export const QualityInspectionOrderBy = orderByInput('QualityInspection', { ...TIMESTAMP_SORT_FIELDS, INSPECTED_AT: 'inspectedAt' }, 'quality inspection');
export const QualityInspectionsArgs = listArgs(QualityInspectionFilter, QualityInspectionOrderBy, 'newest first');
