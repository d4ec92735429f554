import type { EventArgs, EventSubscriber } from '@mikro-orm/core';
import { TENANT_FILTER, TenantEntity, type TenantParams } from './base.entity';

/**
 * Stamps tenant keys and audit columns from the request's verified principal (carried as the
 * tenant filter's parameters), so no service can write a row into a tenant taken from input.
 */
export class AuditSubscriber implements EventSubscriber<TenantEntity> {
  beforeCreate(args: EventArgs<TenantEntity>): void {
    if (!(args.entity instanceof TenantEntity)) return;
    const tenant = args.em.getFilterParams<TenantParams>(TENANT_FILTER);
    if (!tenant?.workspaceId) throw new Error('Refusing to create a tenant row outside a tenant context');
    args.entity.organizationId = tenant.organizationId;
    args.entity.workspaceId = tenant.workspaceId;
    args.entity.createdBy = tenant.userId;
    args.entity.updatedBy = tenant.userId;
  }

  beforeUpdate(args: EventArgs<TenantEntity>): void {
    if (!(args.entity instanceof TenantEntity)) return;
    const tenant = args.em.getFilterParams<TenantParams>(TENANT_FILTER);
    args.entity.updatedBy = tenant?.userId ?? null;
  }
}
