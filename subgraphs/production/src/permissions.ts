import { hasPermission, type PermissionMap } from '@prometric/core';

/** Every operation of production and its rule; anything missing is denied. */
export const productionPermissions: PermissionMap = {
  Query: {
    workCenter: hasPermission('production:read'),
    workCenters: hasPermission('production:read'),
  },
  Mutation: {
    createWorkCenter: hasPermission('production:write'),
  },
  types: {},
};
