import { hasPermission, isAuthenticated, isPublic, type PermissionMap } from '@prometric/core';

/** Every operation of identity and its rule; anything missing is denied. */
export const identityPermissions: PermissionMap = {
  Query: {
    me: isAuthenticated,
  },
  Mutation: {
    signUp: isPublic,
    login: isPublic,
    refreshToken: isPublic,
    addMember: hasPermission('members:write'),
  },
};
