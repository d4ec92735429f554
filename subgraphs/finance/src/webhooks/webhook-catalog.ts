import { Kind, parse, print, type SelectionSetNode } from 'graphql';
import { EVENT_CONTRACTS, contractOf } from '@prometric/contracts';
import type { Permission } from '@prometric/core';

/**
 * The scope that reads events about each entity type (an event contract's aggregate type): the same
 * scope that reads the entity itself. An aggregate type missing here is readable by nobody (deny by
 * default); `webhook-catalog.spec.ts` checks every contract is covered.
 */
export const EVENT_READ_PERMISSION: Readonly<Record<string, Permission>> = {
  Deal: 'deals:read',
  Order: 'orders:read',
  Invoice: 'invoices:read',
  CreditNote: 'invoices:read',
  PaymentRequest: 'invoices:read',
  Expense: 'finance:read',
  // A payroll run's totals add up salaries.
  PayrollRun: 'hr:salary',
  StockMovement: 'stock:read',
  Reservation: 'stock:read',
  Shipment: 'stock:read',
  PurchaseOrder: 'stock:read',
  ProductionOrder: 'production:read',
  WorkOrder: 'production:read',
  QualityInspection: 'production:read',
  MaintenanceRequest: 'production:read',
};

/** The supergraph's root field that reads one entity of each type by id: what a selection is asked on. */
export const ENTITY_QUERY_FIELD: Readonly<Record<string, string>> = {
  Deal: 'deal',
  Order: 'order',
  Invoice: 'invoice',
  CreditNote: 'creditNote',
  Expense: 'expense',
  PayrollRun: 'payrollRun',
  Shipment: 'shipment',
  PurchaseOrder: 'purchaseOrder',
  ProductionOrder: 'productionOrder',
  WorkOrder: 'workOrder',
  MaintenanceRequest: 'maintenanceRequest',
};

/** Every event type a webhook or the feed may name. */
export const EVENT_TYPES: readonly string[] = [...EVENT_CONTRACTS.keys()].sort();

/** The scope reading events of `type`, or null for an unknown type (never readable). */
export function readPermissionOf(type: string): Permission | null {
  const contract = contractOf(type);
  return contract ? EVENT_READ_PERMISSION[contract.aggregateType] ?? null : null;
}

/** The longest selection accepted, in characters. */
export const MAX_SELECTION_LENGTH = 2000;

/**
 * Why `fields` is not a usable selection set, or null: one `{ … }` block of fields (no variables,
 * fragments definitions or operations around it). Whether the fields exist is the gateway's answer
 * at delivery (a refused read fails the attempt with the gateway's message).
 */
export function selectionProblem(fields: string): string | null {
  if (fields.length > MAX_SELECTION_LENGTH) return `A selection is limited to ${MAX_SELECTION_LENGTH} characters`;
  if (fields.includes('$')) return 'A selection cannot use variables';
  if (!/^\{[\s\S]*\}$/.test(fields.trim())) return 'A selection is one { … } block of fields';
  let selectionSet: SelectionSetNode;
  try {
    const document = parse(`query ${fields.trim()}`, { noLocation: true });
    if (document.definitions.length !== 1 || document.definitions[0].kind !== Kind.OPERATION_DEFINITION) return 'A selection is one { … } block of fields';
    selectionSet = document.definitions[0].selectionSet;
  } catch (e) {
    return `Not a GraphQL selection set: ${(e as Error).message}`;
  }
  return selectionSet.selections.length ? null : 'A selection names at least one field';
}

/**
 * The query reading one entity with a webhook's selection through the gateway, printed as
 * `pnpm trust` prints a registered document: with TRUSTED_DOCUMENTS=enforce, registering this text
 * lets the gateway run it.
 */
export function entityQuery(aggregateType: string, fields: string): string | null {
  const field = ENTITY_QUERY_FIELD[aggregateType];
  return field ? print(parse(`query WebhookData($id: ID!) { entity: ${field}(id: $id) ${fields.trim()} }`, { noLocation: true })) : null;
}
