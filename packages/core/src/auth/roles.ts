import { registerEnumType } from 'type-graphql';

/** Roles a member can hold in a workspace. */
export enum Role {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  SALES_MANAGER = 'SALES_MANAGER',
  SALES_REP = 'SALES_REP',
  ACCOUNTANT = 'ACCOUNTANT',
  WAREHOUSE = 'WAREHOUSE',
  PRODUCTION = 'PRODUCTION',
  HR = 'HR',
  VIEWER = 'VIEWER',
}

/** Every permission string, `resource:action`. */
export const PERMISSIONS = [
  'members:read',
  'members:write',
  'products:read',
  'products:write',
  'products:cost',
  'customers:read',
  'customers:write',
  'deals:read',
  'deals:write',
  'orders:read',
  'orders:write',
  'invoices:read',
  'invoices:write',
  'payments:write',
  'finance:read',
  'stock:read',
  'stock:write',
  'production:read',
  'production:write',
  'hr:read',
  'hr:write',
  'hr:salary',
  'webhooks:write',
  'reports:read',
  // Defines, changes and removes the workspace's custom fields (the definitions; writing values
  // needs only the object's own write permission). OWNER and ADMIN.
  'custom_fields:write',
  'audit:read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const READ_ALL_BUSINESS: Permission[] = ['products:read', 'customers:read', 'deals:read', 'orders:read', 'invoices:read', 'stock:read', 'production:read'];

/** The one table mapping roles to permissions. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.OWNER]: PERMISSIONS,
  [Role.ADMIN]: PERMISSIONS,
  [Role.SALES_MANAGER]: [...READ_ALL_BUSINESS, 'members:read', 'products:write', 'products:cost', 'customers:write', 'deals:write', 'orders:write', 'finance:read'],
  [Role.SALES_REP]: ['products:read', 'customers:read', 'customers:write', 'deals:read', 'deals:write', 'orders:read', 'orders:write', 'stock:read'],
  [Role.ACCOUNTANT]: [...READ_ALL_BUSINESS, 'products:cost', 'invoices:write', 'payments:write', 'finance:read', 'reports:read'],
  [Role.WAREHOUSE]: ['products:read', 'orders:read', 'stock:read', 'stock:write'],
  [Role.PRODUCTION]: ['products:read', 'products:cost', 'orders:read', 'stock:read', 'production:read', 'production:write'],
  [Role.HR]: ['members:read', 'hr:read', 'hr:write', 'hr:salary'],
  [Role.VIEWER]: READ_ALL_BUSINESS,
};

/**
 * Roles of system processes, never of a member (not in the GraphQL `Role` enum, so `addMember` cannot
 * grant one): only what the process needs. The order-to-cash saga invoices, reserves and releases
 * stock, requests and cancels production and moves orders; it reads no HR, costs or members.
 */
export const SERVICE_ROLE_PERMISSIONS = {
  'service:order-to-cash': ['orders:read', 'orders:write', 'invoices:read', 'invoices:write', 'stock:read', 'stock:write', 'production:read', 'production:write'],
} as const satisfies Record<string, readonly Permission[]>;

export type ServiceRole = keyof typeof SERVICE_ROLE_PERMISSIONS;

export function permissionsOf(role: Role | ServiceRole): readonly Permission[] {
  return (ROLE_PERMISSIONS as Record<string, readonly Permission[]>)[role] ?? SERVICE_ROLE_PERMISSIONS[role as ServiceRole] ?? [];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ROLE_PERMISSIONS, value);
}

export function isServiceRole(value: unknown): value is ServiceRole {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SERVICE_ROLE_PERMISSIONS, value);
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a member may do in a workspace; each role maps to a fixed set of permissions.',
  valuesConfig: {
    OWNER: { description: 'Everything, including adding owners.' },
    ADMIN: { description: 'Everything except adding owners.' },
    SALES_MANAGER: { description: 'Sales, with costs and finance read access.' },
    SALES_REP: { description: 'Customers, deals and orders.' },
    ACCOUNTANT: { description: 'Finance, read access to the rest.' },
    WAREHOUSE: { description: 'Stock and shipments.' },
    PRODUCTION: { description: 'Production orders.' },
    HR: { description: 'Employees, including salaries.' },
    VIEWER: { description: 'Read-only business data.' },
  },
});
