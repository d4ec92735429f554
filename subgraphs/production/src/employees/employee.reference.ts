import { entityReference, type EntityReference } from '@prometric/core';

/**
 * An employee as production knows it: only the id. Hr owns the employee and the gateway resolves
 * every other field there, so `workOrder { assignedEmployee { name } }` spans both subgraphs.
 * Production cannot resolve an employee by itself (`resolvable: false`).
 */
export const { type: EmployeeReference, ofNullable: employeeReference } = entityReference('Employee', 'A person employed by the workspace.', { resolvable: false });
export type EmployeeReference = EntityReference;
