import { canMove, defineEnum, type EnumValue } from '@prometric/core';

/** Lifecycle of a maintenance request. */
export const MaintenanceStatus = defineEnum('MaintenanceStatus', 'Where a maintenance request is: OPEN → IN_PROGRESS → DONE, or OPEN/IN_PROGRESS → CANCELLED. DONE and CANCELLED are final.', {
  OPEN: 'Requested, not started. Blocks the work center once due.',
  IN_PROGRESS: 'Being carried out. Blocks the work center.',
  DONE: 'Carried out; the work center is no longer blocked by it.',
  CANCELLED: 'Withdrawn; the work center is no longer blocked by it.',
});
export type MaintenanceStatus = EnumValue<typeof MaintenanceStatus>;

/** Why the maintenance is done. */
export const MaintenanceType = defineEnum('MaintenanceType', 'Why the maintenance is done.', {
  PREVENTIVE: 'Planned upkeep at a date (scheduledFor), by hand or generated from a schedule.',
  CORRECTIVE: 'A repair of something broken, needed now.',
});
export type MaintenanceType = EnumValue<typeof MaintenanceType>;

/** The maintenance request state machine; anything not listed is an illegal transition. */
export const MAINTENANCE_TRANSITIONS: Readonly<Record<MaintenanceStatus, readonly MaintenanceStatus[]>> = {
  [MaintenanceStatus.OPEN]: [MaintenanceStatus.IN_PROGRESS, MaintenanceStatus.CANCELLED],
  [MaintenanceStatus.IN_PROGRESS]: [MaintenanceStatus.DONE, MaintenanceStatus.CANCELLED],
  [MaintenanceStatus.DONE]: [],
  [MaintenanceStatus.CANCELLED]: [],
};

export const canMoveMaintenance = canMove(MAINTENANCE_TRANSITIONS);

/** Statuses in which a request still holds its work center. */
export const OPEN_MAINTENANCE_STATUSES: readonly MaintenanceStatus[] = [MaintenanceStatus.OPEN, MaintenanceStatus.IN_PROGRESS];
