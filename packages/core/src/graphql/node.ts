import type { Permission } from '../auth/roles';

/** What `node(id:)` needs to know of a type implementing `Node`. */
export interface NodeType {
  /** The subgraph (and Postgres schema) that owns it and publishes `"<owner>"."node_types"(uuid[])`. */
  owner: 'sales' | 'operations' | 'finance' | 'production' | 'hr';
  /**
   * The scope its own by-id query needs (`Query.invoice` → `invoices:read`): `node` reads with the same
   * right. Expense's own query also admits its submitter; through `node` it needs `finance:read`.
   */
  read: Permission;
}

/**
 * Every type implementing the `Node` interface: each business document and master record a client can
 * read by id. Ids stay the UUIDs the API always had; `node(id:)` finds the type with one statement
 * over the owners' `node_types` lookups (test/node.int.spec.ts keeps this list equal to the
 * supergraph's by-id queries and their rules).
 */
export const NODE_TYPES = {
  Product: { owner: 'sales', read: 'products:read' },
  Customer: { owner: 'sales', read: 'customers:read' },
  Deal: { owner: 'sales', read: 'deals:read' },
  Order: { owner: 'sales', read: 'orders:read' },
  Warehouse: { owner: 'operations', read: 'stock:read' },
  Shipment: { owner: 'operations', read: 'stock:read' },
  Supplier: { owner: 'operations', read: 'stock:read' },
  PurchaseOrder: { owner: 'operations', read: 'stock:read' },
  Invoice: { owner: 'finance', read: 'invoices:read' },
  CreditNote: { owner: 'finance', read: 'invoices:read' },
  Expense: { owner: 'finance', read: 'finance:read' },
  WorkCenter: { owner: 'production', read: 'production:read' },
  BillOfMaterials: { owner: 'production', read: 'production:read' },
  ProductionOrder: { owner: 'production', read: 'production:read' },
  MaintenanceRequest: { owner: 'production', read: 'production:read' },
  WorkOrder: { owner: 'production', read: 'production:read' },
  QualityInspection: { owner: 'production', read: 'production:read' },
  Department: { owner: 'hr', read: 'hr:read' },
  Employee: { owner: 'hr', read: 'hr:read' },
  PayrollRun: { owner: 'hr', read: 'hr:read' },
} as const satisfies Record<string, NodeType>;

export type NodeTypeName = keyof typeof NODE_TYPES;

/** Owners publishing a `node_types` lookup, each once. */
export const NODE_OWNERS: readonly NodeType['owner'][] = [...new Set(Object.values(NODE_TYPES).map((t) => t.owner))];
