import type { Permission, Role } from './roles';

/** Who is calling, as verified from the access token. */
export interface Principal {
  userId: string;
  organizationId: string;
  workspaceId: string;
  role: Role;
  permissions: readonly Permission[];
  /** The workspace's currency, carried in the token so every subgraph prices in it. */
  currency: string;
}

export function can(principal: Principal | null | undefined, permission: Permission): boolean {
  return !!principal && principal.permissions.includes(permission);
}
