import type { Permission, Role, ServiceRole } from './roles';

/** Who is calling, as verified from the access token. */
export interface Principal {
  userId: string;
  organizationId: string;
  workspaceId: string;
  /** A member's role, or a system process's (the orchestrator's `service:order-to-cash`). */
  role: Role | ServiceRole;
  permissions: readonly Permission[];
  /** The workspace's currency, carried in the token so every subgraph prices in it. */
  currency: string;
}

export function can(principal: Principal | null | undefined, permission: Permission): boolean {
  return !!principal && principal.permissions.includes(permission);
}
