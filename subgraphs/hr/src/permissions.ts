import { hasPermission, type PermissionMap } from '@prometric/core';

/** Every operation of hr and its rule; anything missing is denied. */
export const hrPermissions: PermissionMap = {
  Query: {
    department: hasPermission('hr:read'),
    departments: hasPermission('hr:read'),
  },
  Mutation: {
    createDepartment: hasPermission('hr:write'),
  },
  types: {},
};
