import {
  EntityReads,
  Decimal,
  UserErrorCode,
  UserErrorsException,
  idempotentCreate,
  isUuid,
  loadOrNotFound,
  recordEvent,
  userError,
  uuidOrNil,
  type Connection,
  type RequestContext,
  type UserError,
  childrenLoader,
  withUserErrors,
  listPage,
  type ListArgsValue,
  SortDirection } from '@prometric/core';
import { ProductionOrder } from '../production-orders/production-order.entity';
import { shareProductionOrder } from '../work-orders/production-order-lock';
import { QualityInspection } from './quality-inspection.entity';
import type { QualityInspectionFilter, RecordInspectionInput } from './quality-inspection.inputs';
import { resultOf, type MeasurementValues } from './inspection-result';
import { QualityInspected } from '@prometric/contracts';

type Result = { inspection: QualityInspection } | { errors: UserError[] };

const MAX_MEASUREMENTS = 100;
const MAX_NOTES = 2000;
/** Clock skew allowed between the inspector's device and the server. */
const FUTURE_SLACK_MS = 60_000;

/**
 * Quality inspections of production orders and receipts. The result is computed from the
 * measurements (exact decimals: a value exactly at the tolerance passes); only an inspection without
 * measurements takes the result the inspector gives.
 */
export class QualityInspectionService extends EntityReads(QualityInspection, 'Quality inspection') {
  async record(ctx: RequestContext, input: RecordInspectionInput): Promise<Result> {
    const errors: UserError[] = [];
    const productionOrderId = input.productionOrderId ?? null;
    const stockMovementId = input.stockMovementId ?? null;
    if (productionOrderId == null && stockMovementId == null) {
      errors.push(userError(UserErrorCode.REQUIRED, 'An inspection is of a production order or of a stock movement', ['productionOrderId']));
    }
    if (stockMovementId != null && !isUuid(stockMovementId)) errors.push(userError(UserErrorCode.INVALID, 'Stock movement id must be a UUID', ['stockMovementId']));
    if (input.inspectorId != null && !isUuid(input.inspectorId)) errors.push(userError(UserErrorCode.INVALID, 'Inspector id must be a UUID', ['inspectorId']));
    const measurements: MeasurementValues[] = [];
    const given = input.measurements ?? [];
    if (given.length > MAX_MEASUREMENTS) errors.push(userError(UserErrorCode.INVALID, `At most ${MAX_MEASUREMENTS} measurements`, ['measurements']));
    given.forEach((m, i) => {
      const name = m.name.trim();
      if (!name) errors.push(userError(UserErrorCode.REQUIRED, 'Measurement name is required', ['measurements', String(i), 'name']));
      else if (name.length > 100) errors.push(userError(UserErrorCode.INVALID, 'Measurement name is limited to 100 characters', ['measurements', String(i), 'name']));
      if (new Decimal(m.tolerance).lt(0)) errors.push(userError(UserErrorCode.INVALID, 'Tolerance cannot be negative', ['measurements', String(i), 'tolerance']));
      measurements.push({ name, value: m.value, target: m.target, tolerance: m.tolerance });
    });
    let result = input.result ?? null;
    const measurementsValid = !errors.some((e) => e.field?.[0] === 'measurements');
    if (measurements.length && measurementsValid) {
      const computed = resultOf(measurements);
      if (result != null && result !== computed) errors.push(userError(UserErrorCode.INVALID, `The measurements give ${computed}, not ${result}`, ['result']));
      result = computed;
    } else if (!measurements.length && result == null) {
      errors.push(userError(UserErrorCode.REQUIRED, 'Without measurements the result is required', ['result']));
    }
    const inspectedAt = input.inspectedAt ?? new Date();
    if (inspectedAt.getTime() > Date.now() + FUTURE_SLACK_MS) errors.push(userError(UserErrorCode.INVALID, 'An inspection cannot take place in the future', ['inspectedAt']));
    const notes = input.notes?.trim() || null;
    if (notes && notes.length > MAX_NOTES) errors.push(userError(UserErrorCode.INVALID, `Notes are limited to ${MAX_NOTES} characters`, ['notes']));
    if (errors.length) return { errors };
    return withUserErrors(async () => {
      const inspection = await idempotentCreate(
        ctx.em,
        'recordInspection',
        input.idempotencyKey,
        async (em) => {
          // A share lock: completing the order (FOR UPDATE) waits for this inspection, and sees it.
          if (productionOrderId != null && !(await shareProductionOrder(em, productionOrderId))) {
            throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Production order not found', ['productionOrderId'])]);
          }
          const inspection = em.create(QualityInspection, {
            productionOrderId,
            stockMovementId,
            result: result!,
            storedMeasurements: measurements,
            inspectorId: input.inspectorId ?? null,
            inspectedAt,
            notes,
          });
          await em.flush();
          await recordEvent(em, QualityInspected, {
            aggregateId: inspection.id,
            aggregateVersion: 1,
            payload: { inspectionId: inspection.id, productionOrderId, stockMovementId, result: inspection.result, inspectedAt: inspectedAt.toISOString() },
          });
          return inspection;
        },
        (em, id) => em.findOneOrFail(QualityInspection, id, { filters: { softDelete: false } }),
      );
      return { inspection };
    });
  }

  list(ctx: RequestContext, args: ListArgsValue<QualityInspectionFilter>): Promise<Connection<QualityInspection>> {
    const f = args.filter;
    return listPage(ctx.em, QualityInspection, args, {
      where: [
        f?.productionOrderId != null && { productionOrderId: uuidOrNil(f.productionOrderId) },
        f?.stockMovementId != null && { stockMovementId: uuidOrNil(f.stockMovementId) },
        f?.result != null && { result: f.result },
      ],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  /** Inspections of a production order, oldest first (the last one decides): one query for N orders. */
  ofProductionOrder(ctx: RequestContext, productionOrderId: string): Promise<QualityInspection[]> {
    return childrenLoader(ctx, QualityInspection, 'productionOrderId', { orderBy: { inspectedAt: 'asc', createdAt: 'asc', id: 'asc' } }).load(productionOrderId);
  }

  productionOrder(ctx: RequestContext, id: string): Promise<ProductionOrder> {
    return loadOrNotFound(ctx, ProductionOrder, id, 'Production order');
  }
}
