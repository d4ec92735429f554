import { defineEnum, type EnumValue } from '@prometric/core';

/** Whether work can start at a work center now. */
export const WorkCenterStatus = defineEnum('WorkCenterStatus', 'Whether work orders can start at a work center now; derived from its maintenance requests.', {
  AVAILABLE: 'No due maintenance holds it: work orders can start.',
  BLOCKED: 'A maintenance request is IN_PROGRESS, or OPEN and due: no work order can start.',
});
export type WorkCenterStatus = EnumValue<typeof WorkCenterStatus>;

