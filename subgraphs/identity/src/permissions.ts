import { checkedInResolver, hasPermission, isAuthenticated, isPublic, type PermissionMap } from '@prometric/core';

/** Every operation of identity and its rule; anything missing is denied. */
export const identityPermissions: PermissionMap = {
  Query: {
    me: isAuthenticated,
    workspace: isAuthenticated,
    members: hasPermission('members:read'),
    node: checkedInResolver(isAuthenticated, 'Each object needs the scope of its own type’s by-id query (Order: orders:read, Invoice: invoices:read, …); FORBIDDEN otherwise (checked when resolved).'),
    nodes: checkedInResolver(isAuthenticated, 'Each object needs the scope of its own type’s by-id query; an object whose type the caller may not read is null with FORBIDDEN at its index (checked when resolved).'),
    search: checkedInResolver(isAuthenticated, 'Searches only the types the caller may read (each needs the scope of its own by-id query: products:read, customers:read, orders:read, invoices:read, hr:read, stock:read); the others are left out, not refused (checked when resolved).'),
    auditTrail: hasPermission('audit:read'),
    apiKeys: checkedInResolver(isAuthenticated, 'Lists the caller\'s own keys; with scope `members:write`, every key of the workspace (checked when resolved).'),
  },
  Mutation: {
    signUp: isPublic,
    login: isPublic,
    refreshToken: isPublic,
    createApiKey: checkedInResolver(isAuthenticated, 'Only a member (never an API key) creates keys, and only with scopes they hold (SCOPE_NOT_HELD otherwise).'),
    revokeApiKey: checkedInResolver(isAuthenticated, 'A member revokes their own keys; with scope `members:write`, any key of the workspace.'),
    updateWorkspace: hasPermission('members:write'),
    requestUpload: checkedInResolver(isAuthenticated, 'Needs the scope that reads the entity the file is attached to (Order: orders:read, Product: products:read, Invoice: invoices:read, PurchaseOrder: stock:read, Employee: hr:read); FORBIDDEN otherwise (checked when resolved).'),
    addMember: checkedInResolver(hasPermission('members:write'), 'Only an OWNER may grant the OWNER role (a FORBIDDEN error in the payload).'),
  },
};
