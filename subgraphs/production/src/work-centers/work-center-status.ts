import { registerEnumType } from 'type-graphql';

/** Whether work can start at a work center now. */
export enum WorkCenterStatus {
  AVAILABLE = 'AVAILABLE',
  BLOCKED = 'BLOCKED',
}

registerEnumType(WorkCenterStatus, {
  name: 'WorkCenterStatus',
  description: 'Whether work orders can start at a work center now; derived from its maintenance requests.',
  valuesConfig: {
    AVAILABLE: { description: 'No due maintenance holds it: work orders can start.' },
    BLOCKED: { description: 'A maintenance request is IN_PROGRESS, or OPEN and due: no work order can start.' },
  },
});
