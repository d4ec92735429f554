import { Decimal, defineEnum, type EnumValue } from '@prometric/core';

/** Outcome of a quality inspection. */
export const InspectionResult = defineEnum('InspectionResult', 'Outcome of a quality inspection.', {
  PASS: 'Every measurement is within its tolerance (or the inspector passed it without measurements).',
  FAIL: 'A measurement is out of tolerance (or the inspector failed it without measurements). The latest FAIL blocks completing the production order.',
});
export type InspectionResult = EnumValue<typeof InspectionResult>;

/** One measured value against its target, as decimal strings. */
export interface MeasurementValues {
  name: string;
  value: string;
  target: string;
  tolerance: string;
}

/** True when |value − target| ≤ tolerance, exactly (decimal arithmetic: the boundary itself passes). */
export function withinTolerance(m: Pick<MeasurementValues, 'value' | 'target' | 'tolerance'>): boolean {
  return new Decimal(m.value).minus(m.target).abs().lte(m.tolerance);
}

/** PASS when every measurement is within tolerance, else FAIL. Meaningless (and not called) for no measurements. */
export function resultOf(measurements: readonly MeasurementValues[]): InspectionResult {
  return measurements.every(withinTolerance) ? InspectionResult.PASS : InspectionResult.FAIL;
}
