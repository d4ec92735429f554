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
  /**
   * Set when an integration calls with an API key: `userId` is then the key's id (what audit columns
   * and rate limits record), `role` its creator's, and `permissions` the key's scopes within that role.
   */
  apiKey?: ApiKeyPrincipal;
}

/** The API key behind a principal. */
export interface ApiKeyPrincipal {
  /** Its visible prefix (`pk_3f9a…`), what logs name it by. */
  prefix: string;
  /** The member who created it. */
  createdBy: string;
}

export function can(principal: Principal | null | undefined, permission: Permission): boolean {
  return !!principal && principal.permissions.includes(permission);
}
