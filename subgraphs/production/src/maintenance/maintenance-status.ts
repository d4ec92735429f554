import { registerEnumType } from 'type-graphql';
import { canMove } from '@prometric/core';

/** Lifecycle of a maintenance request. */
export enum MaintenanceStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** Why the maintenance is done. */
export enum MaintenanceType {
  PREVENTIVE = 'PREVENTIVE',
  CORRECTIVE = 'CORRECTIVE',
}

registerEnumType(MaintenanceStatus, {
  name: 'MaintenanceStatus',
  description: 'Where a maintenance request is: OPEN → IN_PROGRESS → DONE, or OPEN/IN_PROGRESS → CANCELLED. DONE and CANCELLED are final.',
  valuesConfig: {
    OPEN: { description: 'Requested, not started. Blocks the work center once due.' },
    IN_PROGRESS: { description: 'Being carried out. Blocks the work center.' },
    DONE: { description: 'Carried out; the work center is no longer blocked by it.' },
    CANCELLED: { description: 'Withdrawn; the work center is no longer blocked by it.' },
  },
});

registerEnumType(MaintenanceType, {
  name: 'MaintenanceType',
  description: 'Why the maintenance is done.',
  valuesConfig: {
    PREVENTIVE: { description: 'Planned upkeep at a date (scheduledFor), by hand or generated from a schedule.' },
    CORRECTIVE: { description: 'A repair of something broken, needed now.' },
  },
});

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
