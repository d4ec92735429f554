import { auditTypes } from '@prometric/core';
import { UserReference } from './user.reference';

/** Finance's `AuditEntry` and `AuditTrail` (shareable with the other subgraphs'), naming the actor as a User stub. */
export const { AuditTrail } = auditTypes(UserReference);
