import { OwnerAttachments, attachmentsResolverOf, createLogger, defaultAttachmentsConfig, type AttachmentsConfig } from '@prometric/core';
import { Employee } from '../employees/employee.entity';

/** Files on employees (stored by hr, under `hr.attachment`; reading and attaching need hr:read). */
export function hrAttachments(config: AttachmentsConfig = defaultAttachmentsConfig(), logger = createLogger('hr', 'silent')): OwnerAttachments {
  return new OwnerAttachments({ owner: 'hr', schema: 'hr', entityTypes: ['Employee'], config, logger: logger.child({ component: 'attachments' }) });
}

/** `Employee.attachments`. */
export const EmployeeAttachmentsResolver = attachmentsResolverOf(() => Employee, 'Employee');
