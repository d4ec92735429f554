import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role, TenantKeys } from '@prometric/core';

/**
 * The two questions identity must answer before it knows a workspace, asked through the narrow
 * `security definer` functions of Migration20261204100000 (row-level security hides every
 * workspace's memberships and tokens from a transaction that has not declared one).
 */

/** The membership a verified user logs into: in `workspaceId` when given, else their oldest. */
export async function loginMembership(em: EntityManager, userId: string, workspaceId: string | null): Promise<(TenantKeys & { role: Role }) | null> {
  const rows = await em.execute<{ organization_id: string; workspace_id: string; role: Role }[]>(
    'select organization_id, workspace_id, role from "identity"."login_membership"(?, ?)',
    [userId, workspaceId],
  );
  return rows[0] ? { organizationId: rows[0].organization_id, workspaceId: rows[0].workspace_id, role: rows[0].role } : null;
}

/** The workspace a refresh token was issued for, by the token's id. */
export async function refreshTokenTenant(em: EntityManager, tokenId: string): Promise<TenantKeys | null> {
  const rows = await em.execute<{ organization_id: string; workspace_id: string }[]>('select organization_id, workspace_id from "identity"."refresh_token_tenant"(?)', [tokenId]);
  return rows[0] ? { organizationId: rows[0].organization_id, workspaceId: rows[0].workspace_id } : null;
}
