/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, "YYYY-MM-DD" (no time, no zone), years 1900–2200. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. Years 1900–2200. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number as a string, e.g. "1250.00". Never a float. */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** Result of a monthly leave accrual. */
export type AccrueLeavePayload = {
  __typename?: 'AccrueLeavePayload';
  /** Employees credited by this call (those already credited for the month are skipped). */
  accrued: Scalars['Int']['output'];
  /** ANNUAL days credited to each employee. */
  daysPerEmployee: Scalars['Decimal']['output'];
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
  /** The month accrued, YYYY-MM. */
  month: Scalars['String']['output'];
};

/** A person to add to the caller's workspace. */
export type AddMemberInput = {
  /** Login email; an existing user is added as is. */
  email: Scalars['String']['input'];
  /** Full name; required for a new user. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Initial password (at least 8 characters); required for a new user. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** Role in this workspace. Only an OWNER may grant OWNER. */
  role: Role;
};

/** Result of addMember. */
export type AddMemberPayload = {
  __typename?: 'AddMemberPayload';
  /** Why the member was not added; empty on success. */
  errors: Array<UserError>;
  /** The member, with their role in this workspace. */
  user?: Maybe<User>;
};

/** A new step of a production order. */
export type AddWorkOrderInput = {
  /** The employee assigned (hr's employee id; must be a UUID). */
  assignedEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** A retry with the same key returns the first result instead of adding again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What is done in this step, e.g. "Assembly" (1–255 characters). */
  operation: Scalars['String']['input'];
  /** Minutes the step is planned to take (zero or more). */
  plannedMinutes: Scalars['Int']['input'];
  /** The production order (PLANNED, RELEASED or IN_PROGRESS). */
  productionOrderId: Scalars['ID']['input'];
  /** Position among its steps, unique there and more than zero; default one past the last step. */
  sequence?: InputMaybe<Scalars['Int']['input']>;
  /** The work center the step is done at. */
  workCenterId: Scalars['ID']['input'];
};

/** A correction of the stock of a product in a warehouse (after a count, damage, loss). */
export type AdjustStockInput = {
  /** A retry with the same key returns the first movement instead of adjusting again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The product (sales' product id; must be a UUID). */
  productId: Scalars['ID']['input'];
  /** Signed change in units, not zero: positive adds, negative removes. Stock on hand may not go below zero or below what is reserved. */
  quantity: Scalars['Int']['input'];
  /** Why the stock is adjusted. */
  reason: Scalars['String']['input'];
  /** External reference: count sheet, incident number. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** The warehouse. */
  warehouseId: Scalars['ID']['input'];
};

/** Amounts due by how long past their due date they are, as of the report date. */
export type AgingBuckets = {
  __typename?: 'AgingBuckets';
  /** Not yet past due (or without a due date). */
  current: Money;
  /** 1 to 30 days past due. */
  days1To30: Money;
  /** 31 to 60 days past due. */
  days31To60: Money;
  /** 61 to 90 days past due. */
  days61To90: Money;
  /** More than 90 days past due. */
  over90: Money;
  /** Everything due: the sum of the buckets. */
  total: Money;
};

/** Days of leave granted by HR. */
export type AllocateLeaveInput = {
  /** Days granted: more than zero, at most 2 decimals. */
  days: Scalars['Decimal']['input'];
  /** The employee. */
  employeeId: Scalars['ID']['input'];
  /** Why, e.g. "carried over from 2025". */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Kind of leave. */
  type: LeaveType;
};

/** Result of allocating leave. */
export type AllocateLeavePayload = {
  __typename?: 'AllocateLeavePayload';
  /** The ledger entry written. */
  entry?: Maybe<LeaveLedgerEntry>;
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
};

/** An API key of the workspace, as its creator and the workspace admins see it (never the key itself). */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The member who created the key; null once they left the workspace (the key then stops working). */
  createdBy?: Maybe<User>;
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** From when the key is refused; null: it does not expire. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** When the gateway last exchanged the key for an access token (to within the token's lifetime, 5 minutes by default); null: never used. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** What the key is for, e.g. "Webshop sync". */
  name: Scalars['String']['output'];
  /** The key's visible beginning (`pk_` and 16 hex digits), how logs and lists name it. */
  prefix: Scalars['String']['output'];
  /** When the key was revoked; a revoked key is refused at once. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Permissions (resource:action) the key may use; never more than its creator's role grants. */
  scopes: Array<Scalars['String']['output']>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of API keys. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The items of this page. */
  edges: Array<ApiKeyEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ApiKey in a page, with its cursor. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The ApiKey. */
  node: ApiKey;
};

/** Narrows a list of API keys. */
export type ApiKeyFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only keys this member created. */
  createdBy?: InputMaybe<Scalars['ID']['input']>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** true: only revoked keys; false: only keys not revoked. */
  revoked?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One sort key of a API key list; several apply in order, ties broken by id. */
export type ApiKeyOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: ApiKeySortField;
};

/** Fields a API key list can be sorted by. */
export type ApiKeySortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** Accounts receivable aging: what customers owed on a date, by how long past due. */
export type ArAgingReport = {
  __typename?: 'ArAgingReport';
  /** The date the report is as of (end of that day, UTC). */
  asOf: Scalars['Date']['output'];
  /** The currency of every amount (invoices in other currencies are not in this report). */
  currency: Scalars['String']['output'];
  /** Each customer that owed anything, by customer id. */
  customers: Array<CustomerAging>;
  /** The sum over customers. */
  total: AgingBuckets;
};

/** A file attached to an order, product, invoice, purchase order or employee. */
export type Attachment = {
  __typename?: 'Attachment';
  /** Its content type, one of the accepted ones (PDF, PNG, JPEG, GIF, WebP, text, CSV, XLSX, DOCX, ZIP). */
  contentType: Scalars['String']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** The member who uploaded it. */
  createdBy?: Maybe<Scalars['ID']['output']>;
  /** A short-lived signed link (ATTACHMENT_URL_TTL_SECONDS, 5 minutes by default) that downloads the file through the gateway, for the member who read it; ask again for a fresh one. */
  downloadUrl: Scalars['String']['output'];
  /** The file name, sanitised when it was uploaded (no path, no control characters, at most 200 characters). */
  fileName: Scalars['String']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** The SHA-256 of its bytes (hex), computed as they were stored. */
  sha256?: Maybe<Scalars['String']['output']>;
  /** Its size in bytes. */
  size: Scalars['Int']['output'];
};

/** What a file can be attached to. */
export type AttachmentEntity =
  /** An employee (needs hr:read). */
  | 'EMPLOYEE'
  /** An invoice (needs invoices:read). */
  | 'INVOICE'
  /** A sales order (needs orders:read). */
  | 'ORDER'
  /** A product (needs products:read). */
  | 'PRODUCT'
  /** A purchase order (needs stock:read). */
  | 'PURCHASE_ORDER';

/** Result of a check-in or check-out. */
export type AttendancePayload = {
  __typename?: 'AttendancePayload';
  /** The attendance record. */
  attendance?: Maybe<AttendanceRecord>;
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
};

/** One stretch of work of an employee: from check-in to check-out (null while still checked in). */
export type AttendanceRecord = {
  __typename?: 'AttendanceRecord';
  /** When the employee checked in. */
  checkIn: Scalars['DateTime']['output'];
  /** When the employee checked out; null while checked in. */
  checkOut?: Maybe<Scalars['DateTime']['output']>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** The employee the record is of. */
  employee?: Maybe<Employee>;
  /** The employee. */
  employeeId: Scalars['ID']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** What happened to the entity. */
export type AuditAction =
  /** It was created. */
  | 'CREATE'
  /** It was deleted (a soft delete counts). */
  | 'DELETE'
  /** Some of its fields changed. */
  | 'UPDATE';

/** A type whose changes `auditTrail` reads (every type implementing Node). */
export type AuditEntityType =
  /** A BillOfMaterials. */
  | 'BILL_OF_MATERIALS'
  /** A CreditNote. */
  | 'CREDIT_NOTE'
  /** A Customer. */
  | 'CUSTOMER'
  /** A Deal. */
  | 'DEAL'
  /** A Department. */
  | 'DEPARTMENT'
  /** A Employee. */
  | 'EMPLOYEE'
  /** A Expense. */
  | 'EXPENSE'
  /** A Invoice. */
  | 'INVOICE'
  /** A MaintenanceRequest. */
  | 'MAINTENANCE_REQUEST'
  /** A Order. */
  | 'ORDER'
  /** A PayrollRun. */
  | 'PAYROLL_RUN'
  /** A Product. */
  | 'PRODUCT'
  /** A ProductionOrder. */
  | 'PRODUCTION_ORDER'
  /** A PurchaseOrder. */
  | 'PURCHASE_ORDER'
  /** A QualityInspection. */
  | 'QUALITY_INSPECTION'
  /** A Shipment. */
  | 'SHIPMENT'
  /** A Supplier. */
  | 'SUPPLIER'
  /** A Warehouse. */
  | 'WAREHOUSE'
  /** A WorkCenter. */
  | 'WORK_CENTER'
  /** A WorkOrder. */
  | 'WORK_ORDER';

/** One recorded change: who, when, in which request, and which fields (old → new). */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Created, updated or deleted. */
  action: AuditAction;
  /** Who made it (an API key's changes name its creator nowhere here: see actorRole); null for a system process or a user no longer in the workspace. */
  actor?: Maybe<User>;
  /** The role it was made with: a member role (`ADMIN`), a service role (`service:order-to-cash`), `api-key:<prefix>`, or `system` (an event consumer). */
  actorRole: Scalars['String']['output'];
  /** When the change was committed (its transaction). */
  at: Scalars['DateTime']['output'];
  /** The fields that changed (for a creation, those it set). */
  changes: Array<AuditFieldChangeType>;
  /** The id of what changed. */
  entityId: Scalars['ID']['output'];
  /** The type of what changed (`Order`). */
  entityType: Scalars['String']['output'];
  /** Id of the entry. */
  id: Scalars['ID']['output'];
  /** The id of the request that made it (`x-request-id`, as the gateway logs it). */
  requestId?: Maybe<Scalars['String']['output']>;
};

/** One audit entry in a page, with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor of this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** One field of an audited change. A secret field (salary, bank account) says only that it changed: neither value is ever recorded. */
export type AuditFieldChangeType = {
  __typename?: 'AuditFieldChangeType';
  /** Always true: the field changed (for a secret field, the only thing recorded). */
  changed: Scalars['Boolean']['output'];
  /** The field, by its API name (`notes`, `status`, `salary`). */
  field: Scalars['String']['output'];
  /** Its value after (null for a secret field, or when it has none). */
  new?: Maybe<Scalars['JSON']['output']>;
  /** Its value before (null for a secret field, or when it had none). */
  old?: Maybe<Scalars['JSON']['output']>;
};

/** A page of audit entries, newest first. */
export type AuditTrail = {
  __typename?: 'AuditTrail';
  /** The entries of this page. */
  edges: Array<AuditEntryEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
};

/** A BillOfMaterials; its owner (production) resolves its fields. */
export type BillOfMaterials = Node & {
  __typename?: 'BillOfMaterials';
  /** When this version was last activated. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When this version was last archived. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What one unit is made of, in the order given. */
  components: Array<BillOfMaterialsLine>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The product made. Needs products:read for anything but its id. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** DRAFT, ACTIVE (in use) or ARCHIVED. */
  status: BillOfMaterialsStatus;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version number, 1 for the first bill of the product, incremented per new bill. */
  version: Scalars['Int']['output'];
};

/** One component of a bill of materials: units of a product per unit made. */
export type BillOfMaterialsLine = {
  __typename?: 'BillOfMaterialsLine';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The component product. Needs products:read for anything but its id. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** Units of the component per unit made; more than zero. */
  quantity: Scalars['Int']['output'];
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Result of a bill of materials mutation. */
export type BillOfMaterialsPayload = {
  __typename?: 'BillOfMaterialsPayload';
  /** The bill of materials. */
  billOfMaterials?: Maybe<BillOfMaterials>;
  /** Why the change was refused (then nothing changed); empty on success. A component that would make the product part of itself is INVALID on `components`. */
  errors: Array<UserError>;
};

/** DRAFT (created, not in use) → ACTIVE (the one production uses; one per product) → ARCHIVED (replaced by a newer active version). */
export type BillOfMaterialsStatus =
  /** The product's bill in use: releasing a production order snapshots it. At most one per product. */
  | 'ACTIVE'
  /** Was active, replaced by another version. Can be activated again. */
  | 'ARCHIVED'
  /** Created without activating; production does not use it. */
  | 'DRAFT';

/** One component of a new bill of materials. */
export type BomComponentInput = {
  /** The component product (sales' product id; must be a UUID, not the product made, and not repeated). */
  productId: Scalars['ID']['input'];
  /** Units of the component per unit made; more than zero. */
  quantity: Scalars['Int']['input'];
};

/** The workspace's account at a payment provider. */
export type ConfigurePaymentProviderInput = {
  /** The workspace's merchant id at the provider (1 to 255 characters). */
  merchantId: Scalars['String']['input'];
  /** The provider; MANUAL needs no configuration and is refused. */
  provider: PaymentProviderKind;
  /** The secret the provider signs callbacks with and we sign requests with (16 to 255 characters); stored encrypted, never returned. */
  secret: Scalars['String']['input'];
};

/** Result of configurePaymentProvider. */
export type ConfigurePaymentProviderPayload = {
  __typename?: 'ConfigurePaymentProviderPayload';
  /** Why it was refused (INVALID); empty on success. Nothing is written when refused. */
  errors: Array<UserError>;
  /** The provider account, without its secret. */
  paymentProvider?: Maybe<PaymentProviderSetting>;
};

/** A new API key for an integration. */
export type CreateApiKeyInput = {
  /** From when the key is refused (in the future); null: it does not expire. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the key is for (1–255 characters), e.g. "Webshop sync". */
  name: Scalars['String']['input'];
  /** Permissions (resource:action, e.g. "orders:read") the key may use: at least one, each held by the caller. */
  scopes: Array<Scalars['String']['input']>;
};

/** Result of createApiKey. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The new key, without its secret. */
  apiKey?: Maybe<ApiKey>;
  /** Why the key was not created: INVALID or REQUIRED input, SCOPE_NOT_HELD for a scope the caller lacks, FORBIDDEN when an API key asks. */
  errors: Array<UserError>;
  /** The whole key (`pk_…`), shown this once and never again: Prometric keeps only its hash. */
  key?: Maybe<Scalars['String']['output']>;
};

/** A new version of what a product is made of. */
export type CreateBillOfMaterialsInput = {
  /** Make it the active bill at once (archiving the current one). Default false: created as DRAFT. */
  activate?: InputMaybe<Scalars['Boolean']['input']>;
  /** What it is made of: at least one component. */
  components: Array<BomComponentInput>;
  /** The product made (sales' product id; must be a UUID). */
  productId: Scalars['ID']['input'];
};

/** A credit note against an issued invoice. */
export type CreateCreditNoteInput = {
  /** A retry with the same key returns the first credit note instead of crediting again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The invoice credited; ISSUED or PARTIALLY_PAID (overdue ones included). */
  invoiceId: Scalars['ID']['input'];
  /** What to credit; omitted: everything left to credit on the invoice (a full reversal). */
  lines?: InputMaybe<Array<CreditNoteLineInput>>;
  /** Why the invoice is credited (required). */
  reason: Scalars['String']['input'];
};

/** A new customer. */
export type CreateCustomerInput = {
  /** Most the customer may owe at once, in the workspace currency. */
  creditLimit?: InputMaybe<Scalars['Decimal']['input']>;
  /** Custom field values, a JSON object keyed by the keys defined for this type (customFields(entity:)); each value is checked against its definition (INVALID or REQUIRED on ["customFields", key]). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Contact email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Customer group (1 to 50 characters, e.g. "wholesale"): price lists may target it. */
  group?: InputMaybe<Scalars['String']['input']>;
  /** A retry with the same key returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Integration metadata (your own ids and the like): a flat JSON object of strings, numbers, booleans or nulls, at most 50 entries; filterable by key and value. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Name of the person or company. */
  name: Scalars['String']['input'];
  /** Contact phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A new deal, starting as a LEAD. */
export type CreateDealInput = {
  /** Custom field values, a JSON object keyed by the keys defined for this type (customFields(entity:)); each value is checked against its definition (INVALID or REQUIRED on ["customFields", key]). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Customer id. */
  customerId: Scalars['ID']['input'];
  /** Percent off every line, after each line’s own discount (see quote). */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** When the deal is expected to close. */
  expectedCloseDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** A retry with the same key returns the first deal. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** At least one line. */
  lines: Array<DealLineInput>;
  /** Short title. */
  title: Scalars['String']['input'];
};

/** A new department. */
export type CreateDepartmentInput = {
  /** Short code, unique in the workspace: 1–32 letters, digits or . _ - /. */
  code: Scalars['String']['input'];
  /** A retry with the same key returns the first result instead of creating again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Display name. */
  name: Scalars['String']['input'];
};

/** A new employee. */
export type CreateEmployeeInput = {
  /** Bank account (IBAN or similar) salaries are paid to. Stored encrypted. */
  bankAccount?: InputMaybe<Scalars['String']['input']>;
  /** Department name or code; a department that does not exist yet is created with this name. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Work email; unique in the workspace. */
  email: Scalars['String']['input'];
  /** When employment started. */
  hireDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** A retry with the same key returns the first result instead of creating again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The employee this one reports to. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** Full name. */
  name: Scalars['String']['input'];
  /** Job title. */
  position: Scalars['String']['input'];
  /** MONTHLY gross salary in the workspace's currency, more than zero, at most 2 decimals. Stored encrypted. */
  salary: Scalars['Decimal']['input'];
  /** Identity's user who is this employee (lets them see their own record and salary). */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A draft invoice for an order finance has seen. */
export type CreateInvoiceInput = {
  /** Date payment is due (YYYY-MM-DD). */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** A retry with the same key returns the first result instead of creating again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The sales order to bill (sales' order id). */
  orderId: Scalars['ID']['input'];
};

/** A new draft order. */
export type CreateOrderInput = {
  /** Custom field values, a JSON object keyed by the keys defined for this type (customFields(entity:)); each value is checked against its definition (INVALID or REQUIRED on ["customFields", key]). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Customer id. */
  customerId: Scalars['ID']['input'];
  /** Percent off every line, after each line’s own discount (see quote). */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** A retry with the same key returns the first order instead of creating another. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** At least one line. */
  lines: Array<OrderLineInput>;
  /** Integration metadata (your own ids and the like): a flat JSON object of strings, numbers, booleans or nulls, at most 50 entries; filterable by key and value. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
};

/** A new price list: for one customer, one customer group, or (neither given) everyone. */
export type CreatePriceListInput = {
  /** The customer group it is for (see Customer.group). */
  customerGroup?: InputMaybe<Scalars['String']['input']>;
  /** The customer it is for. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Its prices, 1 to 500. */
  items: Array<PriceListItemInput>;
  /** Name (1 to 200 characters). */
  name: Scalars['String']['input'];
  /** Among lists of the same reach, the higher priority wins (0 when omitted). */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** Rounding increment of prices computed as a percentage off (0.01 when omitted; e.g. 0.05 or 1.00). */
  roundTo?: InputMaybe<Scalars['Decimal']['input']>;
  /** First day it applies (UTC). */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day it applies (UTC, included). */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** A new product. */
export type CreateProductInput = {
  /** Unit cost. */
  cost?: InputMaybe<Scalars['Decimal']['input']>;
  /** Custom field values, a JSON object keyed by the keys defined for this type (customFields(entity:)); each value is checked against its definition (INVALID or REQUIRED on ["customFields", key]). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** A retry with the same key returns the first result instead of creating again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Integration metadata (your own ids and the like): a flat JSON object of strings, numbers, booleans or nulls, at most 50 entries; filterable by key and value. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** Display name. */
  name: Scalars['String']['input'];
  /** Unit price net of tax, in the workspace currency. */
  price: Scalars['Decimal']['input'];
  /** Stock-keeping unit, unique in the workspace. */
  sku: Scalars['String']['input'];
  /** Tax rate as a fraction ("0.12" is 12%); 0 when omitted. */
  taxRate?: InputMaybe<Scalars['Decimal']['input']>;
};

/** A new production order. */
export type CreateProductionOrderInput = {
  /** Date the output is wanted (YYYY-MM-DD). */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** A retry with the same key returns the first production order instead of creating again (the order-to-cash saga uses saga:<order>:production:<line>). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The sales order the units are made for (sales' order id), when made to order. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** The sales order line the units are made for (sales' order line id); needs orderId. */
  orderLineId?: InputMaybe<Scalars['ID']['input']>;
  /** The product to make (sales' product id; must be a UUID). */
  productId: Scalars['ID']['input'];
  /** Units to make; more than zero. */
  quantity: Scalars['Int']['input'];
  /** The warehouse components are taken from and the output is received into (operations' warehouse id; must be a UUID). */
  warehouseId: Scalars['ID']['input'];
};

/** A new DRAFT purchase order. */
export type CreatePurchaseOrderInput = {
  /** A retry with the same key returns the first result instead of creating again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What to order; at least one line, each product once. */
  lines: Array<PurchaseOrderLineInput>;
  /** The supplier. */
  supplierId: Scalars['ID']['input'];
  /** Where the goods are expected (counts for that warehouse in the reorder check). */
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new shipment of reserved stock of a sales order from one warehouse. */
export type CreateShipmentInput = {
  /** A retry with the same key returns the first result instead of creating again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The reservations to ship. Omitted: every RESERVED reservation of the order in that warehouse that is in no other shipment. */
  lines?: InputMaybe<Array<ShipmentLineInput>>;
  /** The sales order (sales' order id). */
  orderId: Scalars['ID']['input'];
  /** The warehouse the goods leave from. */
  warehouseId: Scalars['ID']['input'];
};

/** A new supplier. */
export type CreateSupplierInput = {
  /** ISO 4217 currency code, e.g. "USD". */
  currency: Scalars['String']['input'];
  /** Email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A retry with the same key returns the first result instead of creating again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Usual days from order to delivery; 0 when omitted. */
  leadTimeDays?: InputMaybe<Scalars['Int']['input']>;
  /** Display name. */
  name: Scalars['String']['input'];
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A new warehouse. */
export type CreateWarehouseInput = {
  /** Short code, unique in the workspace: 1–32 letters, digits or . _ - /. */
  code: Scalars['String']['input'];
  /** A retry with the same key returns the first result instead of creating again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Display name. */
  name: Scalars['String']['input'];
};

/** A new webhook endpoint. */
export type CreateWebhookInput = {
  /** A note for people: what the endpoint is for (255 characters at most). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Event types to deliver, e.g. ["order.created", "invoice.issued"]; each needs the scope that reads it (SCOPE_NOT_HELD otherwise). */
  events: Array<Scalars['String']['input']>;
  /** Only events whose payload has these top-level values (strings, numbers or booleans), e.g. {"customerId": "…"}; every event when omitted. */
  filter?: InputMaybe<Scalars['JSON']['input']>;
  /** Your own signing secret (`whsec_` + base64 of 24–64 bytes); a random one when omitted. Either way it is returned once, in this payload. */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** What each delivery carries as `data`, per entity type (read with your scopes at delivery); `{ id }` for an entity type without one. */
  selections?: InputMaybe<Array<WebhookSelectionInput>>;
  /** Where events are POSTed: http or https, no credentials. In production it must resolve to public addresses only (URL_NOT_ALLOWED otherwise). */
  url: Scalars['String']['input'];
};

/** A new work center. */
export type CreateWorkCenterInput = {
  /** Short code, unique in the workspace: 1–32 letters, digits or . _ - /. */
  code: Scalars['String']['input'];
  /** A retry with the same key returns the first result instead of creating again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Display name. */
  name: Scalars['String']['input'];
};

/** A credit note: reverses all or part of an issued invoice, which itself is never edited. Reduces what is due on the invoice. */
export type CreditNote = Node & {
  __typename?: 'CreditNote';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217 currency of every amount of the document. */
  currency: Scalars['String']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** The invoice this credit note reverses. */
  invoice: Invoice;
  /** When the credit note was issued (its creation). */
  issuedAt: Scalars['DateTime']['output'];
  /** What is credited. */
  lines: Array<CreditNoteLine>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Gapless per workspace and year on its own counter, e.g. CN-2026-000001. */
  number: Scalars['String']['output'];
  /** The credit note as a PDF. A short-lived signed link (DOCUMENT_URL_TTL_SECONDS, 5 minutes by default) to the PDF on the gateway; it shows what the member who asked for it may read. Ask again for a fresh one. Needs invoices:read. Requires scope `invoices:read`. */
  pdfUrl?: Maybe<Scalars['String']['output']>;
  /** Why the invoice was credited. */
  reason: Scalars['String']['output'];
  /** Always ISSUED: a credit note is final once created. */
  status: CreditNoteStatus;
  /** Sum of the lines, net of tax. */
  subtotal: Money;
  /** Sum of the lines' tax, each line rounded to cents. */
  tax: Money;
  /** Subtotal plus tax. */
  total: Money;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of credit notes. */
export type CreditNoteConnection = {
  __typename?: 'CreditNoteConnection';
  /** The items of this page. */
  edges: Array<CreditNoteEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One CreditNote in a page, with its cursor. */
export type CreditNoteEdge = {
  __typename?: 'CreditNoteEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The CreditNote. */
  node: CreditNote;
};

/** Narrows a credit note list. */
export type CreditNoteFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only credit notes of this customer (sales' id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only credit notes of this invoice. */
  invoiceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only the credit note with this number, e.g. CN-2026-000001. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One line of a credit note: units of an invoice line returned, an amount taken off an invoice line, or a free-form credit. */
export type CreditNoteLine = {
  __typename?: 'CreditNoteLine';
  /** What is credited, as the user described it. */
  description?: Maybe<Scalars['String']['output']>;
  /** The invoice line credited (InvoiceLine.id); null for a free-form credit. */
  invoiceLineId?: Maybe<Scalars['ID']['output']>;
  /** Units of the invoice line credited; null when only an amount was credited. */
  quantity?: Maybe<Scalars['Int']['output']>;
  /** Amount credited before tax. */
  subtotal: Money;
  /** Tax credited (at the invoice line's rate; zero for a free-form credit). */
  tax: Money;
  /** subtotal + tax: what the line takes off the invoice. */
  total: Money;
};

/** One line to credit. With invoiceLineId: `quantity` units of that line (default: all units not yet credited), at the line's price and tax, or `amount` (tax included) instead of or below that value, e.g. a price adjustment. Without invoiceLineId: a free-form credit of `amount` (no tax) with a description. */
export type CreditNoteLineInput = {
  /** Amount credited, tax included, in the invoice's currency; two decimals at most. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** What is credited; required without invoiceLineId. At most 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The invoice line credited (InvoiceLine.id). */
  invoiceLineId?: InputMaybe<Scalars['ID']['input']>;
  /** Units of the invoice line returned: at most those not yet credited. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key of a credit note list; several apply in order, ties broken by id. */
export type CreditNoteOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: CreditNoteSortField;
};

/** Result of createCreditNote. */
export type CreditNotePayload = {
  __typename?: 'CreditNotePayload';
  /** The credit note issued. */
  creditNote?: Maybe<CreditNote>;
  /** Why the credit note was refused; empty on success. Nothing is written when refused. */
  errors: Array<UserError>;
  /** The invoice credited, with its new amounts and status. */
  invoice?: Maybe<Invoice>;
};

/** Fields a credit note list can be sorted by. */
export type CreditNoteSortField =
  | 'CREATED_AT'
  | 'NUMBER'
  | 'TOTAL'
  | 'UPDATED_AT';

/** Where a credit note is. A credit note is ISSUED (numbered, final) the moment it is created. */
export type CreditNoteStatus =
  /** Numbered and final: it reduces what is due on its invoice. */
  | 'ISSUED';

/** An ISO 4217 currency code, e.g. USD, EUR, KZT. */
export type CurrencyCode =
  | 'AED'
  | 'AFN'
  | 'ALL'
  | 'AMD'
  | 'ANG'
  | 'AOA'
  | 'ARS'
  | 'AUD'
  | 'AWG'
  | 'AZN'
  | 'BAM'
  | 'BBD'
  | 'BDT'
  | 'BGN'
  | 'BHD'
  | 'BIF'
  | 'BMD'
  | 'BND'
  | 'BOB'
  | 'BRL'
  | 'BSD'
  | 'BTN'
  | 'BWP'
  | 'BYN'
  | 'BZD'
  | 'CAD'
  | 'CDF'
  | 'CHF'
  | 'CLP'
  | 'CNY'
  | 'COP'
  | 'CRC'
  | 'CUC'
  | 'CUP'
  | 'CVE'
  | 'CZK'
  | 'DJF'
  | 'DKK'
  | 'DOP'
  | 'DZD'
  | 'EGP'
  | 'ERN'
  | 'ETB'
  | 'EUR'
  | 'FJD'
  | 'FKP'
  | 'GBP'
  | 'GEL'
  | 'GHS'
  | 'GIP'
  | 'GMD'
  | 'GNF'
  | 'GTQ'
  | 'GYD'
  | 'HKD'
  | 'HNL'
  | 'HRK'
  | 'HTG'
  | 'HUF'
  | 'IDR'
  | 'ILS'
  | 'INR'
  | 'IQD'
  | 'IRR'
  | 'ISK'
  | 'JMD'
  | 'JOD'
  | 'JPY'
  | 'KES'
  | 'KGS'
  | 'KHR'
  | 'KMF'
  | 'KPW'
  | 'KRW'
  | 'KWD'
  | 'KYD'
  | 'KZT'
  | 'LAK'
  | 'LBP'
  | 'LKR'
  | 'LRD'
  | 'LSL'
  | 'LYD'
  | 'MAD'
  | 'MDL'
  | 'MGA'
  | 'MKD'
  | 'MMK'
  | 'MNT'
  | 'MOP'
  | 'MRU'
  | 'MUR'
  | 'MVR'
  | 'MWK'
  | 'MXN'
  | 'MYR'
  | 'MZN'
  | 'NAD'
  | 'NGN'
  | 'NIO'
  | 'NOK'
  | 'NPR'
  | 'NZD'
  | 'OMR'
  | 'PAB'
  | 'PEN'
  | 'PGK'
  | 'PHP'
  | 'PKR'
  | 'PLN'
  | 'PYG'
  | 'QAR'
  | 'RON'
  | 'RSD'
  | 'RUB'
  | 'RWF'
  | 'SAR'
  | 'SBD'
  | 'SCR'
  | 'SDG'
  | 'SEK'
  | 'SGD'
  | 'SHP'
  | 'SLE'
  | 'SLL'
  | 'SOS'
  | 'SRD'
  | 'SSP'
  | 'STN'
  | 'SVC'
  | 'SYP'
  | 'SZL'
  | 'THB'
  | 'TJS'
  | 'TMT'
  | 'TND'
  | 'TOP'
  | 'TRY'
  | 'TTD'
  | 'TWD'
  | 'TZS'
  | 'UAH'
  | 'UGX'
  | 'USD'
  | 'UYU'
  | 'UZS'
  | 'VES'
  | 'VND'
  | 'VUV'
  | 'WST'
  | 'XAF'
  | 'XCD'
  | 'XCG'
  | 'XDR'
  | 'XOF'
  | 'XPF'
  | 'XSU'
  | 'YER'
  | 'ZAR'
  | 'ZMW'
  | 'ZWG'
  | 'ZWL';

/** A custom field the workspace defined for one type: its key, type and rules. */
export type CustomField = {
  __typename?: 'CustomField';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** The type whose objects carry it. */
  entity: CustomFieldEntity;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Key in the objects' `customFields` (lower-case letters, digits and _). */
  key: Scalars['String']['output'];
  /** Name to show. */
  label: Scalars['String']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The allowed values of a SELECT field; null for other types. */
  options?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether every object of the type must carry it (checked on create, and on update when customFields is given). */
  required: Scalars['Boolean']['output'];
  /** What it holds; fixed once defined. */
  type: CustomFieldType;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A type whose objects can carry custom fields (today the sales types). */
export type CustomFieldEntity =
  /** Customers (createCustomer, customers(filter:)). */
  | 'CUSTOMER'
  /** Deals (createDeal, deals(filter:)). */
  | 'DEAL'
  /** Orders (createOrder, updateOrder, orders(filter:)). */
  | 'ORDER'
  /** Products (createProduct, updateProduct, products(filter:)). */
  | 'PRODUCT';

/** One condition on a custom field: its key and exactly one operator. eq and in use the GIN index on custom fields. */
export type CustomFieldFilter = {
  /** Case-insensitive substring of the value (TEXT and SELECT fields only). */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** The value it equals (checked against the field type, e.g. 12.5 for a NUMBER). */
  eq?: InputMaybe<Scalars['JSON']['input']>;
  /** Greater than this value (NUMBER and DATE fields only). */
  gt?: InputMaybe<Scalars['JSON']['input']>;
  /** One of these values (at most 100). */
  in?: InputMaybe<Array<Scalars['JSON']['input']>>;
  /** Key of a custom field defined for this type (an unknown key is BAD_USER_INPUT). */
  key: Scalars['String']['input'];
  /** Less than this value (NUMBER and DATE fields only). */
  lt?: InputMaybe<Scalars['JSON']['input']>;
};

/** Result of a custom field mutation. */
export type CustomFieldPayload = {
  __typename?: 'CustomFieldPayload';
  /** The custom field. */
  customField?: Maybe<CustomField>;
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
};

/** What a custom field holds; values are checked against it on every create and update. */
export type CustomFieldType =
  /** true or false. */
  | 'BOOLEAN'
  /** A calendar date as "YYYY-MM-DD". */
  | 'DATE'
  /** A JSON number (a numeric string such as "12.5" is taken as the number), stored as a number. */
  | 'NUMBER'
  /** One of the options of its definition. */
  | 'SELECT'
  /** A string of at most 1,000 characters. */
  | 'TEXT';

/** Someone the workspace sells to. */
export type Customer = Node & {
  __typename?: 'Customer';
  /** What the customer owes in the workspace's currency: the sum of amountDue (after payments and credit notes) over its ISSUED and PARTIALLY_PAID invoices in that currency (overdue ones included); zero when nothing is due. Invoices in other currencies count only in `balances`. Needs finance:read. Requires scope `finance:read`. */
  balance?: Maybe<Money>;
  /** What the customer owes, one amount per currency it is billed in (currency order); empty when nothing is due. Amounts of different currencies are never added up. Needs finance:read. Requires scope `finance:read`. */
  balances?: Maybe<Array<Money>>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Most the customer may owe at once. Needs finance:read. Requires scope `finance:read`. */
  creditLimit?: Maybe<Money>;
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Contact email. */
  email?: Maybe<Scalars['String']['output']>;
  /** Customer group (e.g. "wholesale"): price lists may target it. */
  group?: Maybe<Scalars['String']['output']>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /**
   * Invoices of this customer in every status, oldest first. Needs invoices:read. Requires scope `invoices:read`.
   * @deprecated Use invoicesConnection: a customer's invoices keep growing; removed after 2027-06-30.
   */
  invoices?: Maybe<Array<Invoice>>;
  /** Invoices of this customer in every status, oldest first, a page at a time. Needs invoices:read. Requires scope `invoices:read`. */
  invoicesConnection?: Maybe<InvoiceConnection>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Name of the person or company. */
  name: Scalars['String']['output'];
  /** Contact phone. */
  phone?: Maybe<Scalars['String']['output']>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** Someone the workspace sells to. */
export type CustomerInvoicesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One customer's amounts due by age. */
export type CustomerAging = {
  __typename?: 'CustomerAging';
  /** Not yet past due (or without a due date). */
  current: Money;
  /** The customer. Needs customers:read. Requires scope `customers:read`. */
  customer?: Maybe<Customer>;
  /** 1 to 30 days past due. */
  days1To30: Money;
  /** 31 to 60 days past due. */
  days31To60: Money;
  /** 61 to 90 days past due. */
  days61To90: Money;
  /** More than 90 days past due. */
  over90: Money;
  /** Everything due: the sum of the buckets. */
  total: Money;
};

/** A page of customers. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The items of this page. */
  edges: Array<CustomerEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Customer in a page, with its cursor. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Customer. */
  node: Customer;
};

/** Narrows a customer list. */
export type CustomerFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose custom fields meet every one of these conditions. */
  customFields?: InputMaybe<Array<CustomFieldFilter>>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Case-insensitive match on name or email. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One sort key of a customer list; several apply in order, ties broken by id. */
export type CustomerOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: CustomerSortField;
};

/** Result of a customer mutation. */
export type CustomerPayload = {
  __typename?: 'CustomerPayload';
  /** The customer. */
  customer?: Maybe<Customer>;
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
};

/** Fields a customer list can be sorted by. */
export type CustomerSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** A time range: from (inclusive) to (exclusive); either end may be omitted. */
export type DateTimeRange = {
  /** Earliest instant, inclusive. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Latest instant, exclusive. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A Deal; its owner (sales) resolves its fields. */
export type Deal = Node & {
  __typename?: 'Deal';
  /** When the deal was won or lost. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Who the deal is with. Needs customers:read. Requires scope `customers:read`. */
  customer?: Maybe<Customer>;
  /** When the deal is expected to close. */
  expectedCloseDate?: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Products and quantities. */
  lines: Array<DealLine>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The order created when the deal was won. Needs orders:read. Requires scope `orders:read`. */
  order?: Maybe<Order>;
  /** Pipeline stage. */
  stage: DealStage;
  /** Short title. */
  title: Scalars['String']['output'];
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Sum of the lines (quantity × unit price), net of tax. */
  value: Money;
  /** How likely the deal is to be won, 0 to 1 (see winProbabilityBasis). Null when the hosted model could not answer. */
  winProbability?: Maybe<Scalars['Float']['output']>;
  /** What winProbability rests on: the deal being closed, the workspace model, a hosted model, or stage priors. */
  winProbabilityBasis?: Maybe<WinProbabilityBasis>;
};

/** A page of deals, newest first. */
export type DealConnection = {
  __typename?: 'DealConnection';
  /** The items of this page. */
  edges: Array<DealEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Deal in a page, with its cursor. */
export type DealEdge = {
  __typename?: 'DealEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Deal. */
  node: Deal;
};

/** Narrows a deal list. */
export type DealFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose custom fields meet every one of these conditions. */
  customFields?: InputMaybe<Array<CustomFieldFilter>>;
  /** Only this customer's deals. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only deals in this stage. */
  stage?: InputMaybe<DealStage>;
  /** Only deals in one of these stages. */
  stageIn?: InputMaybe<Array<DealStage>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** A product and quantity a deal is about. */
export type DealLine = {
  __typename?: 'DealLine';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The product. Needs products:read. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** Units. */
  quantity: Scalars['Int']['output'];
  /** Agreed unit price, net of tax. */
  unitPrice: Money;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A product and quantity a deal is about. */
export type DealLineInput = {
  /** An amount off each unit, after the percentage; refused when it would make the price negative. */
  discountAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Percent off this line’s unit price, 0 to 100. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** Product id. */
  productId: Scalars['ID']['input'];
  /** Units, at least 1. */
  quantity: Scalars['Int']['input'];
  /** Negotiated unit price net of tax; the product's price when omitted. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** One sort key of a deal list; several apply in order, ties broken by id. */
export type DealOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: DealSortField;
};

/** Result of a deal mutation. */
export type DealPayload = {
  __typename?: 'DealPayload';
  /** The deal. */
  deal?: Maybe<Deal>;
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
};

/** Fields a deal list can be sorted by. */
export type DealSortField =
  | 'CREATED_AT'
  | 'STAGE'
  | 'TITLE'
  | 'UPDATED_AT'
  | 'VALUE';

/** Where a deal is in the pipeline. WON and LOST are final. */
export type DealStage =
  | 'LEAD'
  | 'LOST'
  | 'NEGOTIATION'
  | 'PROPOSAL'
  | 'QUALIFIED'
  | 'WON';

/** A new custom field of one type. */
export type DefineCustomFieldInput = {
  /** The type whose objects carry it. */
  entity: CustomFieldEntity;
  /** Key in customFields: a lower-case letter, then lower-case letters, digits or _ (at most 40); unique per type. */
  key: Scalars['String']['input'];
  /** Name to show; the key when omitted. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** The allowed values (SELECT only, and required there; at most 100). */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Whether every new object of the type must carry it; false when omitted. */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** What it holds; cannot change later. */
  type: CustomFieldType;
};

/** Result of deleteWebhook. */
export type DeleteWebhookPayload = {
  __typename?: 'DeleteWebhookPayload';
  /** The id of the deleted webhook; its pending deliveries are dropped. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why it was refused; empty on success. */
  errors: Array<UserError>;
};

/** A unit of the organisation employees belong to. */
export type Department = Node & {
  __typename?: 'Department';
  /** Short code, unique in the workspace (e.g. "MAIN"). */
  code: Scalars['String']['output'];
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of departments. */
export type DepartmentConnection = {
  __typename?: 'DepartmentConnection';
  /** The items of this page. */
  edges: Array<DepartmentEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Department in a page, with its cursor. */
export type DepartmentEdge = {
  __typename?: 'DepartmentEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Department. */
  node: Department;
};

/** Narrows a department list. */
export type DepartmentFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Case-insensitive match on code or name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One sort key of a department list; several apply in order, ties broken by id. */
export type DepartmentOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: DepartmentSortField;
};

/** Result of a department mutation. */
export type DepartmentPayload = {
  __typename?: 'DepartmentPayload';
  /** The department. */
  department?: Maybe<Department>;
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
};

/** Fields a department list can be sorted by. */
export type DepartmentSortField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** A person employed by the workspace. */
export type Employee = Node & {
  __typename?: 'Employee';
  /** The files attached to it (upload one with `requestUpload`), oldest first, each with a short-lived download link. Needs hr:read. Requires scope `hr:read`. */
  attachments?: Maybe<Array<Attachment>>;
  /** Bank account salaries are paid to. Visible with hr:salary or to the employee themselves; for anyone else null with a FORBIDDEN error. Allowed with scope `hr:salary`, or to the employee themselves; FORBIDDEN for anyone else (checked when resolved). */
  bankAccount?: Maybe<Scalars['String']['output']>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Name of the employee's department. */
  department?: Maybe<Scalars['String']['output']>;
  /** The employee's department. */
  departmentRef?: Maybe<Department>;
  /** Work email, lower-cased; unique in the workspace. */
  email: Scalars['String']['output'];
  /** When employment started. */
  hireDate?: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** The employee this one reports to. */
  manager?: Maybe<Employee>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** The employee's payslips, latest first. Visible with hr:read or to the employee themselves; otherwise null with a FORBIDDEN error. Allowed with scope `hr:read`, or to the employee themselves; FORBIDDEN for anyone else (checked when resolved). */
  payslips?: Maybe<Array<Payslip>>;
  /** The employee's payslips, latest first, a page at a time. Visible with hr:read or to the employee themselves; otherwise null with a FORBIDDEN error. Allowed with scope `hr:read`, or to the employee themselves; FORBIDDEN for anyone else (checked when resolved). */
  payslipsConnection?: Maybe<PayslipConnection>;
  /** Job title, e.g. "Machinist". */
  position: Scalars['String']['output'];
  /** MONTHLY gross salary. Visible with hr:salary or to the employee themselves (their own user); for anyone else it is null with a FORBIDDEN error at this path. Allowed with scope `hr:salary`, or to the employee themselves; FORBIDDEN for anyone else (checked when resolved). */
  salary?: Maybe<Money>;
  /** Employment status. */
  status: EmployeeStatus;
  /** When employment ended (TERMINATED only). */
  terminatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Identity's user who is this employee, when they can log in. */
  user?: Maybe<User>;
};


/** A person employed by the workspace. */
export type EmployeePayslipsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of employees. */
export type EmployeeConnection = {
  __typename?: 'EmployeeConnection';
  /** The items of this page. */
  edges: Array<EmployeeEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Employee in a page, with its cursor. */
export type EmployeeEdge = {
  __typename?: 'EmployeeEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Employee. */
  node: Employee;
};

/** Narrows an employee list. */
export type EmployeeFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only employees of this department. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Case-insensitive match on name, email or position. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only employees in this status. */
  status?: InputMaybe<EmployeeStatus>;
  /** Only employees in one of these statuses. */
  statusIn?: InputMaybe<Array<EmployeeStatus>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One sort key of a employee list; several apply in order, ties broken by id. */
export type EmployeeOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: EmployeeSortField;
};

/** Result of an employee mutation. */
export type EmployeePayload = {
  __typename?: 'EmployeePayload';
  /** The employee. */
  employee?: Maybe<Employee>;
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
};

/** Fields a employee list can be sorted by. */
export type EmployeeSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** Employment status: ACTIVE ⇄ ON_LEAVE, either → TERMINATED (final). */
export type EmployeeStatus =
  /** Working; accrues leave and is paid by payroll runs. */
  | 'ACTIVE'
  /** On extended leave: neither accrues leave nor is included in payroll runs. */
  | 'ON_LEAVE'
  /** Employment ended; final. */
  | 'TERMINATED';

/** Money the workspace spends: submitted by a member, approved by another, then paid; or created from an approved payroll run. */
export type Expense = Node & {
  __typename?: 'Expense';
  /** Amount, in the workspace's currency. */
  amount: Money;
  /** When it was approved. */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The member who approved it (never the submitter). */
  approvedBy?: Maybe<Scalars['ID']['output']>;
  /** What the expense is for. */
  category: ExpenseCategory;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** What was spent on. */
  description: Scalars['String']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** The day the cost was incurred; for payroll, the last day of the period. */
  incurredDate: Scalars['Date']['output'];
  /**
   * The day the cost was incurred (YYYY-MM-DD); for payroll, the last day of the period.
   * @deprecated Use incurredDate (a Date); removed after 2027-06-30.
   */
  incurredOn: Scalars['String']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Gapless per workspace and year, e.g. EXP-2026-000001. */
  number: Scalars['String']['output'];
  /** When it was marked paid. */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** The day it was paid out. */
  paidDate?: Maybe<Scalars['Date']['output']>;
  /**
   * The day it was paid out (YYYY-MM-DD).
   * @deprecated Use paidDate (a Date); removed after 2027-06-30.
   */
  paidOn?: Maybe<Scalars['String']['output']>;
  /** When it was rejected. */
  rejectedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The member who rejected it. */
  rejectedBy?: Maybe<Scalars['ID']['output']>;
  /** Why it was rejected. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** Where the expense came from when not submitted by a member, e.g. {"payrollRunId": "…"}; null for a submitted expense. */
  source?: Maybe<Scalars['JSON']['output']>;
  /** SUBMITTED → APPROVED → PAID, or SUBMITTED → REJECTED. */
  status: ExpenseStatus;
  /** The member who submitted it (identity's user id); for payroll, who approved the run, when known. */
  submittedBy?: Maybe<Scalars['ID']['output']>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** What an expense is for. */
export type ExpenseCategory =
  /** Anything else. */
  | 'OTHER'
  /** Wages: created from an approved payroll run. */
  | 'PAYROLL'
  /** Bought-in services. */
  | 'SERVICES'
  /** Office and consumable supplies. */
  | 'SUPPLIES'
  /** Travel and accommodation. */
  | 'TRAVEL';

/** The expenses of one category in a period. */
export type ExpenseCategoryTotal = {
  __typename?: 'ExpenseCategoryTotal';
  /** Approved and paid expenses of the category incurred in the period. */
  amount: Money;
  /** The category (PAYROLL holds the expenses approved payroll runs posted). */
  category: ExpenseCategory;
};

/** A page of expenses. */
export type ExpenseConnection = {
  __typename?: 'ExpenseConnection';
  /** The items of this page. */
  edges: Array<ExpenseEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Expense in a page, with its cursor. */
export type ExpenseEdge = {
  __typename?: 'ExpenseEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Expense. */
  node: Expense;
};

/** Narrows an expense list. */
export type ExpenseFilter = {
  /** Only expenses of this category. */
  category?: InputMaybe<ExpenseCategory>;
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only expenses in this status. */
  status?: InputMaybe<ExpenseStatus>;
  /** Only expenses in one of these statuses. */
  statusIn?: InputMaybe<Array<ExpenseStatus>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One sort key of a expense list; several apply in order, ties broken by id. */
export type ExpenseOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: ExpenseSortField;
};

/** Result of an expense mutation. */
export type ExpensePayload = {
  __typename?: 'ExpensePayload';
  /** Why the change was refused; empty on success. Nothing is written when refused. */
  errors: Array<UserError>;
  /** The expense. */
  expense?: Maybe<Expense>;
};

/** Fields a expense list can be sorted by. */
export type ExpenseSortField =
  | 'AMOUNT'
  | 'CREATED_AT'
  | 'INCURRED_ON'
  | 'NUMBER'
  | 'UPDATED_AT';

/** Where an expense is: SUBMITTED → APPROVED → PAID, or SUBMITTED → REJECTED. REJECTED and PAID are final. */
export type ExpenseStatus =
  /** Accepted; waiting to be paid out. Payroll expenses start here. */
  | 'APPROVED'
  /** Paid out; final. */
  | 'PAID'
  /** Refused, with a reason; final. */
  | 'REJECTED'
  /** Waiting for someone other than the submitter to approve or reject it. */
  | 'SUBMITTED';

/** Something that happened in the workspace: one event of the event feed (the same event a webhook delivers). */
export type FeedEvent = {
  __typename?: 'FeedEvent';
  /** Who made the change, when a person or key did. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** The entity it is about. */
  aggregateId: Scalars['ID']['output'];
  /** The entity type it is about, e.g. Order. */
  aggregateType: Scalars['String']['output'];
  /** Version of the entity after the change: what a consumer keeps to drop anything older. */
  aggregateVersion: Scalars['Int']['output'];
  /** The event id (the webhook-id of its deliveries). */
  id: Scalars['ID']['output'];
  /** The event's payload, as its contract defines it. */
  payload: Scalars['JSON']['output'];
  /** Version of the payload's shape (its event contract's). */
  schemaVersion: Scalars['Int']['output'];
  /** When it happened (when its change committed). */
  time: Scalars['DateTime']['output'];
  /** The event type, e.g. order.created. */
  type: Scalars['String']['output'];
};

/** A page of the event feed, oldest first. */
export type FeedEventConnection = {
  __typename?: 'FeedEventConnection';
  /** The events of this page, oldest first. */
  edges: Array<FeedEventEdge>;
  /** Paging information; endCursor is where to resume (keep it even when the page is empty: it is then your `after`). */
  pageInfo: PageInfo;
};

/** One event in a page of the feed, with its cursor. */
export type FeedEventEdge = {
  __typename?: 'FeedEventEdge';
  /** Opaque cursor of this event: pass it as `after` to read what followed. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: FeedEvent;
};

/** What the order-to-cash saga did for an order and what it waits for (read from the orchestrator's saga). */
export type Fulfilment = {
  __typename?: 'Fulfilment';
  /** Why the order is not moving, in a sentence: the production it waits for, a dependency being retried, or the reason it failed; null when nothing holds it. */
  blockedBy?: Maybe<Scalars['String']['output']>;
  /** The saga status as stored; null when no saga runs for the order. */
  sagaStatus?: Maybe<SagaStatus>;
  /** What the order still misses, per product; empty when fully reserved. */
  shortages: Array<FulfilmentShortage>;
  /** Where the fulfilment stands. */
  state: FulfilmentState;
  /** The forward steps in order, then the compensations once compensation began. */
  steps: Array<FulfilmentStep>;
};

/** Units of a product the order still misses: stock could not cover them and production has not delivered them yet. */
export type FulfilmentShortage = {
  __typename?: 'FulfilmentShortage';
  /** The product. Needs products:read. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** Units still missing. */
  quantity: Scalars['Int']['output'];
};

/** Where an order's fulfilment stands. A won deal's order goes INVOICING → RESERVING_STOCK → (REQUESTING_PRODUCTION → WAITING_FOR_PRODUCTION for a shortage) → MARKING_READY → READY. */
export type FulfilmentState =
  /** The saga finished but could not cover a shortage (e.g. no warehouse to produce into): blockedBy says why. */
  | 'BLOCKED'
  /** The order was cancelled; what was done has been undone. */
  | 'CANCELLED'
  /** Undoing the finished steps: the order was cancelled, or a step was refused for good. */
  | 'COMPENSATING'
  /** A step was refused for good; what was done has been undone and the order cancelled (blockedBy has the reason). */
  | 'FAILED'
  /** Creating and issuing the invoice. */
  | 'INVOICING'
  /** Everything is reserved; marking the order READY. */
  | 'MARKING_READY'
  /** No fulfilment runs for the order: a draft (people confirm drafts), or a won deal whose saga has not started yet. */
  | 'NOT_STARTED'
  /** Done: invoiced, fully reserved, the order READY to ship. */
  | 'READY'
  /** Requesting production orders for what stock could not cover. */
  | 'REQUESTING_PRODUCTION'
  /** Reserving stock for every line. */
  | 'RESERVING_STOCK'
  /** Waiting for requested production to deliver into stock (see shortages and blockedBy). */
  | 'WAITING_FOR_PRODUCTION';

/** A step of the saga: what happened to it and when. */
export type FulfilmentStep = {
  __typename?: 'FulfilmentStep';
  /** When that happened; null while PENDING or SKIPPED, or for a step started before steps were recorded. */
  at?: Maybe<Scalars['DateTime']['output']>;
  /** The last failure of a RETRYING or FAILED step. */
  error?: Maybe<Scalars['String']['output']>;
  /** Which step. */
  name: FulfilmentStepName;
  /** What happened to it. */
  status: FulfilmentStepStatus;
};

/** A step of the order-to-cash saga; the UNDO_* steps and CANCEL_ORDER are its compensations, listed only once compensation began. */
export type FulfilmentStepName =
  /** Cancel the order with the failure reason (only when a step failed). */
  | 'CANCEL_ORDER'
  /** Create and issue the invoice (finance). */
  | 'INVOICE'
  /** Request production orders for the shortage and move the order IN_PRODUCTION (production, sales). */
  | 'PRODUCTION'
  /** Mark the order READY (sales). */
  | 'READY'
  /** Reserve production's output as it arrives in stock (operations). */
  | 'RECEIVE'
  /** Reserve stock for every line (operations). */
  | 'RESERVE'
  /** Void the order's invoice (or credit it when paid). */
  | 'UNDO_INVOICE'
  /** Cancel the order's open production orders. */
  | 'UNDO_PRODUCTION'
  /** Release the order's reservations. */
  | 'UNDO_RESERVE';

/** What happened to a step of the saga. */
export type FulfilmentStepStatus =
  /** Finished. */
  | 'DONE'
  /** Refused for good (error says why). */
  | 'FAILED'
  /** Not reached yet. */
  | 'PENDING'
  /** Its last attempt failed (error says why); it is tried again. */
  | 'RETRYING'
  /** The step the saga is on. */
  | 'RUNNING'
  /** The saga ended without needing it (e.g. no shortage, so no production). */
  | 'SKIPPED'
  /** The step waits for an event (production output). */
  | 'WAITING';

/** Result of generateDueMaintenance. */
export type GenerateDueMaintenancePayload = {
  __typename?: 'GenerateDueMaintenancePayload';
  /** The PREVENTIVE requests this call created; empty when every due occurrence already had its request. */
  created: Array<MaintenanceRequest>;
  /** Why the call was refused; empty on success. */
  errors: Array<UserError>;
};

/** Outcome of a quality inspection. */
export type InspectionResult =
  /** A measurement is out of tolerance (or the inspector failed it without measurements). The latest FAIL blocks completing the production order. */
  | 'FAIL'
  /** Every measurement is within its tolerance (or the inspector passed it without measurements). */
  | 'PASS';

/** A bill for a sales order. Amounts paid and due, and the status, are derived from its payments. */
export type Invoice = Node & {
  __typename?: 'Invoice';
  /** Sum of the credit notes issued against the invoice. */
  amountCredited: Money;
  /** total − amountPaid − amountCredited, never negative; zero once PAID (by payments, credit notes or both), and for a VOID invoice. */
  amountDue: Money;
  /** Sum of the payments recorded against the invoice. */
  amountPaid: Money;
  /** The files attached to it (upload one with `requestUpload`), oldest first, each with a short-lived download link. Needs invoices:read. Requires scope `invoices:read`. */
  attachments?: Maybe<Array<Attachment>>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Credit notes issued against the invoice, oldest first. */
  creditNotes: Array<CreditNote>;
  /** ISO 4217 currency of every amount of the document. */
  currency: Scalars['String']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** The customer billed. Needs customers:read. Requires scope `customers:read`. */
  customer?: Maybe<Customer>;
  /**
   * Date payment is due (YYYY-MM-DD); past it, an unpaid invoice reports OVERDUE.
   * @deprecated Use dueOn (a Date); removed after 2027-06-30.
   */
  dueDate?: Maybe<Scalars['String']['output']>;
  /** Date payment is due; past it (UTC), an unpaid invoice reports OVERDUE. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** Every recorded change of the invoice, newest first: who (user and role), when, in which request, and each field old → new. Needs audit:read. Requires scope `audit:read`. */
  history?: Maybe<AuditTrail>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** When the invoice was issued. */
  issuedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What is billed, in order-line order. */
  lines: Array<InvoiceLine>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Gapless per workspace and year, e.g. INV-2026-000045; assigned when the invoice is issued, null while DRAFT. */
  number?: Maybe<Scalars['String']['output']>;
  /** The sales order billed. Needs orders:read. Requires scope `orders:read`. */
  order?: Maybe<Order>;
  /** Payment requests sent to providers for this invoice, oldest first. Requires scope `invoices:read`. */
  paymentRequests?: Maybe<Array<PaymentRequest>>;
  /**
   * Payments recorded against the invoice, oldest first.
   * @deprecated Use paymentsConnection (a page at a time); removed after 2027-06-30.
   */
  payments: Array<Payment>;
  /** Payments recorded against the invoice, oldest first, a page at a time. */
  paymentsConnection: PaymentConnection;
  /** The invoice as a PDF: the workspace's name, address and tax id, lines, tax, totals and amount due. A short-lived signed link (DOCUMENT_URL_TTL_SECONDS, 5 minutes by default) to the PDF on the gateway; it shows what the member who asked for it may read. Ask again for a fresh one. Needs invoices:read. Requires scope `invoices:read`. */
  pdfUrl?: Maybe<Scalars['String']['output']>;
  /** Money given back against this invoice's payments (and provider payments never applied to it), oldest first. Requires scope `invoices:read`. */
  refunds?: Maybe<Array<Refund>>;
  /** DRAFT, ISSUED, PARTIALLY_PAID, PAID or VOID as stored; OVERDUE when issued, unpaid and past the due date. */
  status: InvoiceStatus;
  /** Sum of the lines, net of tax. */
  subtotal: Money;
  /** Sum of the lines' tax, each line rounded to cents. */
  tax: Money;
  /** Subtotal plus tax. */
  total: Money;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every change (issue, payment, credit, void); the aggregate version of its events. */
  version: Scalars['Int']['output'];
  /** Why the invoice was voided. */
  voidReason?: Maybe<Scalars['String']['output']>;
  /** When the invoice was voided. */
  voidedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A bill for a sales order. Amounts paid and due, and the status, are derived from its payments. */
export type InvoiceHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A bill for a sales order. Amounts paid and due, and the status, are derived from its payments. */
export type InvoicePaymentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of invoices. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** The items of this page. */
  edges: Array<InvoiceEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Invoice in a page, with its cursor. */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Invoice. */
  node: Invoice;
};

/** Narrows an invoice list. */
export type InvoiceFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only invoices of this customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only the invoice with this number, e.g. INV-2026-000045. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Only invoices of this sales order. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Only invoices reported in this status (OVERDUE included). */
  status?: InputMaybe<InvoiceStatus>;
  /** Only invoices in one of these statuses (as reported: OVERDUE included). */
  statusIn?: InputMaybe<Array<InvoiceStatus>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One line of an invoice, copied from the order line. */
export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  /** The line's id: the sales order line's id (credit notes name the line by it). */
  id: Scalars['ID']['output'];
  /** The product billed. Needs products:read. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** The product (sales' id). */
  productId: Scalars['ID']['output'];
  /** Units invoiced. */
  quantity: Scalars['Int']['output'];
  /** Tax rate as an exact fraction, e.g. "0.12" is 12%. */
  rate: Scalars['Decimal']['output'];
  /** quantity × unitPrice, before tax. */
  subtotal: Money;
  /**
   * Tax rate as a fraction, e.g. 0.12.
   * @deprecated Use rate (a Decimal: no float rounding); removed after 2027-06-30.
   */
  taxRate: Scalars['Float']['output'];
  /** Price of one unit, before tax. */
  unitPrice: Money;
};

/** One sort key of a invoice list; several apply in order, ties broken by id. */
export type InvoiceOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: InvoiceSortField;
};

/** Result of an invoice mutation. */
export type InvoicePayload = {
  __typename?: 'InvoicePayload';
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
  /** The invoice. */
  invoice?: Maybe<Invoice>;
};

/** Fields a invoice list can be sorted by. */
export type InvoiceSortField =
  | 'CREATED_AT'
  | 'TOTAL'
  | 'UPDATED_AT';

/** Where an invoice is: DRAFT → ISSUED → PARTIALLY_PAID → PAID, or VOID. OVERDUE is reported (never stored) for an unpaid issued invoice past its due date. */
export type InvoiceStatus =
  /** Being prepared; has no number yet and accepts no payments. */
  | 'DRAFT'
  /** Numbered and sent; nothing paid yet. */
  | 'ISSUED'
  /** Issued or partially paid, and past its due date (derived at read time). */
  | 'OVERDUE'
  /** Paid in full. */
  | 'PAID'
  /** Some of the total paid. */
  | 'PARTIALLY_PAID'
  /** Cancelled; counts for nothing. */
  | 'VOID';

/** Result of issueReservation: the issued reservation and the ISSUE movement it wrote. */
export type IssueReservationPayload = {
  __typename?: 'IssueReservationPayload';
  /** Why the issue was refused (then nothing changed); empty on success. */
  errors: Array<UserError>;
  /** The ISSUE movement written to the ledger. */
  movement?: Maybe<StockMovement>;
  /** The reservation, now ISSUED. */
  reservation?: Maybe<Reservation>;
};

/** An employee's leave balance of one type. */
export type LeaveBalance = {
  __typename?: 'LeaveBalance';
  /** What a new request may use: balance − pending. */
  available: Scalars['Decimal']['output'];
  /** Sum of the ledger: allocated + accrued − taken (approved requests). */
  balance: Scalars['Decimal']['output'];
  /** The employee. */
  employee?: Maybe<Employee>;
  /** The employee. */
  employeeId: Scalars['ID']['output'];
  /** Days of PENDING requests. */
  pending: Scalars['Decimal']['output'];
  /** Kind of leave. */
  type: LeaveType;
};

/** One movement of a leave balance, in days: positive for allocations and accruals, negative for leave taken. */
export type LeaveLedgerEntry = {
  __typename?: 'LeaveLedgerEntry';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Days, signed (TAKEN entries are negative). */
  days: Scalars['Decimal']['output'];
  /** The employee whose balance the entry moves. */
  employee?: Maybe<Employee>;
  /** The employee. */
  employeeId: Scalars['ID']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Kind of entry. */
  kind: LeaveLedgerKind;
  /** The leave request the entry is for; null for an accrual or allocation. */
  leaveRequest?: Maybe<LeaveRequest>;
  /** The approved request of a TAKEN entry. */
  leaveRequestId?: Maybe<Scalars['ID']['output']>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Free text, e.g. why days were allocated. */
  note?: Maybe<Scalars['String']['output']>;
  /** Month of an ACCRUAL, YYYY-MM. */
  period?: Maybe<Scalars['String']['output']>;
  /** Kind of leave. */
  type: LeaveType;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Kind of leave ledger entry. */
export type LeaveLedgerKind =
  /** Days earned for a month (positive); one per employee, type and month. */
  | 'ACCRUAL'
  /** Days granted by HR (positive). */
  | 'ALLOCATION'
  /** Days of an approved request (negative). */
  | 'TAKEN';

/** A request for leave over whole days. */
export type LeaveRequest = {
  __typename?: 'LeaveRequest';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Working days (Monday to Friday) the leave covers. */
  days: Scalars['Decimal']['output'];
  /** When it was approved, rejected or cancelled. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** User who approved, rejected or cancelled it. */
  decidedBy?: Maybe<Scalars['ID']['output']>;
  /** The employee asking for leave. */
  employee?: Maybe<Employee>;
  /** The employee taking leave. */
  employeeId: Scalars['ID']['output'];
  /** Last day of leave (included). */
  endsOn: Scalars['Date']['output'];
  /**
   * First day of leave, YYYY-MM-DD.
   * @deprecated Use startsOn (a Date); removed after 2027-06-30.
   */
  from: Scalars['String']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Why, in the employee’s words. */
  reason?: Maybe<Scalars['String']['output']>;
  /** First day of leave. */
  startsOn: Scalars['Date']['output'];
  /** Lifecycle status. */
  status: LeaveStatus;
  /**
   * Last day of leave, YYYY-MM-DD (included).
   * @deprecated Use endsOn (a Date); removed after 2027-06-30.
   */
  to: Scalars['String']['output'];
  /** Kind of leave. */
  type: LeaveType;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Result of a leave request mutation. */
export type LeaveRequestPayload = {
  __typename?: 'LeaveRequestPayload';
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
  /** The leave request. */
  leaveRequest?: Maybe<LeaveRequest>;
};

/** Where a leave request is: PENDING → APPROVED, REJECTED or CANCELLED (all final). */
export type LeaveStatus =
  /** Granted: its days were taken from the balance. */
  | 'APPROVED'
  /** Withdrawn before a decision. */
  | 'CANCELLED'
  /** Waiting for the manager or HR; counts against the available balance. */
  | 'PENDING'
  /** Refused by the manager or HR. */
  | 'REJECTED';

/** Kind of leave. */
export type LeaveType =
  /** Paid holiday, limited by the balance (accrued monthly, or allocated). */
  | 'ANNUAL'
  /** Sick leave: paid, no balance limit. */
  | 'SICK'
  /** Unpaid leave: no balance limit; deducted from the salary in payroll. */
  | 'UNPAID';

/** Credentials. */
export type LoginInput = {
  /** Login email. */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
  /** Workspace to log into; the oldest membership when omitted. */
  workspaceId?: InputMaybe<Scalars['String']['input']>;
};

/** Result of login. */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** Short-lived access token (JWT). */
  accessToken?: Maybe<Scalars['String']['output']>;
  /** INVALID_CREDENTIALS when email or password is wrong. */
  errors: Array<UserError>;
  /** Single-use refresh token. */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** The user. */
  user?: Maybe<User>;
  /** The workspace the tokens are for. */
  workspace?: Maybe<Workspace>;
};

/** A MaintenanceRequest; its owner (production) resolves its fields. */
export type MaintenanceRequest = Node & {
  __typename?: 'MaintenanceRequest';
  /** When it was completed (DONE). */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** What is to be done, or what is broken. */
  description: Scalars['String']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The preventive schedule that generated the request; null for one made by hand. */
  schedule?: Maybe<MaintenanceSchedule>;
  /** The schedule that generated it; null for a request made by hand. */
  scheduleId?: Maybe<Scalars['ID']['output']>;
  /** When a PREVENTIVE request is due (always set for those); null for a CORRECTIVE one, which is due at once. */
  scheduledFor?: Maybe<Scalars['DateTime']['output']>;
  /** When the work started. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Lifecycle status. */
  status: MaintenanceStatus;
  /** PREVENTIVE (planned) or CORRECTIVE (a repair). */
  type: MaintenanceType;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The work center to maintain. */
  workCenter: WorkCenter;
};

/** A page of maintenance requests. */
export type MaintenanceRequestConnection = {
  __typename?: 'MaintenanceRequestConnection';
  /** The items of this page. */
  edges: Array<MaintenanceRequestEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One MaintenanceRequest in a page, with its cursor. */
export type MaintenanceRequestEdge = {
  __typename?: 'MaintenanceRequestEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The MaintenanceRequest. */
  node: MaintenanceRequest;
};

/** Narrows a maintenance request list. */
export type MaintenanceRequestFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /**
   * Requests in one of these statuses only.
   * @deprecated Use statusIn, as every list does; removed after 2027-06-30.
   */
  status?: InputMaybe<Array<MaintenanceStatus>>;
  /** Only requests in one of these statuses. */
  statusIn?: InputMaybe<Array<MaintenanceStatus>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
  /** Requests of this work center only. */
  workCenterId?: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a maintenance request list; several apply in order, ties broken by id. */
export type MaintenanceRequestOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: MaintenanceRequestSortField;
};

/** Result of a change of one maintenance request. */
export type MaintenanceRequestPayload = {
  __typename?: 'MaintenanceRequestPayload';
  /** Why the change was refused (then nothing changed); empty on success. */
  errors: Array<UserError>;
  /** The request after the change. */
  maintenanceRequest?: Maybe<MaintenanceRequest>;
};

/** Fields a maintenance request list can be sorted by. */
export type MaintenanceRequestSortField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** Preventive maintenance of a work center, due every N days from a start date. */
export type MaintenanceSchedule = {
  __typename?: 'MaintenanceSchedule';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** What is to be done; copied to each generated request. */
  description: Scalars['String']['output'];
  /** Days between two occurrences (1–3650). */
  everyDays: Scalars['Int']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The first occurrence; the next ones follow every everyDays days. */
  startsAt: Scalars['DateTime']['output'];
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The work center to maintain. */
  workCenter: WorkCenter;
};

/** Result of scheduleMaintenance. */
export type MaintenanceSchedulePayload = {
  __typename?: 'MaintenanceSchedulePayload';
  /** Why the schedule was refused (then nothing was written); empty on success. */
  errors: Array<UserError>;
  /** The new schedule. */
  maintenanceSchedule?: Maybe<MaintenanceSchedule>;
};

/** Where a maintenance request is: OPEN → IN_PROGRESS → DONE, or OPEN/IN_PROGRESS → CANCELLED. DONE and CANCELLED are final. */
export type MaintenanceStatus =
  /** Withdrawn; the work center is no longer blocked by it. */
  | 'CANCELLED'
  /** Carried out; the work center is no longer blocked by it. */
  | 'DONE'
  /** Being carried out. Blocks the work center. */
  | 'IN_PROGRESS'
  /** Requested, not started. Blocks the work center once due. */
  | 'OPEN';

/** Why the maintenance is done. */
export type MaintenanceType =
  /** A repair of something broken, needed now. */
  | 'CORRECTIVE'
  /** Planned upkeep at a date (scheduledFor), by hand or generated from a schedule. */
  | 'PREVENTIVE';

/** One measured value of an inspection against its target and tolerance. */
export type Measurement = {
  __typename?: 'Measurement';
  /** What was measured, e.g. "diameter (mm)". */
  name: Scalars['String']['output'];
  /** The value wanted. */
  target: Scalars['Decimal']['output'];
  /** How far the value may be from the target, either way (zero or more). */
  tolerance: Scalars['Decimal']['output'];
  /** The value measured. */
  value: Scalars['Decimal']['output'];
  /** True when |value − target| ≤ tolerance. */
  withinTolerance: Scalars['Boolean']['output'];
};

/** One measured value against its target and tolerance. */
export type MeasurementInput = {
  /** What was measured (1–100 characters). */
  name: Scalars['String']['input'];
  /** The value wanted. */
  target: Scalars['Decimal']['input'];
  /** How far the value may be from the target, either way (zero or more). */
  tolerance: Scalars['Decimal']['input'];
  /** The value measured. */
  value: Scalars['Decimal']['input'];
};

/** A person's membership of the workspace: who, and with which role. */
export type Member = {
  __typename?: 'Member';
  /** When the person joined the workspace. */
  createdAt: Scalars['DateTime']['output'];
  /** Membership id. */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Role in this workspace. */
  role: Role;
  /** When the membership last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The person. */
  user?: Maybe<User>;
};

/** A page of the workspace's members. */
export type MemberConnection = {
  __typename?: 'MemberConnection';
  /** The items of this page. */
  edges: Array<MemberEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Member in a page, with its cursor. */
export type MemberEdge = {
  __typename?: 'MemberEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Member. */
  node: Member;
};

/** Narrows the list of members. */
export type MemberFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only members holding one of these roles. */
  roleIn?: InputMaybe<Array<Role>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
  /** Only the membership of this user. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a member list; several apply in order, ties broken by id. */
export type MemberOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: MemberSortField;
};

/** Fields a member list can be sorted by. */
export type MemberSortField =
  | 'CREATED_AT'
  | 'ROLE'
  | 'UPDATED_AT';

/** One metadata entry a row must carry: the key with exactly this value, or just the key when value is omitted. */
export type MetadataFilter = {
  /** Metadata key, e.g. "erpId" (letters, digits, _ and -, at most 64). */
  key: Scalars['String']['input'];
  /** The value it must equal (a string, number or boolean); omitted: any value. */
  value?: InputMaybe<Scalars['JSON']['input']>;
};

/** An amount of money in one currency. */
export type Money = {
  __typename?: 'Money';
  /** The amount, e.g. "1250.00". */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency code, e.g. "USD". */
  currency: Scalars['String']['output'];
  /** The currency as an enum value (the same code as `currency`). */
  currencyCode: CurrencyCode;
};

/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Credits one month of ANNUAL leave (HR_ANNUAL_LEAVE_DAYS_PER_YEAR / 12) to every ACTIVE employee hired by the end of the month. Idempotent per employee and month. The current month is also credited automatically at its start (HR_LEAVE_ACCRUAL_SWEEP_MS); this is for other months or an immediate run. Requires scope `hr:write`. */
  accrueLeave?: Maybe<AccrueLeavePayload>;
  /** Makes a bill the product's active one, archiving the previous active bill. Refused (INVALID) when it would make the product contain itself. Activating the active bill changes nothing. Requires scope `production:write`. */
  activateBillOfMaterials?: Maybe<BillOfMaterialsPayload>;
  /** Adds a person to the caller's workspace with a role (OWNER and ADMIN only). Requires scope `members:write`. Only an OWNER may grant the OWNER role (a FORBIDDEN error in the payload). */
  addMember?: Maybe<AddMemberPayload>;
  /** Adds a step (PENDING) to a production order that is not COMPLETED or CANCELLED. Requires scope `production:write`. */
  addWorkOrder?: Maybe<WorkOrderPayload>;
  /** Corrects the stock of a product in a warehouse: an ADJUSTMENT movement. Refused when stock would go below zero or below what is reserved. Requires scope `stock:write`. */
  adjustStock?: Maybe<StockMovementPayload>;
  /** Grants days of leave (an ALLOCATION ledger entry). Requires scope `hr:write`. */
  allocateLeave?: Maybe<AllocateLeavePayload>;
  /** SUBMITTED → APPROVED. FORBIDDEN (in errors) for the member who submitted it; INVALID_TRANSITION from any other status. Requires scope `invoices:write`. Never by the member who submitted the expense (a FORBIDDEN error in the payload). */
  approveExpense?: Maybe<ExpensePayload>;
  /** Approves a PENDING request, taking its days from the balance. Only the employee's manager or hr:write, never the employee or whoever filed it (FORBIDDEN). Allowed with scope `hr:write`, or to the employee's manager; never to the employee or to whoever filed the request (FORBIDDEN, checked when resolved). */
  approveLeave?: Maybe<LeaveRequestPayload>;
  /** DRAFT → APPROVED: the run and its payslips are frozen, and payroll.approved tells finance to book the expense. Requires scopes `hr:write` and `hr:salary`. */
  approvePayrollRun?: Maybe<PayrollRunPayload>;
  /** Withdraws a PENDING request (the employee themselves or hr:write). Allowed with scope `hr:write`, or to the employee themselves; FORBIDDEN for anyone else (checked when resolved). */
  cancelLeave?: Maybe<LeaveRequestPayload>;
  /** Withdraws an OPEN or IN_PROGRESS request (→ CANCELLED), which releases its work center; DONE or CANCELLED is an INVALID_TRANSITION error. Requires scope `production:write`. */
  cancelMaintenance?: Maybe<MaintenanceRequestPayload>;
  /** Cancels an order that has not shipped yet. The order-to-cash saga then undoes what it did: production orders cancelled, reservations released, the invoice voided (or credited when it was paid). Requires scope `orders:write`. */
  cancelOrder?: Maybe<OrderPayload>;
  /** PLANNED, RELEASED or IN_PROGRESS → CANCELLED; operations releases the reserved components. INVALID_TRANSITION once COMPLETED or CANCELLED. Requires scope `production:write`. */
  cancelProductionOrder?: Maybe<ProductionOrderPayload>;
  /** DRAFT or SENT → CANCELLED. Any other status is an INVALID_TRANSITION error. Requires scope `stock:write`. */
  cancelPurchaseOrder?: Maybe<PurchaseOrderPayload>;
  /** PENDING or PICKED → CANCELLED. Its reservations stay RESERVED and may ship in another shipment. Requires scope `stock:write`. */
  cancelShipment?: Maybe<ShipmentPayload>;
  /** Cancels a PENDING or IN_PROGRESS step (→ CANCELLED): it is skipped and no longer holds back later steps or completion. Requires scope `production:write`. */
  cancelWorkOrder?: Maybe<WorkOrderPayload>;
  /** Checks an employee in (hr:write, or the employee themselves). Refused with CONFLICT when already checked in or when the time overlaps another record. Allowed with scope `hr:write`, or to the employee themselves; FORBIDDEN for anyone else (checked when resolved). */
  checkIn?: Maybe<AttendancePayload>;
  /** Checks an employee out, closing their open record (hr:write, or the employee themselves). Allowed with scope `hr:write`, or to the employee themselves; FORBIDDEN for anyone else (checked when resolved). */
  checkOut?: Maybe<AttendancePayload>;
  /** Completes an IN_PROGRESS request (→ DONE), which releases its work center; any other status is an INVALID_TRANSITION error. Requires scope `production:write`. */
  completeMaintenance?: Maybe<MaintenanceRequestPayload>;
  /** IN_PROGRESS → COMPLETED; operations then consumes the components and receives the output into the warehouse. Refused with their errors while work orders or quality inspections block it; INVALID_TRANSITION from any other status (a second completion included). Requires scope `production:write`. */
  completeProductionOrder?: Maybe<ProductionOrderPayload>;
  /** Completes an IN_PROGRESS step (→ DONE) with the minutes it took, while its production order is IN_PROGRESS. Requires scope `production:write`. */
  completeWorkOrder?: Maybe<WorkOrderPayload>;
  /** Sets (or replaces) the workspace's merchant id and signing secret at a payment provider. The secret is stored encrypted and never returned. INVALID in errors. Requires scope `payments:write`. */
  configurePaymentProvider?: Maybe<ConfigurePaymentProviderPayload>;
  /** Confirms a draft order. Requires scope `orders:write`. */
  confirmOrder?: Maybe<OrderPayload>;
  /** Creates an API key for an integration, with scopes the caller holds. The key (`pk_…`) is returned this once; send it as `Authorization: Bearer pk_…` or `X-Api-Key: pk_…`. Only a member (never an API key) creates keys, and only with scopes they hold (SCOPE_NOT_HELD otherwise). */
  createApiKey?: Maybe<CreateApiKeyPayload>;
  /** Adds the next version of a product's bill of materials, as DRAFT or, with activate, as the active bill (archiving the current one). Refused (INVALID) when a component is the product itself, is repeated, has a quantity below one, or would make the product contain itself through the components' own active bills. Requires scope `production:write`. */
  createBillOfMaterials?: Maybe<BillOfMaterialsPayload>;
  /** Issues a credit note (CN-YYYY-NNNNNN, gapless per workspace and year) against an ISSUED or PARTIALLY_PAID invoice, which is never edited: its amountCredited grows and its amountDue (total − paid − credited) shrinks; it becomes PAID when nothing is left due. Lines omitted: a full reversal of what is left. Refused with INVALID on `lines`, writing nothing, when the credit exceeds what is left to credit (total − earlier credit notes) or what is still due after payments: customer credit and refunds are not modelled, so money already received is never credited. INVALID_TRANSITION for a DRAFT, VOID or PAID invoice. A retry with the same idempotencyKey returns the first credit note. Requires scope `invoices:write`. */
  createCreditNote?: Maybe<CreditNotePayload>;
  /** Adds a customer. Requires scope `customers:write`. */
  createCustomer?: Maybe<CustomerPayload>;
  /** Opens a deal as a LEAD. Requires scope `deals:write`. */
  createDeal?: Maybe<DealPayload>;
  /** Adds a department. Requires scope `hr:write`. */
  createDepartment?: Maybe<DepartmentPayload>;
  /** Adds an employee; a department given by name or code is created when it does not exist. Requires scope `hr:write`. */
  createEmployee?: Maybe<EmployeePayload>;
  /** Drafts an invoice from finance's copy of a sales order: its lines and totals. NOT_FOUND when finance has not seen the order yet; CONFLICT when the order already has an invoice that is not VOID. Requires scope `invoices:write`. */
  createInvoice?: Maybe<InvoicePayload>;
  /** Creates a draft order with a gapless number. Requires scope `orders:write`. */
  createOrder?: Maybe<OrderPayload>;
  /** Computes the DRAFT payroll of a month (one run per month): a payslip for every ACTIVE employee paid in the workspace's currency. Gross = MONTHLY salary − unpaid leave (salary ÷ working days × unpaid working days); pension and income tax are deducted as lines. Requires scopes `hr:write` and `hr:salary`. */
  createPayrollRun?: Maybe<PayrollRunPayload>;
  /** Adds a price list with its prices and quantity breaks. Requires scope `products:write`. */
  createPriceList?: Maybe<PriceListPayload>;
  /** Adds a product to the catalogue. Requires scope `products:write`. */
  createProduct?: Maybe<ProductPayload>;
  /** Plans a production order (PLANNED) with the next gapless number (MO-YYYY-NNNNNN). Idempotent with idempotencyKey: a retry returns the first order. Requires scope `production:write`. */
  createProductionOrder?: Maybe<ProductionOrderPayload>;
  /** Drafts a purchase order to a supplier, numbered PO-YYYY-NNNNNN. Requires scope `stock:write`. */
  createPurchaseOrder?: Maybe<PurchaseOrderPayload>;
  /** Creates a PENDING shipment of reserved stock of an order from one warehouse, numbered SH-YYYY-NNNNNN. Requires scope `stock:write`. */
  createShipment?: Maybe<ShipmentPayload>;
  /** Adds a supplier. Requires scope `stock:write`. */
  createSupplier?: Maybe<SupplierPayload>;
  /** Adds a warehouse. Requires scope `stock:write`. */
  createWarehouse?: Maybe<WarehousePayload>;
  /** Registers an endpoint for the workspace's events: each delivery is a signed POST (Standard Webhooks headers webhook-id, webhook-timestamp, webhook-signature) of `{ id, type, time, tenant, data }`, `data` read with your scopes through your selection. The secret is returned here once. INVALID / URL_NOT_ALLOWED / SCOPE_NOT_HELD in errors. Requires scope `webhooks:write`. */
  createWebhook?: Maybe<WebhookPayload>;
  /** Adds a work center. Requires scope `production:write`. */
  createWorkCenter?: Maybe<WorkCenterPayload>;
  /** Defines a custom field of one type: its values are checked on every create and update, and lists filter on it. Requires scope `custom_fields:write`. */
  defineCustomField?: Maybe<CustomFieldPayload>;
  /** Removes a custom field definition; values already stored stay in the objects but are no longer checked or filterable. Requires scope `custom_fields:write`. */
  deleteCustomField?: Maybe<CustomFieldPayload>;
  /** Removes a price list: it prices nothing from now on; orders priced with it keep their prices. Requires scope `products:write`. */
  deletePriceList?: Maybe<PriceListPayload>;
  /** Removes a product from the catalogue (kept for audit; its SKU can be reused). Requires scope `products:write`. */
  deleteProduct?: Maybe<ProductPayload>;
  /** Deletes a webhook: nothing more is sent to it. Requires scope `webhooks:write`. */
  deleteWebhook?: Maybe<DeleteWebhookPayload>;
  /** SHIPPED → DELIVERED, recording shipment.delivered. Requires scope `stock:write`. */
  deliverShipment?: Maybe<ShipmentPayload>;
  /** Creates the PREVENTIVE request of every schedule due at asOf (default now): one per schedule, for its latest occurrence not after asOf. Idempotent: an occurrence that already has its request gets no second one. The subgraph also does this by itself every PRODUCTION_MAINTENANCE_SWEEP_MS; this is for another moment or an immediate run. Requires scope `production:write`. */
  generateDueMaintenance?: Maybe<GenerateDueMaintenancePayload>;
  /** DRAFT → ISSUED: assigns the next gapless number (INV-YYYY-NNNNNN). An issued invoice is never edited, only voided. Requires scope `invoices:write`. */
  issueInvoice?: Maybe<InvoicePayload>;
  /** Ships the units of a RESERVED reservation (RESERVED → ISSUED): an ISSUE movement lowers onHand and reserved together. Any other status is an INVALID_TRANSITION error. Requires scope `stock:write`. */
  issueReservation?: Maybe<IssueReservationPayload>;
  /** Exchanges email and password for an access token and a refresh token. */
  login: LoginPayload;
  /** APPROVED → PAID on the day given (YYYY-MM-DD, not before it was incurred nor in the future). INVALID_TRANSITION from any other status. Requires scope `payments:write`. */
  markExpensePaid?: Maybe<ExpensePayload>;
  /** Marks an order ready to ship (CONFIRMED or IN_PRODUCTION → READY): every line is reserved. The order-to-cash saga calls it. Requires scope `orders:write`. */
  markOrderReady?: Maybe<OrderPayload>;
  /** APPROVED → PAID. Requires scopes `hr:write` and `hr:salary`. */
  markPayrollRunPaid?: Maybe<PayrollRunPayload>;
  /** Moves a deal to another pipeline stage (one step, or to WON/LOST). Requires scope `deals:write`. */
  moveDealStage?: Maybe<DealPayload>;
  /** PENDING → PICKED. Any other status is an INVALID_TRANSITION error. Requires scope `stock:write`. */
  pickShipment?: Maybe<ShipmentPayload>;
  /** Recomputes a DRAFT run from current salaries and leave; any other status is an INVALID_TRANSITION. Requires scopes `hr:write` and `hr:salary`. */
  recalculatePayrollRun?: Maybe<PayrollRunPayload>;
  /** Receives units of a SENT or PARTIALLY_RECEIVED purchase order into a warehouse: RECEIPT movements (reference = its number), then PARTIALLY_RECEIVED or RECEIVED. More than ordered − received refuses the whole receipt. Requires scope `stock:write`. */
  receivePurchaseOrder?: Maybe<ReceivePurchaseOrderPayload>;
  /** Records goods received into a warehouse: a RECEIPT movement, and the stock level rises with it. Requires scope `stock:write`. */
  receiveStock?: Maybe<StockMovementPayload>;
  /** Records a quality inspection of a production order or of a stock movement. With measurements the result is computed (PASS when every |value − target| ≤ tolerance); without, the given result is taken. The latest inspection of a production order blocks its completion when it FAILed. Requires scope `production:write`. */
  recordInspection?: Maybe<QualityInspectionPayload>;
  /** Allocates money to an ISSUED or PARTIALLY_PAID invoice, at most its amount due: an over-payment is an INVALID error on `amount` and writes nothing. The invoice becomes PARTIALLY_PAID or PAID. A retry with the same idempotencyKey counts once. Requires scope `payments:write`. */
  recordPayment?: Maybe<RecordPaymentPayload>;
  /** Sends a SUCCEEDED or FAILED delivery again: a new PENDING delivery with the same event id and body, queued behind the entity's pending ones. Requires scope `webhooks:write`. */
  redeliverWebhook?: Maybe<WebhookDeliveryPayload>;
  /** Rewrites the workspace's salaries and bank accounts encrypted with an older key with the current key (after a key rotation). Requires scope `hr:write`. */
  reencryptEmployees?: Maybe<ReencryptEmployeesPayload>;
  /** Spends a refresh token for a new pair. Reusing a spent token revokes all tokens of its login. */
  refreshToken: RefreshTokenPayload;
  /** Gives money back against a recorded payment, through the provider it came by (a payment typed in is handed back by hand: MANUAL). The invoice's amount paid shrinks by it and its status follows (PARTIALLY_PAID, or ISSUED when nothing stays paid). At most what is left of the payment (EXCEEDS_REFUNDABLE). A provider that is down or refuses leaves nothing written. A retry with the same idempotencyKey counts once. Requires scope `payments:write`. */
  refundPayment?: Maybe<RefundPayload>;
  /** Gives back, through its provider, the whole amount of a NEEDS_REFUND payment request: money a provider collected after the invoice stopped taking payments, never applied to it. The request becomes REFUNDED; the invoice does not change. Requires scope `payments:write`. */
  refundPaymentRequest?: Maybe<RefundPayload>;
  /** SUBMITTED → REJECTED, with a reason (required). INVALID_TRANSITION from any other status. Requires scope `invoices:write`. */
  rejectExpense?: Maybe<ExpensePayload>;
  /** Rejects a PENDING request; who may is as for approveLeave. Allowed with scope `hr:write`, or to the employee's manager; never to the employee or to whoever filed the request (FORBIDDEN, checked when resolved). */
  rejectLeave?: Maybe<LeaveRequestPayload>;
  /** Releases every RESERVED reservation of a sales order. Idempotent: calling it again releases nothing more. Requires scope `stock:write`. */
  releaseOrderReservations?: Maybe<ReleaseOrderReservationsPayload>;
  /** PLANNED → RELEASED: snapshots the product's active bill of materials × quantity as the components; operations then reserves them. INVALID on productId when the product has no active bill; INVALID_TRANSITION from any other status. Requires scope `production:write`. */
  releaseProductionOrder?: Maybe<ProductionOrderPayload>;
  /** Gives the units of a RESERVED reservation back (RESERVED → RELEASED). Any other status is an INVALID_TRANSITION error. Requires scope `stock:write`. */
  releaseReservation?: Maybe<ReservationPayload>;
  /** Requests leave (hr:write, or the employee themselves). Costs the working days (Mon–Fri) of the period; ANNUAL leave beyond the available balance is refused (INVALID), SICK and UNPAID have no limit. Allowed with scope `hr:write`, or to the employee themselves; FORBIDDEN for anyone else (checked when resolved). */
  requestLeave?: Maybe<LeaveRequestPayload>;
  /** Asks for maintenance of a work center (OPEN). It blocks the work center at once (CORRECTIVE) or from its scheduledFor (PREVENTIVE). Requires scope `production:write`. */
  requestMaintenance?: Maybe<MaintenanceRequestPayload>;
  /** Asks a payment provider to collect what an ISSUED or PARTIALLY_PAID invoice still owes, and returns where the customer pays (a link and a QR payload). The payment is recorded when the provider's signed callback says PAID. MANUAL is refused: use recordPayment. Requires scope `payments:write`. */
  requestPayment?: Maybe<RequestPaymentPayload>;
  /** A signed link to upload a file attached to an order, product, invoice, purchase order or employee of the caller's workspace: PUT the bytes to `uploadUrl` with the declared Content-Type. Needs the scope that reads the entity (orders:read, products:read, invoices:read, stock:read, hr:read); FORBIDDEN otherwise. Needs the scope that reads the entity the file is attached to (Order: orders:read, Product: products:read, Invoice: invoices:read, PurchaseOrder: stock:read, Employee: hr:read); FORBIDDEN otherwise (checked when resolved). */
  requestUpload?: Maybe<RequestUploadPayload>;
  /** Promises available units (onHand − reserved) of a product to a sales order, never more than are available. What is not available is reported as shortage, not as an error. Not a stock movement: nothing physically moves. Requires scope `stock:write`. */
  reserveStock?: Maybe<ReserveStockPayload>;
  /** Revokes an API key: every request with it is refused from this answer on (UNAUTHENTICATED). A member revokes their own keys; with scope `members:write`, any key of the workspace. */
  revokeApiKey?: Maybe<RevokeApiKeyPayload>;
  /** Replaces the signing secret with a new random one, returned here once; the next attempt is signed with it. Requires scope `webhooks:write`. */
  rotateWebhookSecret?: Maybe<WebhookPayload>;
  /** Drafts purchase orders for every product whose available stock is below its rule min and not covered by open purchase orders: up to max in multiples, one DRAFT purchase order per supplier × warehouse. Running it again drafts nothing new. Requires scope `stock:write`. */
  runReorderCheck?: Maybe<RunReorderCheckPayload>;
  /** Plans preventive maintenance of a work center every N days from startsAt; generateDueMaintenance turns due occurrences into requests. Requires scope `production:write`. */
  scheduleMaintenance?: Maybe<MaintenanceSchedulePayload>;
  /** DRAFT → SENT. Any other status is an INVALID_TRANSITION error. Requires scope `stock:write`. */
  sendPurchaseOrder?: Maybe<PurchaseOrderPayload>;
  /** Sets (creates or replaces) the reorder rule of a product in a warehouse. Requires scope `stock:write`. */
  setReorderRule?: Maybe<ReorderRulePayload>;
  /** PICKED → SHIPPED: issues every reservation of the shipment (ISSUE movements: onHand and reserved fall) and records shipment.shipped, in one transaction. Requires scope `stock:write`. */
  shipShipment?: Maybe<ShipmentPayload>;
  /** Creates an organization, its first workspace and its owner, and logs the owner in. */
  signUp: SignUpPayload;
  /** Starts an OPEN request (→ IN_PROGRESS); any other status is an INVALID_TRANSITION error. Requires scope `production:write`. */
  startMaintenance?: Maybe<MaintenanceRequestPayload>;
  /** Marks a confirmed order as waiting for production (CONFIRMED → IN_PRODUCTION); the order-to-cash saga calls it when stock is short. Requires scope `orders:write`. */
  startOrderProduction?: Maybe<OrderPayload>;
  /** RELEASED → IN_PROGRESS. INVALID_TRANSITION from any other status. Requires scope `production:write`. */
  startProductionOrder?: Maybe<ProductionOrderPayload>;
  /** Starts a PENDING step (→ IN_PROGRESS). Refused with INVALID_TRANSITION, changing nothing, when the production order is not IN_PROGRESS (field productionOrderId), an earlier step is not DONE or CANCELLED (field sequence), or the work center is blocked by maintenance (field workCenterId). Requires scope `production:write`. */
  startWorkOrder?: Maybe<WorkOrderPayload>;
  /** Submits an expense (any member): numbered EXP-YYYY-NNNNNN, in the workspace's currency, SUBMITTED until someone else approves or rejects it. A retry with the same idempotencyKey returns the first expense. */
  submitExpense?: Maybe<ExpensePayload>;
  /** Ends an employment (ACTIVE or ON_LEAVE → TERMINATED, final). Requires scope `hr:write`. */
  terminateEmployee?: Maybe<EmployeePayload>;
  /** Sends a signed `webhook.test` event to the endpoint now and returns the logged attempt (status code, latency). Requires scope `webhooks:write`. */
  testWebhook?: Maybe<WebhookDeliveryPayload>;
  /** Changes the label, options or required flag of a custom field (never its key or type). Requires scope `custom_fields:write`. */
  updateCustomField?: Maybe<CustomFieldPayload>;
  /** Changes an employee. Salary and bank account changes need hr:salary. Requires scope `hr:write`. */
  updateEmployee?: Maybe<EmployeePayload>;
  /** Changes the notes or custom fields of an order. Requires scope `orders:write`. */
  updateOrder?: Maybe<OrderPayload>;
  /** Changes a product. Requires scope `products:write`. */
  updateProduct?: Maybe<ProductPayload>;
  /** Changes a supplier's details. Requires scope `stock:write`. */
  updateSupplier?: Maybe<SupplierPayload>;
  /** Changes a webhook's URL, events, filter, selections or note, or re-enables (active: true) / disables it. Requires scope `webhooks:write`. */
  updateWebhook?: Maybe<WebhookPayload>;
  /** Renames the caller's workspace or sets the address and tax id its documents print. Requires scope `members:write`. */
  updateWorkspace?: Maybe<UpdateWorkspacePayload>;
  /** DRAFT or ISSUED → VOID. Refused (INVALID_TRANSITION) once a payment has been recorded: a paid invoice will be reversed by a credit note instead. Requires scope `invoices:write`. */
  voidInvoice?: Maybe<InvoicePayload>;
  /** Wins a deal: it becomes WON and its confirmed order is created, which starts order-to-cash. Requires scope `deals:write`. */
  winDeal?: Maybe<DealPayload>;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationAccrueLeaveArgs = {
  month: Scalars['String']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationActivateBillOfMaterialsArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationAddMemberArgs = {
  input: AddMemberInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationAddWorkOrderArgs = {
  input: AddWorkOrderInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationAdjustStockArgs = {
  input: AdjustStockInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationAllocateLeaveArgs = {
  input: AllocateLeaveInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationApproveExpenseArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationApproveLeaveArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationApprovePayrollRunArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCancelLeaveArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCancelMaintenanceArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCancelOrderArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCancelProductionOrderArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCancelPurchaseOrderArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCancelShipmentArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCancelWorkOrderArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCheckInArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  employeeId: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCheckOutArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  employeeId: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCompleteMaintenanceArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCompleteProductionOrderArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCompleteWorkOrderArgs = {
  actualMinutes: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationConfigurePaymentProviderArgs = {
  input: ConfigurePaymentProviderInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationConfirmOrderArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateBillOfMaterialsArgs = {
  input: CreateBillOfMaterialsInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateCreditNoteArgs = {
  input: CreateCreditNoteInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateDealArgs = {
  input: CreateDealInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateEmployeeArgs = {
  input: CreateEmployeeInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateInvoiceArgs = {
  input: CreateInvoiceInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateOrderArgs = {
  input: CreateOrderInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreatePayrollRunArgs = {
  period: Scalars['String']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreatePriceListArgs = {
  input: CreatePriceListInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateProductionOrderArgs = {
  input: CreateProductionOrderInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreatePurchaseOrderArgs = {
  input: CreatePurchaseOrderInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateShipmentArgs = {
  input: CreateShipmentInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateSupplierArgs = {
  input: CreateSupplierInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateWarehouseArgs = {
  input: CreateWarehouseInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationCreateWorkCenterArgs = {
  input: CreateWorkCenterInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationDefineCustomFieldArgs = {
  input: DefineCustomFieldInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationDeleteCustomFieldArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationDeletePriceListArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationDeleteProductArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationDeliverShipmentArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationGenerateDueMaintenanceArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationIssueInvoiceArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationIssueReservationArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationMarkExpensePaidArgs = {
  id: Scalars['ID']['input'];
  paidOn: Scalars['String']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationMarkOrderReadyArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationMarkPayrollRunPaidArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationMoveDealStageArgs = {
  id: Scalars['ID']['input'];
  stage: DealStage;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationPickShipmentArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRecalculatePayrollRunArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationReceivePurchaseOrderArgs = {
  input: ReceivePurchaseOrderInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationReceiveStockArgs = {
  input: ReceiveStockInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRecordInspectionArgs = {
  input: RecordInspectionInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRefundPaymentArgs = {
  input: RefundPaymentInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRefundPaymentRequestArgs = {
  input: RefundPaymentRequestInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRejectExpenseArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRejectLeaveArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationReleaseOrderReservationsArgs = {
  orderId: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationReleaseProductionOrderArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationReleaseReservationArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRequestLeaveArgs = {
  input: RequestLeaveInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRequestMaintenanceArgs = {
  input: RequestMaintenanceInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRequestPaymentArgs = {
  invoiceId: Scalars['ID']['input'];
  provider: PaymentProviderKind;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRequestUploadArgs = {
  input: RequestUploadInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationReserveStockArgs = {
  input: ReserveStockInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationRunReorderCheckArgs = {
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationScheduleMaintenanceArgs = {
  input: ScheduleMaintenanceInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationSendPurchaseOrderArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationSetReorderRuleArgs = {
  input: SetReorderRuleInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationShipShipmentArgs = {
  carrier: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  trackingNumber: Scalars['String']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationSignUpArgs = {
  input: SignUpInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationStartMaintenanceArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationStartOrderProductionArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationStartProductionOrderArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationStartWorkOrderArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationSubmitExpenseArgs = {
  input: SubmitExpenseInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationTerminateEmployeeArgs = {
  input: TerminateEmployeeInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationTestWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationUpdateCustomFieldArgs = {
  input: UpdateCustomFieldInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationUpdateEmployeeArgs = {
  input: UpdateEmployeeInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationUpdateOrderArgs = {
  input: UpdateOrderInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationUpdateSupplierArgs = {
  input: UpdateSupplierInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationUpdateWebhookArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationUpdateWorkspaceArgs = {
  input: UpdateWorkspaceInput;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationVoidInvoiceArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** What a client can change: each mutation returns a payload with `errors` for expected refusals. */
export type MutationWinDealArgs = {
  id: Scalars['ID']['input'];
};

/** An object with a globally unique id (a UUID), refetchable with `node(id:)` (Relay global object identification; normalized caches key on `id`). */
export type Node = {
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
};

/** A sales order: what a customer bought, at what price, and where it is. */
export type Order = Node & {
  __typename?: 'Order';
  /** The files attached to it (upload one with `requestUpload`), oldest first, each with a short-lived download link. Needs orders:read. Requires scope `orders:read`. */
  attachments?: Maybe<Array<Attachment>>;
  /** Why the order was cancelled. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** The order confirmation as a PDF: lines, tax and totals. A short-lived signed link (DOCUMENT_URL_TTL_SECONDS, 5 minutes by default) to the PDF on the gateway; it shows what the member who asked for it may read. Ask again for a fresh one. Needs orders:read. Requires scope `orders:read`. */
  confirmationPdfUrl?: Maybe<Scalars['String']['output']>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the order (resolved by identity). */
  createdBy?: Maybe<User>;
  /** ISO 4217 currency of every amount of the document. */
  currency: Scalars['String']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Who bought. Needs customers:read. Requires scope `customers:read`. */
  customer?: Maybe<Customer>;
  /** The deal this order was won from, if any. Needs deals:read. Requires scope `deals:read`. */
  deal?: Maybe<Deal>;
  /** What the order-to-cash saga did for this order and what it waits for: state, shortages, what blocks it and each step. NOT_STARTED for a draft. Needs orders:read. Requires scope `orders:read`. */
  fulfilment?: Maybe<Fulfilment>;
  /** Every recorded change of the order, newest first: who (user and role), when, in which request, and each field old → new. Needs audit:read. Requires scope `audit:read`. */
  history?: Maybe<AuditTrail>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Invoices of this order in every status, oldest first. Needs invoices:read. Requires scope `invoices:read`. */
  invoices?: Maybe<Array<Invoice>>;
  /** Grows with every change of any invoice of this order (issue, payment, credit, void): live views order their updates by it. Needs orders:read. Requires scope `orders:read`. */
  invoicesRevision?: Maybe<Scalars['Int']['output']>;
  /** What was ordered. */
  lines: Array<OrderLine>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Free-text notes (delivery instructions and the like). */
  notes?: Maybe<Scalars['String']['output']>;
  /** Gapless document number, e.g. SO-2026-000123. */
  number: Scalars['String']['output'];
  /** Production orders made for this order, in every status, oldest first. Needs production:read. Requires scope `production:read`. */
  productionOrders?: Maybe<Array<ProductionOrder>>;
  /** Grows with every change of any production order made for this order: live views order their updates by it. Needs orders:read. Requires scope `orders:read`. */
  productionRevision?: Maybe<Scalars['Int']['output']>;
  /** Stock reserved for this order, in every status (RESERVED, RELEASED, ISSUED), oldest first. Needs stock:read. Requires scope `stock:read`. */
  reservations?: Maybe<Array<Reservation>>;
  /** Shipments of this order in every status, oldest first. Needs stock:read. Requires scope `stock:read`. */
  shipments?: Maybe<Array<Shipment>>;
  /** Lifecycle status. */
  status: OrderStatus;
  /** Sum of the lines, net of tax. */
  subtotal: Money;
  /** Sum of the lines' tax, each line rounded to cents. */
  tax: Money;
  /** Subtotal plus tax. */
  total: Money;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every change of the order. */
  version: Scalars['Int']['output'];
};


/** A sales order: what a customer bought, at what price, and where it is. */
export type OrderHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An order that entered, changed within or left a live list (`ordersChanged`). */
export type OrderChange = {
  __typename?: 'OrderChange';
  /** How the order moved relative to the subscriber's filter. */
  change: OrderChangeKind;
  /** The order after the change, with the fields asked for from every subgraph. */
  order?: Maybe<Order>;
};

/** ENTERED: the order now matches the subscriber's filter and did not before (or was created matching it); CHANGED: it matched and still does; LEFT: it matched and no longer does. */
export type OrderChangeKind =
  | 'CHANGED'
  | 'ENTERED'
  | 'LEFT';

/** A page of orders, newest first. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The items of this page. */
  edges: Array<OrderEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Order in a page, with its cursor. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Order. */
  node: Order;
};

/** Narrows an order list. */
export type OrderFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose custom fields meet every one of these conditions. */
  customFields?: InputMaybe<Array<CustomFieldFilter>>;
  /** Only this customer's orders. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only the order with this number, e.g. SO-2026-000123. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Only orders in this status. */
  status?: InputMaybe<OrderStatus>;
  /** Only orders in one of these statuses. */
  statusIn?: InputMaybe<Array<OrderStatus>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One product line of an order. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The product ordered. Needs products:read. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** Units ordered. */
  quantity: Scalars['Int']['output'];
  /** Tax of this line, rounded to cents. */
  tax: Money;
  /** Tax rate applied, as a fraction. */
  taxRate: Scalars['Decimal']['output'];
  /** Quantity × unit price, net of tax. */
  total: Money;
  /** Unit price, net of tax. */
  unitPrice: Money;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A product and quantity to order. */
export type OrderLineInput = {
  /** An amount off each unit, after the percentage; refused when it would make the price negative. */
  discountAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Percent off this line’s unit price, 0 to 100. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** Product id. */
  productId: Scalars['ID']['input'];
  /** Units, at least 1. */
  quantity: Scalars['Int']['input'];
  /** Unit price net of tax; the product's price when omitted. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** One sort key of a order list; several apply in order, ties broken by id. */
export type OrderOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: OrderSortField;
};

/** Result of an order mutation. */
export type OrderPayload = {
  __typename?: 'OrderPayload';
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
  /** The order. */
  order?: Maybe<Order>;
};

/** Fields a order list can be sorted by. */
export type OrderSortField =
  | 'CREATED_AT'
  | 'NUMBER'
  | 'STATUS'
  | 'TOTAL'
  | 'UPDATED_AT';

/** Where an order is: DRAFT → CONFIRMED → IN_PRODUCTION → READY → SHIPPED → DELIVERED; CANCELLED before shipping. */
export type OrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DELIVERED'
  | 'DRAFT'
  | 'IN_PRODUCTION'
  | 'READY'
  | 'SHIPPED';

/** Which orders a live list shows. */
export type OrdersChangedFilter = {
  /** Only orders in one of these statuses (absent: every status). */
  status?: InputMaybe<Array<OrderStatus>>;
};

/** A company using Prometric; it owns one or more workspaces. */
export type Organization = {
  __typename?: 'Organization';
  /** Organization id. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

/** Where this page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Money received against an invoice. */
export type Payment = {
  __typename?: 'Payment';
  /** Amount allocated to the invoice, in its currency. */
  amount: Money;
  /** How much of this payment was given back. */
  amountRefunded: Money;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** How it was paid. */
  method: PaymentMethod;
  /** The payer's or bank's reference. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Money given back against this payment, oldest first. */
  refunds: Array<Refund>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of payments. */
export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  /** The items of this page. */
  edges: Array<PaymentEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Payment in a page, with its cursor. */
export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Payment. */
  node: Payment;
};

/** Narrows a payment list. */
export type PaymentFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only payments of this invoice. */
  invoiceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only payments made one of these ways. */
  methodIn?: InputMaybe<Array<PaymentMethod>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** How a payment was made. */
export type PaymentMethod =
  /** Bank transfer. */
  | 'BANK_TRANSFER'
  /** Card payment. */
  | 'CARD'
  /** Cash. */
  | 'CASH'
  /** Kaspi.kz payment. */
  | 'KASPI';

/** One sort key of a payment list; several apply in order, ties broken by id. */
export type PaymentOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: PaymentSortField;
};

/** A payment provider finance can work with. */
export type PaymentProviderKind =
  /** A Kaspi-style QR/redirect provider over HTTP, with HMAC-signed callbacks. */
  | 'KASPI'
  /** Money recorded by hand with recordPayment; nothing to configure. */
  | 'MANUAL';

/** The workspace's account at a payment provider. The secret is never readable: only secretSet and its last four characters. */
export type PaymentProviderSetting = {
  __typename?: 'PaymentProviderSetting';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** The workspace's merchant id at the provider. */
  merchantId: Scalars['String']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The provider. */
  provider: PaymentProviderKind;
  /** The last four characters of the secret, to tell which one is set. */
  secretLast4: Scalars['String']['output'];
  /** True: a secret is set (it is never shown). */
  secretSet: Scalars['Boolean']['output'];
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of payment provider accounts. */
export type PaymentProviderSettingConnection = {
  __typename?: 'PaymentProviderSettingConnection';
  /** The items of this page. */
  edges: Array<PaymentProviderSettingEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PaymentProviderSetting in a page, with its cursor. */
export type PaymentProviderSettingEdge = {
  __typename?: 'PaymentProviderSettingEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The PaymentProviderSetting. */
  node: PaymentProviderSetting;
};

/** Narrows the payment provider list. */
export type PaymentProviderSettingFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One sort key of a payment provider list; several apply in order, ties broken by id. */
export type PaymentProviderSettingOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: WebhookDeliverySortField;
};

/** A request to a payment provider to collect an invoice: where the customer pays, and how it went. */
export type PaymentRequest = {
  __typename?: 'PaymentRequest';
  /** The amount asked for, in the invoice's currency. */
  amount: Money;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** When the provider stops accepting the payment. */
  expiresAt: Scalars['DateTime']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Where the customer pays (a redirect link). */
  paymentUrl: Scalars['String']['output'];
  /** The provider collecting. */
  provider: PaymentProviderKind;
  /** What a QR code for the payment shows. */
  qrPayload: Scalars['String']['output'];
  /** Where it stands (EXPIRED once nobody paid before expiresAt; a payment the provider still reports afterwards is recorded). */
  status: PaymentRequestStatus;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Where a payment request through a provider stands. */
export type PaymentRequestStatus =
  /** Nobody paid before it expired. */
  | 'EXPIRED'
  /** The provider reports the payment failed; nothing recorded. */
  | 'FAILED'
  /** Paid after the invoice stopped taking payments (voided or settled): not applied, owed back. */
  | 'NEEDS_REFUND'
  /** Paid, and recorded on the invoice. */
  | 'PAID'
  /** The money went back to the payer. */
  | 'REFUNDED'
  /** Sent to the provider; not paid yet. */
  | 'REQUESTED';

/** Fields a payment list can be sorted by. */
export type PaymentSortField =
  | 'AMOUNT'
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** One month's payroll of the workspace. */
export type PayrollRun = Node & {
  __typename?: 'PayrollRun';
  /** When it was approved. */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** User who approved it. */
  approvedBy?: Maybe<Scalars['ID']['output']>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217 currency of every amount of the run. */
  currency: Scalars['String']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Employees paid by the run (one payslip each). */
  employeeCount: Scalars['Int']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** When it was marked paid. */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * One payslip per employee paid, by employee name.
   * @deprecated Use payslipsConnection (a page at a time); removed after 2027-06-30.
   */
  payslips: Array<Payslip>;
  /** One payslip per employee paid, in the order they were computed, a page at a time. */
  payslipsConnection: PayslipConnection;
  /** The month paid, YYYY-MM; one run per month. */
  period: Scalars['String']['output'];
  /** Lifecycle status. */
  status: PayrollRunStatus;
  /** Sum of deductions. Needs hr:salary (otherwise null with a FORBIDDEN error). Requires scope `hr:salary`. */
  totalDeductions?: Maybe<Money>;
  /** Sum of gross pay. Needs hr:salary (otherwise null with a FORBIDDEN error). Requires scope `hr:salary`. */
  totalGross?: Maybe<Money>;
  /** Sum of net pay. Needs hr:salary (otherwise null with a FORBIDDEN error). Requires scope `hr:salary`. */
  totalNet?: Maybe<Money>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Working days (Monday to Friday) of the month. */
  workingDays: Scalars['Int']['output'];
};


/** One month's payroll of the workspace. */
export type PayrollRunPayslipsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of payroll runs. */
export type PayrollRunConnection = {
  __typename?: 'PayrollRunConnection';
  /** The items of this page. */
  edges: Array<PayrollRunEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PayrollRun in a page, with its cursor. */
export type PayrollRunEdge = {
  __typename?: 'PayrollRunEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The PayrollRun. */
  node: PayrollRun;
};

/** Narrows a payroll run list. */
export type PayrollRunFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only the run of this month, YYYY-MM. */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Only runs in one of these statuses. */
  statusIn?: InputMaybe<Array<PayrollRunStatus>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One sort key of a payroll run list; several apply in order, ties broken by id. */
export type PayrollRunOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: PayrollRunSortField;
};

/** Result of a payroll run mutation. */
export type PayrollRunPayload = {
  __typename?: 'PayrollRunPayload';
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
  /** The payroll run. */
  payrollRun?: Maybe<PayrollRun>;
};

/** Fields a payroll run list can be sorted by. */
export type PayrollRunSortField =
  | 'CREATED_AT'
  | 'PERIOD'
  | 'UPDATED_AT';

/** Where a payroll run is: DRAFT → APPROVED → PAID. Only a DRAFT may be recalculated; an approved run and its payslips never change. */
export type PayrollRunStatus =
  /** Final: figures are frozen and the expense was announced (payroll.approved). */
  | 'APPROVED'
  /** Computed, may be recalculated. */
  | 'DRAFT'
  /** Salaries were paid out. */
  | 'PAID';

/** One employee's pay for a payroll run. */
export type Payslip = {
  __typename?: 'Payslip';
  /** MONTHLY salary at the time of the run. Visible with hr:salary or to the employee paid; otherwise null with a FORBIDDEN error. Allowed with scope `hr:salary`, or to the employee paid; FORBIDDEN for anyone else (checked when resolved). */
  baseSalary?: Maybe<Money>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217 currency of the amounts. */
  currency: Scalars['String']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** The employee paid. */
  employee?: Maybe<Employee>;
  /** The employee paid. */
  employeeId: Scalars['ID']['output'];
  /** Salary less unpaid leave. Visible with hr:salary or to the employee paid; otherwise null with a FORBIDDEN error. Allowed with scope `hr:salary`, or to the employee paid; FORBIDDEN for anyone else (checked when resolved). */
  gross?: Maybe<Money>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Deductions (pension, income tax). Visible with hr:salary or to the employee paid; otherwise null with a FORBIDDEN error. Allowed with scope `hr:salary`, or to the employee paid; FORBIDDEN for anyone else (checked when resolved). */
  lines?: Maybe<Array<PayslipLine>>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Pay out: gross − deductions. Visible with hr:salary or to the employee paid; otherwise null with a FORBIDDEN error. Allowed with scope `hr:salary`, or to the employee paid; FORBIDDEN for anyone else (checked when resolved). */
  net?: Maybe<Money>;
  /** The payroll run the payslip belongs to. */
  payrollRun?: Maybe<PayrollRun>;
  /** The payroll run. */
  payrollRunId: Scalars['ID']['output'];
  /** Sum of the deduction lines. Visible with hr:salary or to the employee paid; otherwise null with a FORBIDDEN error. Allowed with scope `hr:salary`, or to the employee paid; FORBIDDEN for anyone else (checked when resolved). */
  totalDeductions?: Maybe<Money>;
  /** Working days of approved UNPAID leave in the month. */
  unpaidLeaveDays: Scalars['Decimal']['output'];
  /** Deduction for unpaid leave. Visible with hr:salary or to the employee paid; otherwise null with a FORBIDDEN error. Allowed with scope `hr:salary`, or to the employee paid; FORBIDDEN for anyone else (checked when resolved). */
  unpaidLeaveDeduction?: Maybe<Money>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Working days of the month. */
  workingDays: Scalars['Int']['output'];
};

/** A page of payslips. */
export type PayslipConnection = {
  __typename?: 'PayslipConnection';
  /** The items of this page. */
  edges: Array<PayslipEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Payslip in a page, with its cursor. */
export type PayslipEdge = {
  __typename?: 'PayslipEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Payslip. */
  node: Payslip;
};

/** A deduction on a payslip. */
export type PayslipLine = {
  __typename?: 'PayslipLine';
  /** Amount deducted. */
  amount: Money;
  /** Amount the rate applies to. */
  base: Money;
  /** Human-readable label. */
  description: Scalars['String']['output'];
  /** Rate applied, as a fraction (0.1 = 10%). */
  rate: Scalars['Decimal']['output'];
  /** Kind of deduction. */
  type: PayslipLineType;
};

/** Kind of payslip deduction. */
export type PayslipLineType =
  /** Income tax: HR_INCOME_TAX_RATE × (gross − pension). */
  | 'INCOME_TAX'
  /** Employee pension contribution: HR_PENSION_RATE × gross. */
  | 'PENSION';

/** Prices for one customer, a customer group or everyone, valid between two days (UTC, both included), with quantity breaks. */
export type PriceList = {
  __typename?: 'PriceList';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217 currency of its prices (the workspace currency). */
  currency: Scalars['String']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** The customer it is for. Needs customers:read. Requires scope `customers:read`. */
  customer?: Maybe<Customer>;
  /** The customer group it is for (null: not a group list). */
  customerGroup?: Maybe<Scalars['String']['output']>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Its prices, by product and minimum quantity. */
  items: Array<PriceListItem>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Among lists of the same reach, the higher priority wins. */
  priority: Scalars['Int']['output'];
  /** Prices computed as a percentage off are rounded half-up to a multiple of this (0.01, 0.05, 1.00…). */
  roundTo: Scalars['Decimal']['output'];
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** First day it applies (UTC); null: from always. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day it applies (UTC, included); null: no end. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A page of price lists. */
export type PriceListConnection = {
  __typename?: 'PriceListConnection';
  /** The items of this page. */
  edges: Array<PriceListEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PriceList in a page, with its cursor. */
export type PriceListEdge = {
  __typename?: 'PriceListEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The PriceList. */
  node: PriceList;
};

/** Narrows a price list list. */
export type PriceListFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only this group's lists. */
  customerGroup?: InputMaybe<Scalars['String']['input']>;
  /** Only this customer's lists. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One product's price in a price list from a minimum quantity on: a fixed unit price or a percentage off its list price. */
export type PriceListItem = {
  __typename?: 'PriceListItem';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The price applies from this many units on. */
  minQuantity: Scalars['Int']['output'];
  /** A percentage off the product's price (0 to 100). */
  percentOff?: Maybe<Scalars['Decimal']['output']>;
  /** The product priced. */
  product: Product;
  /** A fixed unit price, net of tax. */
  unitPrice?: Maybe<Scalars['Decimal']['output']>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** One product's price in a new price list, from a minimum quantity on: exactly one of unitPrice and percentOff. */
export type PriceListItemInput = {
  /** The price applies from this many units on (1 when omitted). */
  minQuantity?: InputMaybe<Scalars['Int']['input']>;
  /** A percentage off the product's price, 0 to 100. */
  percentOff?: InputMaybe<Scalars['Decimal']['input']>;
  /** Product id. */
  productId: Scalars['ID']['input'];
  /** A fixed unit price, net of tax. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** One sort key of a price list list; several apply in order, ties broken by id. */
export type PriceListOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: PriceListSortField;
};

/** Result of a price list mutation. */
export type PriceListPayload = {
  __typename?: 'PriceListPayload';
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
  /** The price list. */
  priceList?: Maybe<PriceList>;
};

/** Fields a price list list can be sorted by. */
export type PriceListSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'PRIORITY'
  | 'UPDATED_AT';

/** How a line was priced, in order of precedence. */
export type PricingStrategy =
  /** The product's own price. */
  | 'LIST_PRICE'
  /** A unit price typed on the line. */
  | 'NEGOTIATED'
  /** The best applicable price list: the customer's own, else their group's, else everyone's; then priority; then the quantity break. */
  | 'PRICE_LIST';

/** Something the workspace sells or makes. */
export type Product = Node & {
  __typename?: 'Product';
  /** The files attached to it (upload one with `requestUpload`), oldest first, each with a short-lived download link. Needs products:read. Requires scope `products:read`. */
  attachments?: Maybe<Array<Attachment>>;
  /** The active bill of materials; null when the product has none. Needs production:read. Requires scope `production:read`. */
  billOfMaterials?: Maybe<BillOfMaterials>;
  /** Unit cost. Needs products:cost. Requires scope `products:cost`. */
  cost?: Maybe<Money>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Unit price, net of tax. */
  price: Money;
  /** Stock-keeping unit, unique in the workspace. */
  sku: Scalars['String']['output'];
  /** Stock summed over all warehouses (zeros when there is none). Needs stock:read. Requires scope `stock:read`. */
  stock?: Maybe<StockLevel>;
  /** Stock in each warehouse that holds or held the product, by warehouse code. Needs stock:read. Requires scope `stock:read`. */
  stockByWarehouse?: Maybe<Array<WarehouseStock>>;
  /** When its stock is forecast to run out, from the last eight weeks of issues. Needs stock:read. Requires scope `stock:read`. */
  stockoutForecast?: Maybe<StockoutForecast>;
  /** Tax rate as a fraction: "0.12" is 12%. */
  taxRate: Scalars['Decimal']['output'];
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The items of this page. */
  edges: Array<ProductEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Product in a page, with its cursor. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Product. */
  node: Product;
};

/** Narrows a product list. */
export type ProductFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose custom fields meet every one of these conditions. */
  customFields?: InputMaybe<Array<CustomFieldFilter>>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Case-insensitive match on SKU or name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One sort key of a product list; several apply in order, ties broken by id. */
export type ProductOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: ProductSortField;
};

/** Result of a product mutation. */
export type ProductPayload = {
  __typename?: 'ProductPayload';
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
  /** The product. */
  product?: Maybe<Product>;
};

/** Fields a product list can be sorted by. */
export type ProductSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'PRICE'
  | 'SKU'
  | 'UPDATED_AT';

/** An order to make units of a product: PLANNED → RELEASED → IN_PROGRESS → COMPLETED (or CANCELLED). */
export type ProductionOrder = Node & {
  __typename?: 'ProductionOrder';
  /** Why the order was cancelled. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When the order was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the order was completed. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Components consumed, snapshotted at release; empty while PLANNED (and when cancelled before release). */
  components: Array<ProductionOrderComponent>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /**
   * Date the output is wanted (YYYY-MM-DD).
   * @deprecated Use dueOn (a Date); removed after 2027-06-30.
   */
  dueDate?: Maybe<Scalars['String']['output']>;
  /** Date the output is wanted. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Quality inspections of the order, oldest first; the last one blocks completion when it FAILed. Needs production:read. Requires scope `production:read`. */
  inspections?: Maybe<Array<QualityInspection>>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Gapless per workspace and year, e.g. MO-2026-000001; assigned at creation. */
  number: Scalars['String']['output'];
  /** The sales order the units are made for; null when made to stock. Needs orders:read. Requires scope `orders:read`. */
  order?: Maybe<Order>;
  /** The sales order the units are made for (sales' order id), when made to order. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** The sales order line the units are made for (sales' order line id). */
  orderLineId?: Maybe<Scalars['ID']['output']>;
  /** The product made. Needs products:read for anything but its id. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** Units to make; more than zero. */
  quantity: Scalars['Int']['output'];
  /** When the order was released. */
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When work started. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Lifecycle status. */
  status: ProductionOrderStatus;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every change; the aggregate version of its events. */
  version: Scalars['Int']['output'];
  /** The warehouse the output is received into. Needs stock:read. Requires scope `stock:read`. */
  warehouse?: Maybe<Warehouse>;
  /** The warehouse components are taken from and the output is received into (operations' warehouse id). */
  warehouseId: Scalars['ID']['output'];
  /** The steps of the order by sequence, in every status. Needs production:read. Requires scope `production:read`. */
  workOrders?: Maybe<Array<WorkOrder>>;
};

/** Units of one component a production order consumes, snapshotted from the active bill of materials at release. */
export type ProductionOrderComponent = {
  __typename?: 'ProductionOrderComponent';
  /** The component product. Needs products:read for anything but its id. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** The component product (sales' product id). */
  productId: Scalars['ID']['output'];
  /** Units consumed for the whole order (bill quantity × order quantity). */
  quantity: Scalars['Int']['output'];
};

/** A page of production orders. */
export type ProductionOrderConnection = {
  __typename?: 'ProductionOrderConnection';
  /** The items of this page. */
  edges: Array<ProductionOrderEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ProductionOrder in a page, with its cursor. */
export type ProductionOrderEdge = {
  __typename?: 'ProductionOrderEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The ProductionOrder. */
  node: ProductionOrder;
};

/** Narrows a production order list. */
export type ProductionOrderFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only the production order with this number, e.g. MO-2026-000007. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Only orders made for this sales order. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders making this product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders in this status. */
  status?: InputMaybe<ProductionOrderStatus>;
  /** Only production orders in one of these statuses. */
  statusIn?: InputMaybe<Array<ProductionOrderStatus>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One sort key of a production order list; several apply in order, ties broken by id. */
export type ProductionOrderOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: ProductionOrderSortField;
};

/** Result of a production order mutation. */
export type ProductionOrderPayload = {
  __typename?: 'ProductionOrderPayload';
  /** Why the change was refused (then nothing changed); empty on success. */
  errors: Array<UserError>;
  /** The production order after the change. */
  productionOrder?: Maybe<ProductionOrder>;
};

/** Fields a production order list can be sorted by. */
export type ProductionOrderSortField =
  | 'CREATED_AT'
  | 'NUMBER'
  | 'UPDATED_AT';

/** Where a production order is: PLANNED → RELEASED → IN_PROGRESS → COMPLETED; CANCELLED from any state before COMPLETED. */
export type ProductionOrderStatus =
  /** Abandoned; reserved components are released. Final. */
  | 'CANCELLED'
  /** Finished: components were consumed and the output received into the warehouse. Final. */
  | 'COMPLETED'
  /** Work has started. */
  | 'IN_PROGRESS'
  /** Created; nothing is reserved yet. */
  | 'PLANNED'
  /** Released to the shop floor: the active bill of materials is snapshotted and its components are reserved. */
  | 'RELEASED';

/** Profit and loss between two dates, in the workspace currency: revenue, cost of goods sold, gross margin, expenses by category, net result. */
export type ProfitAndLossReport = {
  __typename?: 'ProfitAndLossReport';
  /** Cost of goods sold: units issued for sales orders in the period × the weighted average unit cost they left the warehouse at. */
  costOfGoodsSold: Money;
  /** Credit notes issued in the period, before tax. */
  credited: Money;
  /** The currency of every amount (documents in other currencies are not in this report). */
  currency: Scalars['String']['output'];
  /** Approved and paid expenses incurred in the period, per category with any, by category name. */
  expenses: Array<ExpenseCategoryTotal>;
  /** First day covered (UTC). */
  from: Scalars['Date']['output'];
  /** revenue − costOfGoodsSold. */
  grossMargin: Money;
  /** grossMargin ÷ revenue × 100, rounded half-up to 2 decimals; null when revenue is zero. */
  grossMarginPercent?: Maybe<Scalars['Decimal']['output']>;
  /** Invoiced before tax in the period, minus invoices voided in the period. */
  invoiced: Money;
  /** grossMargin − totalExpenses. */
  netResult: Money;
  /** Revenue net of credit notes, before tax: invoiced − credited (the same rules as `revenue`). */
  revenue: Money;
  /** Last day covered (UTC), inclusive. */
  to: Scalars['Date']['output'];
  /** The sum of the expenses. */
  totalExpenses: Money;
};

/** A PurchaseOrder; its owner (operations) resolves its fields. */
export type PurchaseOrder = Node & {
  __typename?: 'PurchaseOrder';
  /** The files attached to it (upload one with `requestUpload`), oldest first, each with a short-lived download link. Needs stock:read. Requires scope `stock:read`. */
  attachments?: Maybe<Array<Attachment>>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217 currency of the unit costs (the supplier's). */
  currency: Scalars['String']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** What is ordered, in line order. */
  lines: Array<PurchaseOrderLine>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Gapless per workspace and year, e.g. PO-2026-000001. */
  number: Scalars['String']['output'];
  /** When the last ordered unit was received. */
  receivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was sent to the supplier. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Lifecycle status. */
  status: PurchaseOrderStatus;
  /** Who the goods are ordered from. */
  supplier?: Maybe<Supplier>;
  /** Σ quantity × unit cost of the lines. */
  total: Money;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Grows by one with every change. */
  version: Scalars['Int']['output'];
  /** Where the goods are expected, when known. */
  warehouse?: Maybe<Warehouse>;
};

/** A page of purchase orders. */
export type PurchaseOrderConnection = {
  __typename?: 'PurchaseOrderConnection';
  /** The items of this page. */
  edges: Array<PurchaseOrderEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PurchaseOrder in a page, with its cursor. */
export type PurchaseOrderEdge = {
  __typename?: 'PurchaseOrderEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The PurchaseOrder. */
  node: PurchaseOrder;
};

/** Narrows a purchase order list. */
export type PurchaseOrderFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only the purchase order with this number, e.g. PO-2026-000003. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Purchase orders in this status. */
  status?: InputMaybe<PurchaseOrderStatus>;
  /** Only purchase orders in one of these statuses. */
  statusIn?: InputMaybe<Array<PurchaseOrderStatus>>;
  /** Purchase orders to this supplier. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One product of a purchase order: units ordered, their cost, and units received so far. */
export type PurchaseOrderLine = {
  __typename?: 'PurchaseOrderLine';
  /** Cost of one unit, in the purchase order currency. */
  cost: Money;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The product ordered. Needs products:read. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** The product ordered, by id (sales' product id). */
  productId: Scalars['ID']['output'];
  /** Units ordered. */
  quantity: Scalars['Int']['output'];
  /** Units received so far; never more than ordered. */
  receivedQuantity: Scalars['Int']['output'];
  /**
   * Cost of one unit, in the purchase order currency (e.g. "12.50").
   * @deprecated Use cost (Money, with its currency); removed after 2027-06-30.
   */
  unitCost: Scalars['Decimal']['output'];
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** One product to order. */
export type PurchaseOrderLineInput = {
  /** The product (sales' product id; must be a UUID). */
  productId: Scalars['ID']['input'];
  /** Units to order; more than zero. */
  quantity: Scalars['Int']['input'];
  /** Cost of one unit in the supplier currency; zero or more, at most 2 decimals. */
  unitCost: Scalars['Decimal']['input'];
};

/** One sort key of a purchase order list; several apply in order, ties broken by id. */
export type PurchaseOrderOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: PurchaseOrderSortField;
};

/** Result of a purchase order mutation. */
export type PurchaseOrderPayload = {
  __typename?: 'PurchaseOrderPayload';
  /** Why the change was refused (then nothing changed); empty on success. */
  errors: Array<UserError>;
  /** The purchase order after the change. */
  purchaseOrder?: Maybe<PurchaseOrder>;
};

/** Fields a purchase order list can be sorted by. */
export type PurchaseOrderSortField =
  | 'CREATED_AT'
  | 'NUMBER'
  | 'UPDATED_AT';

/** Where a purchase order is: DRAFT → SENT → PARTIALLY_RECEIVED → RECEIVED; CANCELLED from DRAFT or SENT. */
export type PurchaseOrderStatus =
  /** Withdrawn before anything was received. Final. */
  | 'CANCELLED'
  /** Being prepared (by hand or by the reorder check); not yet sent to the supplier. */
  | 'DRAFT'
  /** Some of the ordered units were received (RECEIPT movements). */
  | 'PARTIALLY_RECEIVED'
  /** Every ordered unit was received. Final. */
  | 'RECEIVED'
  /** Sent to the supplier; nothing received yet. */
  | 'SENT';

/** A QualityInspection; its owner (production) resolves its fields. */
export type QualityInspection = Node & {
  __typename?: 'QualityInspection';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** When the inspection took place; the latest one of a production order decides whether it may complete. */
  inspectedAt: Scalars['DateTime']['output'];
  /** Who inspected (hr's employee id). */
  inspectorId?: Maybe<Scalars['ID']['output']>;
  /** The measurements, in the order recorded; empty when the result was recorded without any. */
  measurements: Array<Measurement>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The inspector's notes. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The production order inspected, if any. */
  productionOrder?: Maybe<ProductionOrder>;
  /** The production order inspected, if any. */
  productionOrderId?: Maybe<Scalars['ID']['output']>;
  /** PASS or FAIL: computed from the measurements when there are any, else as recorded by the inspector. */
  result: InspectionResult;
  /** The stock movement inspected, e.g. a receipt (operations' stock movement id), if any. */
  stockMovementId?: Maybe<Scalars['ID']['output']>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of quality inspections. */
export type QualityInspectionConnection = {
  __typename?: 'QualityInspectionConnection';
  /** The items of this page. */
  edges: Array<QualityInspectionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One QualityInspection in a page, with its cursor. */
export type QualityInspectionEdge = {
  __typename?: 'QualityInspectionEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The QualityInspection. */
  node: QualityInspection;
};

/** Narrows a quality inspection list. */
export type QualityInspectionFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Inspections of this production order only. */
  productionOrderId?: InputMaybe<Scalars['ID']['input']>;
  /** Inspections with this result only. */
  result?: InputMaybe<InspectionResult>;
  /** Inspections of this stock movement only. */
  stockMovementId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One sort key of a quality inspection list; several apply in order, ties broken by id. */
export type QualityInspectionOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: QualityInspectionSortField;
};

/** Result of recordInspection. */
export type QualityInspectionPayload = {
  __typename?: 'QualityInspectionPayload';
  /** Why the inspection was refused (then nothing was written); empty on success. */
  errors: Array<UserError>;
  /** The inspection recorded. */
  inspection?: Maybe<QualityInspection>;
};

/** Fields a quality inspection list can be sorted by. */
export type QualityInspectionSortField =
  | 'CREATED_AT'
  | 'INSPECTED_AT'
  | 'UPDATED_AT';

/** What a client can read: one object by id, or a page of a list. */
export type Query = {
  __typename?: 'Query';
  /** API keys of the workspace, newest first, a page at a time. Lists the caller's own keys; with scope `members:write`, every key of the workspace (checked when resolved). */
  apiKeys?: Maybe<ApiKeyConnection>;
  /** Accounts receivable aging as of a date: per customer and in total, what was due in buckets current / 1–30 / 31–60 / 61–90 / 90+ days past due (payments and credit notes after that date not counted). Requires scope `reports:read`. */
  arAging?: Maybe<ArAgingReport>;
  /** Every recorded change of one object, newest first: who (user and role), when, in which request, and each field old → new (a secret field such as salary only as changed). Empty for an id the workspace does not have. Needs audit:read. Requires scope `audit:read`. */
  auditTrail?: Maybe<AuditTrail>;
  /** A bill of materials (any version) of the workspace. Requires scope `production:read`. */
  billOfMaterials?: Maybe<BillOfMaterials>;
  /** A credit note of the workspace. Requires scope `invoices:read`. */
  creditNote?: Maybe<CreditNote>;
  /** Credit notes of the workspace, newest first, a page at a time. Requires scope `invoices:read`. */
  creditNotes?: Maybe<CreditNoteConnection>;
  /** The custom fields the workspace defined for one type, by key (at most 100). */
  customFields?: Maybe<Array<CustomField>>;
  /** A customer of the workspace. Requires scope `customers:read`. */
  customer?: Maybe<Customer>;
  /** Customers of the workspace, by name. Requires scope `customers:read`. */
  customers?: Maybe<CustomerConnection>;
  /** A deal of the workspace. Requires scope `deals:read`. */
  deal?: Maybe<Deal>;
  /** Deals of the workspace, newest first. Requires scope `deals:read`. */
  deals?: Maybe<DealConnection>;
  /** A department of the workspace. Requires scope `hr:read`. */
  department?: Maybe<Department>;
  /** Departments of the workspace by code, a page at a time. Requires scope `hr:read`. */
  departments?: Maybe<DepartmentConnection>;
  /** An employee of the workspace. Requires scope `hr:read`. */
  employee?: Maybe<Employee>;
  /** Employees of the workspace by name, a page at a time. Requires scope `hr:read`. */
  employees?: Maybe<EmployeeConnection>;
  /** The workspace's events, oldest first, after a cursor: what a partner that was down reads to catch up (the same events webhooks deliver). Each type needs the scope that reads its entity (order.* orders:read, invoice.* invoices:read, …). Kept for EVENT_FEED_RETENTION_DAYS (30 days by default). Each event type needs the scope that reads its entity (order.* orders:read, invoice.* invoices:read, …); naming a type you may not read is FORBIDDEN (checked when resolved). */
  events?: Maybe<FeedEventConnection>;
  /** An expense of the workspace. Needs finance:read, except for the member who submitted it. Allowed with scope `finance:read`, or to the member who submitted the expense; FORBIDDEN for anyone else (checked when resolved). */
  expense?: Maybe<Expense>;
  /** Expenses of the workspace, newest first, a page at a time. Requires scope `finance:read`. */
  expenses?: Maybe<ExpenseConnection>;
  /** An invoice of the workspace. Requires scope `invoices:read`. */
  invoice?: Maybe<Invoice>;
  /** Invoices of the workspace, newest first, a page at a time. Requires scope `invoices:read`. */
  invoices?: Maybe<InvoiceConnection>;
  /** An employee's leave balance of one type (hr:read, or the employee themselves); null when the employee does not exist. Allowed with scope `hr:read`, or to the employee themselves; FORBIDDEN for anyone else (checked when resolved). */
  leaveBalance?: Maybe<LeaveBalance>;
  /** An employee's leave requests, latest first (hr:read, or the employee themselves). Allowed with scope `hr:read`, or to the employee themselves; FORBIDDEN for anyone else (checked when resolved). */
  leaveRequests?: Maybe<Array<LeaveRequest>>;
  /** A maintenance request of the workspace. Requires scope `production:read`. */
  maintenanceRequest?: Maybe<MaintenanceRequest>;
  /** Maintenance requests of the workspace, newest first, a page at a time. Requires scope `production:read`. */
  maintenanceRequests?: Maybe<MaintenanceRequestConnection>;
  /** The calling user, in the workspace of their token. */
  me?: Maybe<User>;
  /** Members of the workspace, oldest first, a page at a time. Requires scope `members:read`. */
  members?: Maybe<MemberConnection>;
  /** Any object implementing Node, by its id (Relay's refetch). Null when no object of the caller's workspace has that id; FORBIDDEN (and null) when the caller may not read its type (the scope of that type's own by-id query). Each object needs the scope of its own type’s by-id query (Order: orders:read, Invoice: invoices:read, …); FORBIDDEN otherwise (checked when resolved). */
  node?: Maybe<Node>;
  /** Many objects by id, in the order asked (at most 100): each null when not found, or null with a FORBIDDEN error at its index when its type may not be read. Each object needs the scope of its own type’s by-id query; an object whose type the caller may not read is null with FORBIDDEN at its index (checked when resolved). */
  nodes?: Maybe<Array<Maybe<Node>>>;
  /** An order of the workspace. Requires scope `orders:read`. */
  order?: Maybe<Order>;
  /** Orders of the workspace, a page at a time (newest first unless orderBy says otherwise). Requires scope `orders:read`. */
  orders?: Maybe<OrderConnection>;
  /** The workspace's payment provider accounts, newest first; secrets are never shown. Requires scope `payments:write`. */
  paymentProviders?: Maybe<PaymentProviderSettingConnection>;
  /** Payments recorded in the workspace, a page at a time (newest first unless orderBy says otherwise). Requires scope `invoices:read`. */
  payments?: Maybe<PaymentConnection>;
  /** A payroll run with its payslips. Requires scope `hr:read`. */
  payrollRun?: Maybe<PayrollRun>;
  /** Payroll runs, latest month first, a page at a time. Requires scope `hr:read`. */
  payrollRuns?: Maybe<PayrollRunConnection>;
  /** Price lists of the workspace, by name. Requires scope `products:read`. */
  priceLists?: Maybe<PriceListConnection>;
  /** A product of the workspace. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** A production order of the workspace. Requires scope `production:read`. */
  productionOrder?: Maybe<ProductionOrder>;
  /** Production orders of the workspace, newest first, a page at a time. Requires scope `production:read`. */
  productionOrders?: Maybe<ProductionOrderConnection>;
  /** Products of the workspace, a page at a time. Requires scope `products:read`. */
  products?: Maybe<ProductConnection>;
  /** Profit and loss between two dates in the workspace currency: revenue net of credit notes, cost of goods sold, gross margin, approved and paid expenses by category (payroll included), net result. One SQL statement whatever the data size. Requires scope `reports:read`. */
  profitAndLoss?: Maybe<ProfitAndLossReport>;
  /** A purchase order of the workspace. Requires scope `stock:read`. */
  purchaseOrder?: Maybe<PurchaseOrder>;
  /** Purchase orders of the workspace, newest first, a page at a time. Requires scope `stock:read`. */
  purchaseOrders?: Maybe<PurchaseOrderConnection>;
  /** A quality inspection of the workspace. Requires scope `production:read`. */
  qualityInspection?: Maybe<QualityInspection>;
  /** Quality inspections of the workspace, newest first, a page at a time. Requires scope `production:read`. */
  qualityInspections?: Maybe<QualityInspectionConnection>;
  /** Prices lines for a customer exactly as createOrder and createDeal would (price lists, quantity breaks, discounts, tax per line), storing nothing. Requires scopes `products:read` and `customers:read`. */
  quote?: Maybe<QuotePayload>;
  /** Reorder rules of the workspace, a page at a time. Requires scope `stock:read`. */
  reorderRules?: Maybe<ReorderRuleConnection>;
  /** Stock reservations of the workspace, a page at a time (newest first unless orderBy says otherwise). Requires scope `stock:read`. */
  reservations?: Maybe<ReservationConnection>;
  /** Revenue per period (invoiced minus credited and voided, before and after tax) in the workspace currency, optionally by customer or product. Requires scope `reports:read`. */
  revenue?: Maybe<RevenueReport>;
  /** Searches the workspace: products, customers, orders, invoices, employees and suppliers, by word prefixes ("oak chr"), typos in names (trigram similarity) and exact codes (an exact SKU, number or email ranks first). Only the types the caller may read are searched; best first, at most 50 per page and 500 deep. Searches only the types the caller may read (each needs the scope of its own by-id query: products:read, customers:read, orders:read, invoices:read, hr:read, stock:read); the others are left out, not refused (checked when resolved). */
  search?: Maybe<SearchHitConnection>;
  /** A shipment of the workspace. Requires scope `stock:read`. */
  shipment?: Maybe<Shipment>;
  /** Shipments of the workspace, newest first, a page at a time. Requires scope `stock:read`. */
  shipments?: Maybe<ShipmentConnection>;
  /** A product's units on hand at the end of a past day (UTC), per warehouse, replayed from the append-only ledger. Requires scope `stock:read`. */
  stockAsOf?: Maybe<StockAsOf>;
  /** The stock of a product in one warehouse (zeros when it never held any); NOT_FOUND for an unknown warehouse. Requires scope `stock:read`. */
  stockLevel?: Maybe<WarehouseStock>;
  /** The stock ledger: every movement of the workspace, a page at a time (newest first unless orderBy says otherwise). Requires scope `stock:read`. */
  stockMovements?: Maybe<StockMovementConnection>;
  /** The value of the stock at an instant: per product and warehouse, units on hand (from the ledger) × weighted average unit cost, with totals, in the workspace currency. Two statements whatever the data size. Requires scope `reports:read`. */
  stockValuation?: Maybe<StockValuation>;
  /** A supplier of the workspace. Requires scope `stock:read`. */
  supplier?: Maybe<Supplier>;
  /** Suppliers of the workspace by name, a page at a time. Requires scope `stock:read`. */
  suppliers?: Maybe<SupplierConnection>;
  /** A warehouse of the workspace. Requires scope `stock:read`. */
  warehouse?: Maybe<Warehouse>;
  /** Warehouses of the workspace by code, a page at a time. Requires scope `stock:read`. */
  warehouses?: Maybe<WarehouseConnection>;
  /** The delivery log, newest first: every event sent or to be sent, with its status, last HTTP status code, latency and attempt count. Requires scope `webhooks:write`. */
  webhookDeliveries?: Maybe<WebhookDeliveryConnection>;
  /** Webhook endpoints of the workspace, newest first. Requires scope `webhooks:write`. */
  webhooks?: Maybe<WebhookConnection>;
  /** A work center of the workspace. Requires scope `production:read`. */
  workCenter?: Maybe<WorkCenter>;
  /** Work centers of the workspace by code, a page at a time. Requires scope `production:read`. */
  workCenters?: Maybe<WorkCenterConnection>;
  /** A work order of the workspace. Requires scope `production:read`. */
  workOrder?: Maybe<WorkOrder>;
  /** Work orders of the workspace, newest first, a page at a time. Requires scope `production:read`. */
  workOrders?: Maybe<WorkOrderConnection>;
  /** Hours an employee worked per day (UTC), every day from `from` to `to` inclusive (hr:read, or the employee themselves). Allowed with scope `hr:read`, or to the employee themselves; FORBIDDEN for anyone else (checked when resolved). */
  workedHours?: Maybe<Array<WorkedDay>>;
  /** The caller's workspace: its name, currency, and the address and tax id its documents print. */
  workspace?: Maybe<Workspace>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApiKeyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ApiKeyOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryArAgingArgs = {
  asOf: Scalars['Date']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  entityType: AuditEntityType;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryBillOfMaterialsArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryCreditNoteArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryCreditNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CreditNoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CreditNoteOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryCustomFieldsArgs = {
  entity: CustomFieldEntity;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CustomerOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryDealArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DealFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DealOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryDepartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DepartmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DepartmentOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EmployeeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<EmployeeOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryExpenseArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryExpensesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpenseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ExpenseOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<InvoiceOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryLeaveBalanceArgs = {
  employeeId: Scalars['ID']['input'];
  type: LeaveType;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryLeaveRequestsArgs = {
  employeeId: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryMaintenanceRequestArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryMaintenanceRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MaintenanceRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MaintenanceRequestOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MemberOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<OrderOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryPaymentProvidersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentProviderSettingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PaymentProviderSettingOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PaymentOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryPayrollRunArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryPayrollRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PayrollRunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PayrollRunOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryPriceListsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PriceListFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PriceListOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryProductionOrderArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryProductionOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductionOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProductionOrderOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProductOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryProfitAndLossArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryPurchaseOrderArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryPurchaseOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PurchaseOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PurchaseOrderOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryQualityInspectionArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryQualityInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QualityInspectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<QualityInspectionOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryQuoteArgs = {
  input: QuoteInput;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryReorderRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReorderRuleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReorderRuleOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryReservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReservationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ReservationOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryRevenueArgs = {
  by?: RevenueBreakdown;
  from: Scalars['Date']['input'];
  groupBy?: ReportPeriod;
  to: Scalars['Date']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchType>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryShipmentArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryShipmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ShipmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ShipmentOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryStockAsOfArgs = {
  asOf: Scalars['Date']['input'];
  productId: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryStockLevelArgs = {
  productId: Scalars['ID']['input'];
  warehouseId: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryStockMovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockMovementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<StockMovementOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryStockValuationArgs = {
  asOf: Scalars['DateTime']['input'];
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QuerySupplierArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QuerySuppliersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupplierFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<SupplierOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryWarehouseArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryWarehousesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WarehouseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<WarehouseOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<WebhookDeliveryOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<WebhookOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryWorkCenterArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryWorkCentersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkCenterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<WorkCenterOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryWorkOrderArgs = {
  id: Scalars['ID']['input'];
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryWorkOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<WorkOrderOrderBy>>;
};


/** What a client can read: one object by id, or a page of a list. */
export type QueryWorkedHoursArgs = {
  employeeId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** Priced lines and totals, exactly as an order created from the same input would be; nothing is stored. */
export type Quote = {
  __typename?: 'Quote';
  /** The lines, in the order given. */
  lines: Array<QuoteLine>;
  /** Sum of the lines, net of tax. */
  subtotal: Money;
  /** Sum of the lines’ taxes. */
  tax: Money;
  /** Subtotal plus tax. */
  total: Money;
};

/** What to price: the same lines and discounts createOrder and createDeal take. */
export type QuoteInput = {
  /** Customer id: selects their price lists. */
  customerId: Scalars['ID']['input'];
  /** The day (UTC) price lists must be valid on; today when omitted. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Percent off every line, after each line’s own discount. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** At least one line. */
  lines: Array<QuoteLineInput>;
};

/** A priced line of a quote. */
export type QuoteLine = {
  __typename?: 'QuoteLine';
  /** The product's own price. */
  listPrice: Money;
  /** The price list applied (strategy PRICE_LIST). */
  priceList?: Maybe<PriceList>;
  /** The product. Needs products:read. */
  product?: Maybe<Product>;
  /** Units. */
  quantity: Scalars['Int']['output'];
  /** Where the unit price came from. */
  strategy: PricingStrategy;
  /** Quantity × unit price. */
  subtotal: Money;
  /** Tax of the line, rounded half-up to cents. */
  tax: Money;
  /** Subtotal plus tax. */
  total: Money;
  /** The unit price charged, after price list and discounts, net of tax. */
  unitPrice: Money;
};

/** A line to price: a negotiated unit price wins over price lists; then the line discount applies. */
export type QuoteLineInput = {
  /** An amount off each unit, after the percentage; refused when it would make the price negative. */
  discountAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Percent off this line’s unit price, 0 to 100. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** Product id. */
  productId: Scalars['ID']['input'];
  /** Units, at least 1. */
  quantity: Scalars['Int']['input'];
  /** A negotiated unit price net of tax (strategy NEGOTIATED). */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Result of quote. */
export type QuotePayload = {
  __typename?: 'QuotePayload';
  /** Why the lines could not be priced; empty on success. */
  errors: Array<UserError>;
  /** The priced lines. */
  quote?: Maybe<Quote>;
};

/** Units of one purchase order line received. */
export type ReceiveLineInput = {
  /** The purchase order line. */
  lineId: Scalars['ID']['input'];
  /** Units received now; more than zero and at most ordered − received so far. */
  quantity: Scalars['Int']['input'];
};

/** Goods of a purchase order arriving in a warehouse. */
export type ReceivePurchaseOrderInput = {
  /** The purchase order (SENT or PARTIALLY_RECEIVED). */
  id: Scalars['ID']['input'];
  /** A retry with the same key receives nothing more and returns the purchase order. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What arrived; at least one line, each line once. */
  lines: Array<ReceiveLineInput>;
  /** The warehouse receiving the goods. */
  warehouseId: Scalars['ID']['input'];
};

/** Result of receivePurchaseOrder. */
export type ReceivePurchaseOrderPayload = {
  __typename?: 'ReceivePurchaseOrderPayload';
  /** Why the receipt was refused (then nothing was received); empty on success. */
  errors: Array<UserError>;
  /** The RECEIPT movements written by this call (empty for an idempotent retry or a refusal). */
  movements: Array<StockMovement>;
  /** The purchase order after the receipt. */
  purchaseOrder?: Maybe<PurchaseOrder>;
};

/** Goods received into a warehouse. */
export type ReceiveStockInput = {
  /** A retry with the same key returns the first movement instead of receiving again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The product (sales' product id; must be a UUID). */
  productId: Scalars['ID']['input'];
  /** Units received; more than zero. */
  quantity: Scalars['Int']['input'];
  /** External reference: delivery note, purchase order. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** What one unit cost, in the workspace currency, zero or more (up to 4 decimals); it moves the weighted average cost of the product in this warehouse. Without it the units come in at that average (0 when there is none). */
  unitCost?: InputMaybe<Scalars['Decimal']['input']>;
  /** The receiving warehouse. */
  warehouseId: Scalars['ID']['input'];
};

/** A quality inspection of a production order or of a stock movement (a receipt); at least one of the two. */
export type RecordInspectionInput = {
  /** A retry with the same key returns the first result instead of recording again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When the inspection took place; default now, never in the future. */
  inspectedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Who inspected (hr's employee id; must be a UUID). */
  inspectorId?: InputMaybe<Scalars['ID']['input']>;
  /** The measurements (at most 100). When given, they decide the result: PASS when every |value − target| ≤ tolerance, else FAIL. */
  measurements?: InputMaybe<Array<MeasurementInput>>;
  /** Notes (up to 2000 characters). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The production order inspected. */
  productionOrderId?: InputMaybe<Scalars['ID']['input']>;
  /** The result, required when there are no measurements; with measurements it may be given only if it agrees with them. */
  result?: InputMaybe<InspectionResult>;
  /** The stock movement inspected, e.g. a receipt (operations' stock movement id; must be a UUID). */
  stockMovementId?: InputMaybe<Scalars['ID']['input']>;
};

/** Money received against an invoice. */
export type RecordPaymentInput = {
  /** Amount in the invoice's currency: more than zero, at most the amount due, two decimals at most. */
  amount: Scalars['Decimal']['input'];
  /** A retried payment with the same key counts once and returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The invoice paid; it must be ISSUED or PARTIALLY_PAID. */
  invoiceId: Scalars['ID']['input'];
  /** How it was paid. */
  method: PaymentMethod;
  /** The payer's or bank's reference. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** Result of recordPayment. */
export type RecordPaymentPayload = {
  __typename?: 'RecordPaymentPayload';
  /** Why the payment was refused; empty on success. Nothing is written when refused. */
  errors: Array<UserError>;
  /** The invoice, with its derived amounts and status. */
  invoice?: Maybe<Invoice>;
  /** The payment recorded. */
  payment?: Maybe<Payment>;
};

/** Result of re-encrypting employee data with the current key. */
export type ReencryptEmployeesPayload = {
  __typename?: 'ReencryptEmployeesPayload';
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
  /** Id of the key everything is now encrypted with. */
  keyId: Scalars['String']['output'];
  /** Payslips whose figures were rewritten with the current key. */
  payslips: Scalars['Int']['output'];
  /** Employees whose salary or bank account was rewritten with the current key. */
  reencrypted: Scalars['Int']['output'];
};

/** Result of refreshToken: a new pair; the old refresh token is spent. */
export type RefreshTokenPayload = {
  __typename?: 'RefreshTokenPayload';
  /** New access token. */
  accessToken?: Maybe<Scalars['String']['output']>;
  /** INVALID_TOKEN when unknown, expired, revoked or reused. */
  errors: Array<UserError>;
  /** New refresh token; the one presented no longer works. */
  refreshToken?: Maybe<Scalars['String']['output']>;
};

/** Money given back to a payer, through the provider the payment came by (or by hand). */
export type Refund = {
  __typename?: 'Refund';
  /** The amount given back, in the invoice's currency. */
  amount: Money;
  /** Whether it reduced the invoice's amount paid (false for money that was not applied). */
  applied: Scalars['Boolean']['output'];
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** The invoice the money was paid for. */
  invoiceId: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The payment refunded; null when the money was not applied to the invoice. */
  paymentId?: Maybe<Scalars['ID']['output']>;
  /** The provider payment request the money came through, if any. */
  paymentRequestId?: Maybe<Scalars['ID']['output']>;
  /** Who gave the money back: the provider, or MANUAL for money handed back by hand. */
  provider: PaymentProviderKind;
  /** The provider's id of the refund. */
  providerRefundId?: Maybe<Scalars['String']['output']>;
  /** Why the money went back. */
  reason: Scalars['String']['output'];
  /** When it was recorded. */
  refundedAt: Scalars['DateTime']['output'];
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Result of refundPayment and refundPaymentRequest. */
export type RefundPayload = {
  __typename?: 'RefundPayload';
  /** Why it was refused (INVALID, NOT_FOUND, EXCEEDS_REFUNDABLE, INVALID_TRANSITION, PROVIDER_NOT_CONFIGURED, PROVIDER_UNAVAILABLE (retry), PROVIDER_REFUSED); empty on success. Nothing is written when refused. */
  errors: Array<UserError>;
  /** The invoice, with its amounts and status after the refund. */
  invoice?: Maybe<Invoice>;
  /** The payment refunded (null for money that was not applied). */
  payment?: Maybe<Payment>;
  /** The refund recorded. */
  refund?: Maybe<Refund>;
};

/** Money to give back against a recorded payment. */
export type RefundPaymentInput = {
  /** Amount in the payment's currency: more than zero, at most what is left of the payment to refund, two decimals at most. */
  amount: Scalars['Decimal']['input'];
  /** A retried refund with the same key counts once and returns the first result (the provider is not called again). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The payment to refund (in part or in full). */
  paymentId: Scalars['ID']['input'];
  /** Why the money goes back (1 to 255 characters). */
  reason: Scalars['String']['input'];
};

/** A provider payment that was not applied (NEEDS_REFUND), to give back whole. */
export type RefundPaymentRequestInput = {
  /** A retried refund with the same key counts once and returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The NEEDS_REFUND payment request. */
  paymentRequestId: Scalars['ID']['input'];
  /** Why the money goes back (1 to 255 characters). */
  reason: Scalars['String']['input'];
};

/** Result of releaseOrderReservations. */
export type ReleaseOrderReservationsPayload = {
  __typename?: 'ReleaseOrderReservationsPayload';
  /** Why the release was refused (then nothing changed); empty on success. */
  errors: Array<UserError>;
  /** The reservations this call released; empty when the order had none left to release. */
  released: Array<Reservation>;
};

/** When and how much of a product to reorder for one warehouse: below min, order up to max in multiples. */
export type ReorderRule = {
  __typename?: 'ReorderRule';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Order enough to bring available plus open purchase quantity to at least this. */
  max: Scalars['Int']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Reorder when available (onHand − reserved) plus open purchase quantity falls below this. */
  min: Scalars['Int']['output'];
  /** Order in multiples of this many units (a case, a pallet). */
  multiple: Scalars['Int']['output'];
  /** The product. Needs products:read. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** The product, by id (sales' product id). */
  productId: Scalars['ID']['output'];
  /** Who to order from. */
  supplier?: Maybe<Supplier>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The warehouse. */
  warehouse?: Maybe<Warehouse>;
};

/** A page of reorder rules. */
export type ReorderRuleConnection = {
  __typename?: 'ReorderRuleConnection';
  /** The items of this page. */
  edges: Array<ReorderRuleEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ReorderRule in a page, with its cursor. */
export type ReorderRuleEdge = {
  __typename?: 'ReorderRuleEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The ReorderRule. */
  node: ReorderRule;
};

/** Narrows a reorder rule list. */
export type ReorderRuleFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Rules of this product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
  /** Rules of this warehouse. */
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a reorder rule list; several apply in order, ties broken by id. */
export type ReorderRuleOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: ReorderRuleSortField;
};

/** Result of setReorderRule. */
export type ReorderRulePayload = {
  __typename?: 'ReorderRulePayload';
  /** Why the rule was refused (then nothing changed); empty on success. */
  errors: Array<UserError>;
  /** The rule as stored. */
  reorderRule?: Maybe<ReorderRule>;
};

/** Fields a reorder rule list can be sorted by. */
export type ReorderRuleSortField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** Periods of a report, in UTC: DAY, WEEK (ISO, from Monday), MONTH or QUARTER. */
export type ReportPeriod =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'WEEK';

/** A request for leave. */
export type RequestLeaveInput = {
  /** The employee taking leave. */
  employeeId: Scalars['ID']['input'];
  /** First day, YYYY-MM-DD. */
  from: Scalars['String']['input'];
  /** A retry with the same key returns the first request instead of filing again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Last day, YYYY-MM-DD (included). */
  to: Scalars['String']['input'];
  /** Kind of leave. */
  type: LeaveType;
};

/** Maintenance asked for a work center. */
export type RequestMaintenanceInput = {
  /** What is to be done, or what is broken (1–1000 characters). */
  description: Scalars['String']['input'];
  /** A retry with the same key returns the first result instead of requesting again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When a PREVENTIVE request is due (required for those); not allowed for a CORRECTIVE one. */
  scheduledFor?: InputMaybe<Scalars['DateTime']['input']>;
  /** PREVENTIVE or CORRECTIVE (the default). */
  type?: InputMaybe<MaintenanceType>;
  /** The work center to maintain. */
  workCenterId: Scalars['ID']['input'];
};

/** Result of requestPayment. */
export type RequestPaymentPayload = {
  __typename?: 'RequestPaymentPayload';
  /** Why it was refused (INVALID, NOT_FOUND, INVALID_TRANSITION, PROVIDER_NOT_CONFIGURED, PROVIDER_UNAVAILABLE (retry), PROVIDER_REFUSED); empty on success. Nothing is written when refused. */
  errors: Array<UserError>;
  /** The request: where the customer pays. */
  paymentRequest?: Maybe<PaymentRequest>;
};

/** A file about to be uploaded: what it will be attached to, its name, type and size. */
export type RequestUploadInput = {
  /** Its content type: application/pdf, image/png, image/jpeg, image/gif, image/webp, text/plain, text/csv, XLSX, DOCX or application/zip. The upload must send the same Content-Type. */
  contentType: Scalars['String']['input'];
  /** The kind of entity the file is attached to. */
  entity: AttachmentEntity;
  /** The file name; path separators and control characters are removed, and it is cut to 200 characters keeping its extension. */
  fileName: Scalars['String']['input'];
  /** The entity's id (of the caller's workspace). */
  id: Scalars['ID']['input'];
  /** Its exact size in bytes, at most ATTACHMENT_MAX_BYTES (10 MB by default). A longer body is cut off and refused (413). */
  size: Scalars['Int']['input'];
};

/** Where to upload a file: a signed link, valid for a few minutes and for one upload. */
export type RequestUploadPayload = {
  __typename?: 'RequestUploadPayload';
  /** The id the attachment will have once uploaded. */
  attachmentId?: Maybe<Scalars['ID']['output']>;
  /** Why the upload was refused (NOT_FOUND entity, INVALID content type or size); empty on success. */
  errors: Array<UserError>;
  /** When the link stops working (ATTACHMENT_URL_TTL_SECONDS after it was issued). */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The file name as it will be stored (sanitised). */
  fileName?: Maybe<Scalars['String']['output']>;
  /** PUT the file's bytes here (through the gateway) with the declared Content-Type; answered 201 with its sha256. Null when refused. */
  uploadUrl?: Maybe<Scalars['String']['output']>;
};

/** Units of a product in one warehouse promised to a sales order until they ship or the promise is released. */
export type Reservation = {
  __typename?: 'Reservation';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The sales order the units are promised to; null for a production order's components. Needs orders:read. Requires scope `orders:read`. */
  order?: Maybe<Order>;
  /** The sales order the units are promised to; null when they are promised to a production order. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** The order line the units are promised to, when the reservation was made for one. */
  orderLineId?: Maybe<Scalars['ID']['output']>;
  /** The product reserved. Needs products:read. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** The production order whose components are reserved; null for a sales order's reservation. Needs production:read. Requires scope `production:read`. */
  productionOrder?: Maybe<ProductionOrder>;
  /** The production order the units are promised to as components (production's id); null for a sales order's reservation. */
  productionOrderId?: Maybe<Scalars['ID']['output']>;
  /** Units promised; more than zero. */
  quantity: Scalars['Int']['output'];
  /** Lifecycle status. */
  status: ReservationStatus;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The warehouse the units are held in. */
  warehouse: Warehouse;
};

/** A page of reservations. */
export type ReservationConnection = {
  __typename?: 'ReservationConnection';
  /** The items of this page. */
  edges: Array<ReservationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Reservation in a page, with its cursor. */
export type ReservationEdge = {
  __typename?: 'ReservationEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Reservation. */
  node: Reservation;
};

/** Narrows a reservation list. */
export type ReservationFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only reservations for this sales order (sales' order id). */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reservations of this product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reservations for this production order's components. */
  productionOrderId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reservations in one of these statuses. */
  statusIn?: InputMaybe<Array<ReservationStatus>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
  /** Only reservations in this warehouse. */
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a reservation list; several apply in order, ties broken by id. */
export type ReservationOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: ReservationSortField;
};

/** Result of a change of one reservation. */
export type ReservationPayload = {
  __typename?: 'ReservationPayload';
  /** Why the change was refused (then nothing changed); empty on success. */
  errors: Array<UserError>;
  /** The reservation after the change. */
  reservation?: Maybe<Reservation>;
};

/** Fields a reservation list can be sorted by. */
export type ReservationSortField =
  | 'CREATED_AT'
  | 'QUANTITY'
  | 'UPDATED_AT';

/** Where a reservation is: RESERVED → RELEASED (given back) or RESERVED → ISSUED (shipped); both are final. */
export type ReservationStatus =
  /** The units left the warehouse with an ISSUE movement (shipment). */
  | 'ISSUED'
  /** The promise was withdrawn (order cancelled or changed); the units are available again. */
  | 'RELEASED'
  /** The units are promised to the order and count in the reserved units of their level. */
  | 'RESERVED';

/** Units of a product to promise to a sales order. */
export type ReserveStockInput = {
  /** A retry with the same key returns the first result instead of reserving again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The sales order (sales' order id; must be a UUID). */
  orderId: Scalars['ID']['input'];
  /** The order line, when reserving for one (sales' order line id; must be a UUID). */
  orderLineId?: InputMaybe<Scalars['ID']['input']>;
  /** The product (sales' product id; must be a UUID). */
  productId: Scalars['ID']['input'];
  /** Units wanted; more than zero. */
  quantity: Scalars['Int']['input'];
  /** Reserve in this warehouse only. Omitted: take from the warehouses in code order until the quantity is covered. */
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of reserveStock: what could be reserved, and how much could not. */
export type ReserveStockPayload = {
  __typename?: 'ReserveStockPayload';
  /** Why the request was refused (then nothing was reserved); empty on success, also with a shortage. */
  errors: Array<UserError>;
  /** The reservations made, one per warehouse that gave units; empty when nothing was available or the request was refused. */
  reservations: Array<Reservation>;
  /** Units wanted but not available, so not reserved (0 when fully reserved, and when the request was refused). A shortage is not an error: it is what production or purchasing must make up. */
  shortage: Scalars['Int']['output'];
};

/** NONE: one row per period; CUSTOMER: per period and customer; PRODUCT: per period and product billed (credit-note lines not tied to an invoice line have no product). */
export type RevenueBreakdown =
  | 'CUSTOMER'
  | 'NONE'
  | 'PRODUCT';

/** Revenue per period between two dates, in the workspace currency. */
export type RevenueReport = {
  __typename?: 'RevenueReport';
  /** The currency of every amount. */
  currency: Scalars['String']['output'];
  /** First day covered (UTC). */
  from: Scalars['Date']['output'];
  /** The length of each period. */
  groupBy: ReportPeriod;
  /** The sum over rows: net. */
  net: Money;
  /** Every period of the range in order (zero when nothing was invoiced), times each customer or product with revenue in the range. */
  rows: Array<RevenueRow>;
  /** The sum over rows: tax. */
  tax: Money;
  /** Last day covered (UTC), inclusive. */
  to: Scalars['Date']['output'];
  /** The sum over rows: total. */
  total: Money;
};

/** Revenue of one period (and one customer or product, with a breakdown). */
export type RevenueRow = {
  __typename?: 'RevenueRow';
  /** The customer (breakdown CUSTOMER). Needs customers:read. Requires scope `customers:read`. */
  customer?: Maybe<Customer>;
  /** Invoiced before tax, minus credit notes before tax, minus invoices voided in the period. */
  net: Money;
  /** First day of the period (UTC). */
  period: Scalars['Date']['output'];
  /** The product (breakdown PRODUCT; null for credit-note lines not tied to an invoice line). Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** Tax invoiced, minus tax credited or voided. */
  tax: Money;
  /** net + tax. */
  total: Money;
};

/** The API key to revoke. */
export type RevokeApiKeyInput = {
  /** The key's id. */
  id: Scalars['ID']['input'];
};

/** Result of revokeApiKey. */
export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  /** The revoked key. */
  apiKey?: Maybe<ApiKey>;
  /** NOT_FOUND when the key is not one the caller may revoke; INVALID_TRANSITION when already revoked. */
  errors: Array<UserError>;
};

/** What a member may do in a workspace; each role maps to a fixed set of permissions. */
export type Role =
  /** Finance, read access to the rest. */
  | 'ACCOUNTANT'
  /** Everything except adding owners. */
  | 'ADMIN'
  /** Employees, including salaries. */
  | 'HR'
  /** Everything, including adding owners. */
  | 'OWNER'
  /** Production orders. */
  | 'PRODUCTION'
  /** Sales, with costs and finance read access. */
  | 'SALES_MANAGER'
  /** Customers, deals and orders. */
  | 'SALES_REP'
  /** Read-only business data. */
  | 'VIEWER'
  /** Stock and shipments. */
  | 'WAREHOUSE';

/** Result of runReorderCheck. */
export type RunReorderCheckPayload = {
  __typename?: 'RunReorderCheckPayload';
  /** Why the check was refused; empty on success. */
  errors: Array<UserError>;
  /** The DRAFT purchase orders drafted by this check, one per supplier × warehouse; empty when nothing needed ordering. */
  purchaseOrders: Array<PurchaseOrder>;
};

/** The status of the order-to-cash saga as the orchestrator stores it. */
export type SagaStatus =
  /** Cancelled and compensated. */
  | 'CANCELLED'
  /** Undoing finished steps. */
  | 'COMPENSATING'
  /** Every forward step finished. */
  | 'COMPLETED'
  /** Refused for good and compensated. */
  | 'FAILED'
  /** A step runs or is about to. */
  | 'RUNNING'
  /** Nothing to do until an event arrives (production output). */
  | 'WAITING';

/** Preventive maintenance of a work center every N days. */
export type ScheduleMaintenanceInput = {
  /** What is to be done (1–1000 characters). */
  description: Scalars['String']['input'];
  /** Days between two occurrences (1–3650). */
  everyDays: Scalars['Int']['input'];
  /** The first occurrence. */
  startsAt: Scalars['DateTime']['input'];
  /** The work center to maintain. */
  workCenterId: Scalars['ID']['input'];
};

/** One record a search found: what it is, how well it matched, where the words are, and the record itself. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The record (select its fields with `... on Product { … }`); null if it was deleted since. */
  node?: Maybe<Node>;
  /** Relevance, higher first: an exact code (SKU, number, email) scores 100 or more, then full-text rank and name similarity. */
  rank: Scalars['Float']['output'];
  /** The matched text, HTML-escaped, with the words that matched a search word wrapped in <mark>…</mark> (safe to render as HTML). */
  snippet: Scalars['String']['output'];
  /** The kind of record. */
  type: SearchType;
};

/** A page of search hits, best first. */
export type SearchHitConnection = {
  __typename?: 'SearchHitConnection';
  /** The items of this page. */
  edges: Array<SearchHitEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One SearchHit in a page, with its cursor. */
export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The SearchHit. */
  node: SearchHit;
};

/** A kind of record `search` finds. Each is searched only for a caller who may read it (the scope of its own by-id query). */
export type SearchType =
  /** Customers, by name and email. Needs customers:read. */
  | 'CUSTOMER'
  /** Employees, by name, email and position. Needs hr:read. */
  | 'EMPLOYEE'
  /** Invoices, by number. Needs invoices:read. */
  | 'INVOICE'
  /** Orders, by number (exact first) and their customer's name. Needs orders:read. */
  | 'ORDER'
  /** Products, by SKU (exact first) and name. Needs products:read. */
  | 'PRODUCT'
  /** Suppliers, by name and email. Needs stock:read. */
  | 'SUPPLIER';

/** The reorder rule of a product in a warehouse (replaces the existing one). */
export type SetReorderRuleInput = {
  /** Order-up-to level; at least min and more than zero. */
  max: Scalars['Int']['input'];
  /** Reorder point; zero or more. */
  min: Scalars['Int']['input'];
  /** Order in multiples of this; 1 when omitted. */
  multiple?: InputMaybe<Scalars['Int']['input']>;
  /** The product (sales' product id; must be a UUID). */
  productId: Scalars['ID']['input'];
  /** Who to order from. */
  supplierId: Scalars['ID']['input'];
  /** The warehouse. */
  warehouseId: Scalars['ID']['input'];
};

/** A Shipment; its owner (operations) resolves its fields. */
export type Shipment = Node & {
  __typename?: 'Shipment';
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who carries it, set when shipped. */
  carrier?: Maybe<Scalars['String']['output']>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** When the customer received it. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** What is shipped: one line per reservation. */
  lines: Array<ShipmentLine>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Gapless per workspace and year, e.g. SH-2026-000001. */
  number: Scalars['String']['output'];
  /** The sales order shipped. Needs orders:read. Requires scope `orders:read`. */
  order?: Maybe<Order>;
  /** The sales order shipped. */
  orderId: Scalars['ID']['output'];
  /** When it was picked. */
  pickedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was handed to the carrier. */
  shippedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Lifecycle status. */
  status: ShipmentStatus;
  /** The carrier's tracking number, set when shipped. */
  trackingNumber?: Maybe<Scalars['String']['output']>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Grows by one with every change. */
  version: Scalars['Int']['output'];
  /** The warehouse the goods leave from. */
  warehouse: Warehouse;
};

/** A page of shipments. */
export type ShipmentConnection = {
  __typename?: 'ShipmentConnection';
  /** The items of this page. */
  edges: Array<ShipmentEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Shipment in a page, with its cursor. */
export type ShipmentEdge = {
  __typename?: 'ShipmentEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Shipment. */
  node: Shipment;
};

/** Narrows a shipment list. */
export type ShipmentFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only the shipment with this number, e.g. SH-2026-000012. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Shipments of this sales order. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Shipments in this status. */
  status?: InputMaybe<ShipmentStatus>;
  /** Only shipments in one of these statuses. */
  statusIn?: InputMaybe<Array<ShipmentStatus>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One reservation in a shipment: a product and its units. */
export type ShipmentLine = {
  __typename?: 'ShipmentLine';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The product shipped. Needs products:read. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** Units shipped (the whole reservation). */
  quantity: Scalars['Int']['output'];
  /** The reservation shipped. */
  reservation?: Maybe<Reservation>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A reservation to put in a shipment. */
export type ShipmentLineInput = {
  /** Units to ship; a reservation ships whole, so when given it must equal the reserved quantity. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** A RESERVED reservation of the order, in the shipment warehouse. */
  reservationId: Scalars['ID']['input'];
};

/** One sort key of a shipment list; several apply in order, ties broken by id. */
export type ShipmentOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: ShipmentSortField;
};

/** Result of a shipment mutation. */
export type ShipmentPayload = {
  __typename?: 'ShipmentPayload';
  /** Why the change was refused (then nothing changed); empty on success. */
  errors: Array<UserError>;
  /** The shipment after the change. */
  shipment?: Maybe<Shipment>;
};

/** Fields a shipment list can be sorted by. */
export type ShipmentSortField =
  | 'CREATED_AT'
  | 'NUMBER'
  | 'UPDATED_AT';

/** Where a shipment is: PENDING → PICKED → SHIPPED → DELIVERED; CANCELLED from PENDING or PICKED. */
export type ShipmentStatus =
  /** Withdrawn before shipping; its reservations stay RESERVED and may ship in another shipment. Final. */
  | 'CANCELLED'
  /** The customer received it. Final. */
  | 'DELIVERED'
  /** Created; its reservations wait to be picked. */
  | 'PENDING'
  /** The goods are picked and packed. */
  | 'PICKED'
  /** Handed to the carrier: its reservations were issued (ISSUE movements). */
  | 'SHIPPED';

/** A new organization with its first workspace and owner. */
export type SignUpInput = {
  /** ISO 4217 currency of the workspace; USD when omitted. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Owner's login email. */
  email: Scalars['String']['input'];
  /** Owner's full name. */
  name: Scalars['String']['input'];
  /** Name of the company. */
  organizationName: Scalars['String']['input'];
  /** At least 8 characters. */
  password: Scalars['String']['input'];
  /** Name of the first workspace. */
  workspaceName: Scalars['String']['input'];
};

/** Result of signUp. */
export type SignUpPayload = {
  __typename?: 'SignUpPayload';
  /** Short-lived access token (JWT) for the Authorization header. */
  accessToken?: Maybe<Scalars['String']['output']>;
  /** Why the sign-up was refused; empty on success. */
  errors: Array<UserError>;
  /** The new organization. */
  organization?: Maybe<Organization>;
  /** Single-use refresh token. */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** The owner. */
  user?: Maybe<User>;
  /** The new workspace. */
  workspace?: Maybe<Workspace>;
};

/** Ascending or descending. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A product's stock on a past date, replayed from the append-only ledger (reservations are not in the ledger: only what was physically present). */
export type StockAsOf = {
  __typename?: 'StockAsOf';
  /** The date (UTC), counted to the end of that day. */
  asOf: Scalars['Date']['output'];
  /** Units present in all warehouses. */
  onHand: Scalars['Int']['output'];
  /** The product. Needs products:read. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** Units present in each warehouse that had moved any by then, by warehouse code. */
  warehouses: Array<WarehouseOnHand>;
};

/** Units of a product: physically present, promised to orders, and free to promise. */
export type StockLevel = {
  __typename?: 'StockLevel';
  /** Units free to promise: onHand − reserved. */
  available: Scalars['Int']['output'];
  /** Units physically present. */
  onHand: Scalars['Int']['output'];
  /** Units promised to orders and not yet shipped. */
  reserved: Scalars['Int']['output'];
};

/** One entry of the stock ledger: a signed change of one product in one warehouse. Never changed once written. */
export type StockMovement = {
  __typename?: 'StockMovement';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The product that moved. Needs products:read for anything but its id. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** Units moved: positive into the warehouse, negative out of it. */
  quantity: Scalars['Int']['output'];
  /** Units on hand of this product in this warehouse right after this movement. */
  quantityAfter: Scalars['Int']['output'];
  /** Why an adjustment was made. */
  reason?: Maybe<Scalars['String']['output']>;
  /** External reference: delivery note, purchase order, count sheet. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Why stock moved. */
  type: StockMovementType;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The warehouse it moved into or out of. */
  warehouse: Warehouse;
};

/** A page of stock movements. */
export type StockMovementConnection = {
  __typename?: 'StockMovementConnection';
  /** The items of this page. */
  edges: Array<StockMovementEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One StockMovement in a page, with its cursor. */
export type StockMovementEdge = {
  __typename?: 'StockMovementEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The StockMovement. */
  node: StockMovement;
};

/** Narrows a stock movement list (the ledger). */
export type StockMovementFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only movements of this product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Only movements with this reference (a purchase order or production order number, …). */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Only movements of these types. */
  typeIn?: InputMaybe<Array<StockMovementType>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
  /** Only movements into or out of this warehouse. */
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a stock movement list; several apply in order, ties broken by id. */
export type StockMovementOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: StockMovementSortField;
};

/** Result of a stock mutation. */
export type StockMovementPayload = {
  __typename?: 'StockMovementPayload';
  /** Why the change was refused (then nothing was written); empty on success. */
  errors: Array<UserError>;
  /** The movement written to the ledger. */
  movement?: Maybe<StockMovement>;
};

/** Fields a stock movement list can be sorted by. */
export type StockMovementSortField =
  | 'CREATED_AT'
  | 'QUANTITY'
  | 'UPDATED_AT';

/** Why stock moved. */
export type StockMovementType =
  /** A correction after a count, damage or loss; signed. */
  | 'ADJUSTMENT'
  /** Goods went out (a shipment, consumption by production). */
  | 'ISSUE'
  /** Goods came in (a delivery, a return, finished production). */
  | 'RECEIPT'
  /** One leg of a move between warehouses. */
  | 'TRANSFER';

/** The value of the stock at an instant, per product and warehouse, at weighted average cost, in the workspace currency. */
export type StockValuation = {
  __typename?: 'StockValuation';
  /** The instant the valuation is as of (movements at or before it count). */
  asOf: Scalars['DateTime']['output'];
  /** The currency of every value (the workspace currency). */
  currency: Scalars['String']['output'];
  /** Each product and warehouse with units on hand at that instant, by warehouse code then product id. */
  rows: Array<StockValuationRow>;
  /** Units on hand over all rows. */
  totalQuantity: Scalars['Int']['output'];
  /** The sum of the rows' values. */
  totalValue: Money;
  /** Units on hand over all rows that have no recorded cost (valued at 0): the report is only as complete as the costs recorded. */
  unvaluedQuantity: Scalars['Int']['output'];
};

/** The value of one product in one warehouse at an instant: units on hand × their weighted average unit cost. */
export type StockValuationRow = {
  __typename?: 'StockValuationRow';
  /** Weighted average cost of one unit at that instant (4 decimals); 0 when no cost was ever recorded. */
  averageCost: Scalars['Decimal']['output'];
  /** Units on hand at that instant, from the ledger (the last movement before it). */
  onHand: Scalars['Int']['output'];
  /** The product. Needs products:read. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** Units on hand that came in before costs were recorded (valued at 0): the receipts without a cost, at most onHand. */
  unvaluedQuantity: Scalars['Int']['output'];
  /** onHand × averageCost, rounded half-up to cents, in the workspace currency. */
  value: Money;
  /** The warehouse. */
  warehouse: Warehouse;
};

/** When a product's stock is forecast to run out, from its recent issues (shipments and production consumption). */
export type StockoutForecast = {
  __typename?: 'StockoutForecast';
  /** Units available now (on hand minus reserved, all warehouses): what the forecast runs down. */
  available: Scalars['Int']['output'];
  /** 0 to 1: the share of the last 56 days with history, times how closely the smoothing followed it. */
  confidence: Scalars['Float']['output'];
  /** Forecast units issued per day over the next week. */
  dailyDemand: Scalars['Float']['output'];
  /** The day (UTC) by whose end forecast demand uses up what is available now; null when that is more than 365 days away (or nothing is issued). */
  date?: Maybe<Scalars['Date']['output']>;
};

/** An expense to submit for approval, in the workspace's currency. */
export type SubmitExpenseInput = {
  /** Amount in the workspace's currency: more than zero, two decimals at most. */
  amount: Scalars['Decimal']['input'];
  /** What it is for. PAYROLL is reserved for expenses created from payroll runs. */
  category: ExpenseCategory;
  /** What was spent on: 1–500 characters. */
  description: Scalars['String']['input'];
  /** A retry with the same key returns the first expense instead of submitting again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The day the cost was incurred (YYYY-MM-DD), not in the future. */
  incurredOn: Scalars['String']['input'];
};

/** Live updates, served by the gateway over graphql-ws (graphql-transport-ws). */
export type Subscription = {
  __typename?: 'Subscription';
  /** Fires on every change of an invoice of the caller's workspace (or only of invoice `id`): issued, paid (in part or in full), credited, voided; with the fields asked for from every subgraph. Requires scope `invoices:read`. */
  invoiceUpdated?: Maybe<Invoice>;
  /** Fires on every change of an order of the caller's workspace (or only of order `id`), with the fields asked for from every subgraph. Served by the gateway over WebSocket (graphql-transport-ws). Requires scope `orders:read`. */
  orderUpdated?: Maybe<Order>;
  /** A live list of orders: fires when an order of the caller's workspace enters `filter` (created in, or moved into, one of its statuses), changes within it, or leaves it, with the order's fields asked for from every subgraph. A dashboard keeps its list without re-querying. Requires scope `orders:read`. */
  ordersChanged?: Maybe<OrderChange>;
  /** Fires on every change of a production order of the caller's workspace (or only of production order `id`): created, released, started, completed, cancelled; with the fields asked for from every subgraph. Requires scope `production:read`. */
  productionOrderUpdated?: Maybe<ProductionOrder>;
  /** Fires when the stock of a product in a warehouse changes (a receipt, an adjustment, a reservation made or released, an issue), for every level of the workspace or only those of `productId` and/or `warehouseId`; delivers the level after the change with the fields asked for. Requires scope `stock:read`. */
  stockLevelChanged?: Maybe<WarehouseStock>;
};


/** Live updates, served by the gateway over graphql-ws (graphql-transport-ws). */
export type SubscriptionInvoiceUpdatedArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Live updates, served by the gateway over graphql-ws (graphql-transport-ws). */
export type SubscriptionOrderUpdatedArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Live updates, served by the gateway over graphql-ws (graphql-transport-ws). */
export type SubscriptionOrdersChangedArgs = {
  filter?: InputMaybe<OrdersChangedFilter>;
};


/** Live updates, served by the gateway over graphql-ws (graphql-transport-ws). */
export type SubscriptionProductionOrderUpdatedArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Live updates, served by the gateway over graphql-ws (graphql-transport-ws). */
export type SubscriptionStockLevelChangedArgs = {
  productId?: InputMaybe<Scalars['ID']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** A Supplier; its owner (operations) resolves its fields. */
export type Supplier = Node & {
  __typename?: 'Supplier';
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217 currency the supplier invoices in; purchase orders to it use it. */
  currency: Scalars['String']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Where purchase orders are sent. */
  email?: Maybe<Scalars['String']['output']>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Usual days from sending a purchase order to receiving the goods. */
  leadTimeDays: Scalars['Int']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of suppliers. */
export type SupplierConnection = {
  __typename?: 'SupplierConnection';
  /** The items of this page. */
  edges: Array<SupplierEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Supplier in a page, with its cursor. */
export type SupplierEdge = {
  __typename?: 'SupplierEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Supplier. */
  node: Supplier;
};

/** Narrows a supplier list. */
export type SupplierFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Case-insensitive match on name or email. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One sort key of a supplier list; several apply in order, ties broken by id. */
export type SupplierOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: SupplierSortField;
};

/** Result of a supplier mutation. */
export type SupplierPayload = {
  __typename?: 'SupplierPayload';
  /** Why the change was refused (then nothing changed); empty on success. */
  errors: Array<UserError>;
  /** The supplier. */
  supplier?: Maybe<Supplier>;
};

/** Fields a supplier list can be sorted by. */
export type SupplierSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** Ends an employment. */
export type TerminateEmployeeInput = {
  /** When employment ended; now when omitted. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The employee. */
  id: Scalars['ID']['input'];
};

/** Changes to a custom field; its key and type stay. Omitted fields stay as they are. */
export type UpdateCustomFieldInput = {
  /** Custom field id. */
  id: Scalars['ID']['input'];
  /** New name to show. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** New allowed values (SELECT only); values already stored stay as they are. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Whether every object must carry it from now on (existing objects are checked when next updated with customFields). */
  required?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to an employee; omitted fields stay as they are, null clears an optional one. */
export type UpdateEmployeeInput = {
  /** Bank account. Needs hr:salary. */
  bankAccount?: InputMaybe<Scalars['String']['input']>;
  /** Department name or code (created when absent); null removes the employee from their department. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Work email; unique in the workspace. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** When employment started. */
  hireDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** The employee. */
  id: Scalars['ID']['input'];
  /** The employee this one reports to; null for none. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** Full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Job title. */
  position?: InputMaybe<Scalars['String']['input']>;
  /** MONTHLY gross salary. Needs hr:salary. */
  salary?: InputMaybe<Scalars['Decimal']['input']>;
  /** ACTIVE or ON_LEAVE; use terminateEmployee to end employment. */
  status?: InputMaybe<EmployeeStatus>;
  /** Identity's user who is this employee. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to an order that do not touch its lines or status; omitted fields stay. */
export type UpdateOrderInput = {
  /** Replaces the custom field values (checked as on create, required fields included). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Order id. */
  id: Scalars['ID']['input'];
  /** Replaces the integration metadata (a flat JSON object, see create). */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** New notes; an empty string clears them. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a product; omitted fields stay as they are. */
export type UpdateProductInput = {
  /** New unit cost. */
  cost?: InputMaybe<Scalars['Decimal']['input']>;
  /** Replaces the custom field values (checked as on create, required fields included). */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Product id. */
  id: Scalars['String']['input'];
  /** Replaces the integration metadata (a flat JSON object, see create). */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New unit price. */
  price?: InputMaybe<Scalars['Decimal']['input']>;
  /** New tax rate. */
  taxRate?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Changes to a supplier; omitted fields keep their value, null clears email or phone. */
export type UpdateSupplierInput = {
  /** ISO 4217 currency code. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The supplier. */
  id: Scalars['ID']['input'];
  /** Usual days from order to delivery. */
  leadTimeDays?: InputMaybe<Scalars['Int']['input']>;
  /** Display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a webhook; omitted fields stay as they are. */
export type UpdateWebhookInput = {
  /** true re-enables a DISABLED endpoint (its failure count starts again from 0); false disables it. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new note. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new list of event types. */
  events?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new filter ({} for every event). */
  filter?: InputMaybe<Scalars['JSON']['input']>;
  /** New selections (replacing all of them). */
  selections?: InputMaybe<Array<WebhookSelectionInput>>;
  /** A new URL (checked like on create). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to the caller's workspace: only the fields given change; null clears address and tax id. */
export type UpdateWorkspaceInput = {
  /** Postal address for its documents, at most 500 characters (newlines separate lines). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Display name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Tax id for its documents, at most 50 characters. */
  taxId?: InputMaybe<Scalars['String']['input']>;
};

/** Result of updateWorkspace. */
export type UpdateWorkspacePayload = {
  __typename?: 'UpdateWorkspacePayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The workspace as changed. */
  workspace?: Maybe<Workspace>;
};

/** A person who can log in, seen from the caller's workspace. */
export type User = {
  __typename?: 'User';
  /** Login email, lower-cased. */
  email: Scalars['String']['output'];
  /** The employee record linked to this user, if any. Visible with hr:read or to the user themselves; for anyone else null with a FORBIDDEN error. Allowed with scope `hr:read`, or to the user themselves; FORBIDDEN for anyone else (checked when resolved). */
  employee?: Maybe<Employee>;
  /** User id. */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** The caller's organization. */
  organization: Organization;
  /** Permissions (resource:action) the user's role grants in the caller's workspace. */
  permissions: Array<Scalars['String']['output']>;
  /** The user's role in the caller's workspace. */
  role?: Maybe<Role>;
  /** The caller's workspace. */
  workspace: Workspace;
};

/** An expected failure of a mutation: which input field and why. */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable reason. */
  code: UserErrorCode;
  /** Path of the offending input field, e.g. ["lines", "0", "quantity"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation, safe to show to a user. */
  message: Scalars['String']['output'];
};

/** Why a mutation refused its input. */
export type UserErrorCode =
  /** The value collides with an existing object (for example a duplicate SKU). */
  | 'CONFLICT'
  /** The change would make something contain or report to itself (a bill of materials, a line of managers). */
  | 'CYCLE'
  /** The credit is more than is still due on the invoice after payments. */
  | 'EXCEEDS_AMOUNT_DUE'
  /** A refund larger than what is left of the payment to give back: nothing was written. */
  | 'EXCEEDS_REFUNDABLE'
  /** The caller may not make this particular change. */
  | 'FORBIDDEN'
  /** The leave asked for is more than the employee has left of that kind. */
  | 'INSUFFICIENT_BALANCE'
  /** The change would take stock below zero, or below what is reserved, in that warehouse. */
  | 'INSUFFICIENT_STOCK'
  /** The value is malformed or out of range. */
  | 'INVALID'
  /** Email or password is wrong. */
  | 'INVALID_CREDENTIALS'
  /** The token is unknown, expired or already used. */
  | 'INVALID_TOKEN'
  /** The object is not in a state that allows this change. */
  | 'INVALID_TRANSITION'
  /** A referenced object does not exist in this workspace. */
  | 'NOT_FOUND'
  /** The payment is more than the invoice still asks for (customer credit is not held). */
  | 'OVERPAYMENT'
  /** The workspace has no account at that payment provider (configurePaymentProvider). */
  | 'PROVIDER_NOT_CONFIGURED'
  /** The payment provider refused the request (for example, wrong credentials): nothing was written. */
  | 'PROVIDER_REFUSED'
  /** The payment provider could not be reached, timed out or failed: nothing was written; try again later. */
  | 'PROVIDER_UNAVAILABLE'
  /** A required value is missing or empty. */
  | 'REQUIRED'
  /** An API key would get a scope its creator does not hold (a key never exceeds the member who makes it). */
  | 'SCOPE_NOT_HELD'
  /** A webhook URL resolves to a private, loopback or link-local address, which production refuses (SSRF). */
  | 'URL_NOT_ALLOWED';

/** A place that holds stock: a warehouse, a shop floor store, a van. */
export type Warehouse = Node & {
  __typename?: 'Warehouse';
  /** Short code, unique in the workspace (e.g. "MAIN"). */
  code: Scalars['String']['output'];
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of warehouses. */
export type WarehouseConnection = {
  __typename?: 'WarehouseConnection';
  /** The items of this page. */
  edges: Array<WarehouseEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Warehouse in a page, with its cursor. */
export type WarehouseEdge = {
  __typename?: 'WarehouseEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Warehouse. */
  node: Warehouse;
};

/** Narrows a warehouse list. */
export type WarehouseFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Case-insensitive match on code or name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** Units of a product physically present in one warehouse on a past date, from the ledger. */
export type WarehouseOnHand = {
  __typename?: 'WarehouseOnHand';
  /** Units present at the end of the day: the sum of its movements until then. */
  onHand: Scalars['Int']['output'];
  /** The warehouse. */
  warehouse: Warehouse;
};

/** One sort key of a warehouse list; several apply in order, ties broken by id. */
export type WarehouseOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: DepartmentSortField;
};

/** Result of a warehouse mutation. */
export type WarehousePayload = {
  __typename?: 'WarehousePayload';
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
  /** The warehouse. */
  warehouse?: Maybe<Warehouse>;
};

/** A product's stock in one warehouse. */
export type WarehouseStock = {
  __typename?: 'WarehouseStock';
  /** Units free to promise: onHand − reserved. */
  available: Scalars['Int']['output'];
  /** Units physically present. */
  onHand: Scalars['Int']['output'];
  /** The product. Needs products:read. Requires scope `products:read`. */
  product?: Maybe<Product>;
  /** Units promised to orders and not yet shipped. */
  reserved: Scalars['Int']['output'];
  /** The warehouse. */
  warehouse: Warehouse;
};

/** An endpoint receiving the workspace's events as signed HTTP POSTs (Standard Webhooks headers). The secret is never readable: it is returned once by createWebhook and rotateWebhookSecret. */
export type Webhook = {
  __typename?: 'Webhook';
  /** Deliveries FAILED in a row since the last one that succeeded; reaching the configured limit disables the endpoint. */
  consecutiveFailures: Scalars['Int']['output'];
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** A note for people: what the endpoint is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it was disabled; null while ACTIVE. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was disabled; null while ACTIVE. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** The event types delivered, e.g. ["order.created", "invoice.issued"]. */
  events: Array<Scalars['String']['output']>;
  /** Only events whose payload has these top-level values, e.g. {"customerId": "…"}; {} for every event. */
  filter: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The member whose scopes the deliveries read the data with. */
  ownerId: Scalars['ID']['output'];
  /** What each delivery carries as `data`, per entity type; an entity type without one gets `{ id }`. */
  selections: Array<WebhookSelection>;
  /** ACTIVE, or DISABLED (see disabledReason). */
  status: WebhookStatus;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where events are POSTed (http or https). */
  url: Scalars['String']['output'];
};

/** A page of webhooks. */
export type WebhookConnection = {
  __typename?: 'WebhookConnection';
  /** The items of this page. */
  edges: Array<WebhookEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One event sent, or to be sent, to one webhook: the delivery log, with the last attempt's answer. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** The entity the event is about: deliveries of one entity to one webhook go out in order. */
  aggregateId: Scalars['ID']['output'];
  /** The entity type the event is about. */
  aggregateType: Scalars['String']['output'];
  /** HTTP attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** The JSON body sent (rendered at the first attempt, identical on retries); null before it. */
  body?: Maybe<Scalars['String']['output']>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Why the last attempt failed (transport error, non-2xx answer, the data could not be read). */
  error?: Maybe<Scalars['String']['output']>;
  /** The event delivered: the body's `id` and the webhook-id header, the same on every attempt and redelivery. */
  eventId: Scalars['ID']['output'];
  /** The event type, e.g. order.created. */
  eventType: Scalars['String']['output'];
  /** When it succeeded or was marked FAILED. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the first attempt was made. */
  firstAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** When the last attempt was made. */
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** How long the last attempt took, in ms. */
  latencyMs?: Maybe<Scalars['Int']['output']>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** When the event happened (the body's `time`). */
  occurredAt: Scalars['DateTime']['output'];
  /** The delivery this one sends again (redeliverWebhook); null for the first. */
  redeliveryOf?: Maybe<Scalars['ID']['output']>;
  /** PENDING, SUCCEEDED or FAILED. */
  status: WebhookDeliveryStatus;
  /** HTTP status of the last attempt; null before the first, or when it got no answer. */
  statusCode?: Maybe<Scalars['Int']['output']>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The webhook it goes to. */
  webhookId: Scalars['ID']['output'];
};

/** A page of the webhook delivery log. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The items of this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One WebhookDelivery in a page, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The WebhookDelivery. */
  node: WebhookDelivery;
};

/** Narrows the delivery log. */
export type WebhookDeliveryFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only deliveries of this event. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only deliveries in this status. */
  status?: InputMaybe<WebhookDeliveryStatus>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
  /** Only deliveries to this webhook. */
  webhookId?: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a delivery list; several apply in order, ties broken by id. */
export type WebhookDeliveryOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: WebhookDeliverySortField;
};

/** Result of testWebhook and redeliverWebhook. */
export type WebhookDeliveryPayload = {
  __typename?: 'WebhookDeliveryPayload';
  /** The delivery: for testWebhook already attempted (status, code and latency set); for redeliverWebhook PENDING, queued. */
  delivery?: Maybe<WebhookDelivery>;
  /** Why it was refused; empty on success. */
  errors: Array<UserError>;
};

/** Fields a delivery list can be sorted by. */
export type WebhookDeliverySortField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** PENDING (queued, or retrying with backoff) → SUCCEEDED (a 2xx answer) or FAILED (still failing when the retry window closed, or its endpoint was disabled). */
export type WebhookDeliveryStatus =
  /** No 2xx within the retry window (24 h by default), or the endpoint was disabled; final (redeliverWebhook sends it again). */
  | 'FAILED'
  /** Queued, waiting for an earlier delivery of the same entity, or retrying with backoff. */
  | 'PENDING'
  /** The endpoint answered 2xx; final. */
  | 'SUCCEEDED';

/** One Webhook in a page, with its cursor. */
export type WebhookEdge = {
  __typename?: 'WebhookEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Webhook. */
  node: Webhook;
};

/** Narrows the webhook list. */
export type WebhookFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One sort key of a webhook list; several apply in order, ties broken by id. */
export type WebhookOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: WebhookDeliverySortField;
};

/** Result of a webhook mutation. */
export type WebhookPayload = {
  __typename?: 'WebhookPayload';
  /** Why the change was refused; empty on success. Nothing is written when refused. */
  errors: Array<UserError>;
  /** The signing secret, shown this once: only createWebhook and rotateWebhookSecret return it; null otherwise. */
  secret?: Maybe<Scalars['String']['output']>;
  /** The webhook. */
  webhook?: Maybe<Webhook>;
};

/** The fields a webhook receives as `data` for events about one entity type. */
export type WebhookSelection = {
  __typename?: 'WebhookSelection';
  /** The query deliveries send to the gateway for this selection; with TRUSTED_DOCUMENTS=enforce, register it (`pnpm trust`) or the reads are refused. */
  document: Scalars['String']['output'];
  /** The entity type the events are about, e.g. Order or Invoice (an event contract's aggregate type). */
  entity: Scalars['String']['output'];
  /** A GraphQL selection set on that type, e.g. `{ number status total { amount } }`. */
  fields: Scalars['String']['output'];
};

/** The fields a webhook receives as `data` for events about one entity type. */
export type WebhookSelectionInput = {
  /** The entity type: Deal, Order, Invoice, CreditNote, Expense, PayrollRun, Shipment, PurchaseOrder, ProductionOrder, WorkOrder or MaintenanceRequest. */
  entity: Scalars['String']['input'];
  /** A GraphQL selection set on that type, e.g. `{ number status total { amount } }` (no variables; at most 2000 characters). */
  fields: Scalars['String']['input'];
};

/** Whether an endpoint receives deliveries: ACTIVE, or DISABLED (by updateWebhook, or after repeated failed deliveries, with a reason). */
export type WebhookStatus =
  /** New events are delivered. */
  | 'ACTIVE'
  /** Nothing is delivered until updateWebhook sets it active again; disabledReason says why. */
  | 'DISABLED';

/** What a deal’s win probability rests on. */
export type WinProbabilityBasis =
  /** The deal is closed: 1 when WON, 0 when LOST. */
  | 'CLOSED'
  /** The hosted model configured by WIN_MODEL_ENDPOINT, given the same inputs. */
  | 'HOSTED_MODEL'
  /** The workspace's own model: a logistic regression over its closed deals (stage, value, age, the customer's record), retrained by a sweep. */
  | 'MODEL'
  /** The usual win rate of the deal's stage: the workspace has fewer than 30 closed deals (or never saw both outcomes). */
  | 'STAGE_PRIOR';

/** A WorkCenter; its owner (production) resolves its fields. */
export type WorkCenter = Node & {
  __typename?: 'WorkCenter';
  /** True while a maintenance request is IN_PROGRESS, or OPEN and due: no work order can start here. */
  blocked: Scalars['Boolean']['output'];
  /** Short code, unique in the workspace (e.g. "MAIN"). */
  code: Scalars['String']['output'];
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Preventive maintenance schedules of this work center, by start. */
  maintenanceSchedules: Array<MaintenanceSchedule>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** OPEN and IN_PROGRESS maintenance requests, due first (future PREVENTIVE ones included). */
  openMaintenanceRequests: Array<MaintenanceRequest>;
  /** BLOCKED while blocked is true, else AVAILABLE. */
  status: WorkCenterStatus;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of work centers. */
export type WorkCenterConnection = {
  __typename?: 'WorkCenterConnection';
  /** The items of this page. */
  edges: Array<WorkCenterEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One WorkCenter in a page, with its cursor. */
export type WorkCenterEdge = {
  __typename?: 'WorkCenterEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The WorkCenter. */
  node: WorkCenter;
};

/** Narrows a work center list. */
export type WorkCenterFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Case-insensitive match on code or name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
};

/** One sort key of a work center list; several apply in order, ties broken by id. */
export type WorkCenterOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: DepartmentSortField;
};

/** Result of a work center mutation. */
export type WorkCenterPayload = {
  __typename?: 'WorkCenterPayload';
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
  /** The work center. */
  workCenter?: Maybe<WorkCenter>;
};

/** Whether work orders can start at a work center now; derived from its maintenance requests. */
export type WorkCenterStatus =
  /** No due maintenance holds it: work orders can start. */
  | 'AVAILABLE'
  /** A maintenance request is IN_PROGRESS, or OPEN and due: no work order can start. */
  | 'BLOCKED';

/** A WorkOrder; its owner (production) resolves its fields. */
export type WorkOrder = Node & {
  __typename?: 'WorkOrder';
  /** Minutes the step actually took; set when DONE. */
  actualMinutes?: Maybe<Scalars['Int']['output']>;
  /** The employee assigned to the step, resolved by hr; null when nobody is. Needs hr:read. Requires scope `hr:read`. */
  assignedEmployee?: Maybe<Employee>;
  /** The employee assigned to the step (hr's employee id). */
  assignedEmployeeId?: Maybe<Scalars['ID']['output']>;
  /** When the step was completed (DONE). */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** What is done in this step, e.g. "Assembly". */
  operation: Scalars['String']['output'];
  /** Minutes the step is planned to take. */
  plannedMinutes: Scalars['Int']['output'];
  /** The production order this is a step of. */
  productionOrder: ProductionOrder;
  /** The production order this is a step of. */
  productionOrderId: Scalars['ID']['output'];
  /** Position among the steps of the production order (unique there, more than zero). */
  sequence: Scalars['Int']['output'];
  /** When the step started. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Lifecycle status. */
  status: WorkOrderStatus;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The work center the step is done at. */
  workCenter: WorkCenter;
};

/** A page of work orders. */
export type WorkOrderConnection = {
  __typename?: 'WorkOrderConnection';
  /** The items of this page. */
  edges: Array<WorkOrderEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One WorkOrder in a page, with its cursor. */
export type WorkOrderEdge = {
  __typename?: 'WorkOrderEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The WorkOrder. */
  node: WorkOrder;
};

/** Narrows a work order list. */
export type WorkOrderFilter = {
  /** Only rows created in this range. */
  createdAt?: InputMaybe<DateTimeRange>;
  /** Only rows whose metadata carries every one of these entries (e.g. an external id). */
  metadata?: InputMaybe<Array<MetadataFilter>>;
  /** Steps of this production order only. */
  productionOrderId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Steps in one of these statuses only.
   * @deprecated Use statusIn, as every list does; removed after 2027-06-30.
   */
  status?: InputMaybe<Array<WorkOrderStatus>>;
  /** Only steps in one of these statuses. */
  statusIn?: InputMaybe<Array<WorkOrderStatus>>;
  /** Only rows last changed in this range. */
  updatedAt?: InputMaybe<DateTimeRange>;
  /** Steps at this work center only. */
  workCenterId?: InputMaybe<Scalars['ID']['input']>;
};

/** One sort key of a work order list; several apply in order, ties broken by id. */
export type WorkOrderOrderBy = {
  /** ASC when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: WorkOrderSortField;
};

/** Result of a change of one work order. */
export type WorkOrderPayload = {
  __typename?: 'WorkOrderPayload';
  /** Why the change was refused (then nothing changed); empty on success. */
  errors: Array<UserError>;
  /** The work order after the change. */
  workOrder?: Maybe<WorkOrder>;
};

/** Fields a work order list can be sorted by. */
export type WorkOrderSortField =
  | 'CREATED_AT'
  | 'SEQUENCE'
  | 'UPDATED_AT';

/** Where a work order is: PENDING → IN_PROGRESS → DONE, or PENDING/IN_PROGRESS → CANCELLED. DONE and CANCELLED are final. */
export type WorkOrderStatus =
  /** Dropped: the step is skipped and no longer holds back later steps or completion. */
  | 'CANCELLED'
  /** Finished, with its actual minutes. */
  | 'DONE'
  /** Being worked on at its work center. */
  | 'IN_PROGRESS'
  /** Planned, not started. */
  | 'PENDING';

/** Hours an employee worked on one day (UTC). */
export type WorkedDay = {
  __typename?: 'WorkedDay';
  /**
   * The day, YYYY-MM-DD (UTC).
   * @deprecated Use day (a Date); removed after 2027-06-30.
   */
  date: Scalars['String']['output'];
  /** The day (UTC). */
  day: Scalars['Date']['output'];
  /** Hours worked that day from closed attendance records, to 2 decimals (a record spanning midnight counts on both days). */
  hours: Scalars['Decimal']['output'];
};

/** A set of books inside an organization; all business data belongs to one workspace. */
export type Workspace = {
  __typename?: 'Workspace';
  /** Postal address printed on its documents (invoices, credit notes, order confirmations); lines separated by newlines. */
  address?: Maybe<Scalars['String']['output']>;
  /** ISO 4217 currency every amount of this workspace is in. */
  currency: Scalars['String']['output'];
  /** Workspace id. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Tax id (VAT number, BIN…) printed on its documents. */
  taxId?: Maybe<Scalars['String']['output']>;
};

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { __typename?: 'Mutation', recordPayment?: { __typename?: 'RecordPaymentPayload', payment?: { __typename?: 'Payment', id: string, method: PaymentMethod, amount: { __typename?: 'Money', amount: string, currency: string } } | null, invoice?: { __typename?: 'Invoice', id: string, status: InvoiceStatus, amountPaid: { __typename?: 'Money', amount: string }, amountDue: { __typename?: 'Money', amount: string } } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type InvoicesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvoiceStatus>;
}>;


export type InvoicesQuery = { __typename?: 'Query', invoices?: { __typename?: 'InvoiceConnection', totalCount: number, edges: Array<{ __typename?: 'InvoiceEdge', node: { __typename?: 'Invoice', id: string, number?: string | null, status: InvoiceStatus, total: { __typename?: 'Money', amount: string, currency: string }, amountDue: { __typename?: 'Money', amount: string }, order?: { __typename?: 'Order', id: string, number: string } | null, customer?: { __typename?: 'Customer', id: string, name: string } | null } }> } | null };

export type CreateEmployeeMutationVariables = Exact<{
  input: CreateEmployeeInput;
}>;


export type CreateEmployeeMutation = { __typename?: 'Mutation', createEmployee?: { __typename?: 'EmployeePayload', employee?: { __typename?: 'Employee', id: string, name: string, position: string } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type EmployeeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EmployeeQuery = { __typename?: 'Query', employee?: { __typename?: 'Employee', id: string, name: string, position: string, department?: string | null, salary?: { __typename?: 'Money', amount: string, currency: string } | null } | null };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'SignUpPayload', accessToken?: string | null, refreshToken?: string | null, user?: { __typename?: 'User', id: string, email: string, name: string } | null, organization?: { __typename?: 'Organization', id: string, name: string } | null, workspace?: { __typename?: 'Workspace', id: string, name: string, currency: string } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', accessToken?: string | null, refreshToken?: string | null, user?: { __typename?: 'User', id: string, email: string } | null, workspace?: { __typename?: 'Workspace', id: string } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type RefreshTokenMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshTokenMutation = { __typename?: 'Mutation', refreshToken: { __typename?: 'RefreshTokenPayload', accessToken?: string | null, refreshToken?: string | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, email: string, name: string, role?: Role | null, permissions: Array<string>, workspace: { __typename?: 'Workspace', id: string, name: string }, organization: { __typename?: 'Organization', id: string, name: string } } | null };

export type AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddMemberMutation = { __typename?: 'Mutation', addMember?: { __typename?: 'AddMemberPayload', user?: { __typename?: 'User', id: string, email: string, role?: Role | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type CreateWarehouseMutationVariables = Exact<{
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
}>;


export type CreateWarehouseMutation = { __typename?: 'Mutation', createWarehouse?: { __typename?: 'WarehousePayload', warehouse?: { __typename?: 'Warehouse', id: string, code: string, name: string } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type ReceiveStockMutationVariables = Exact<{
  input: ReceiveStockInput;
}>;


export type ReceiveStockMutation = { __typename?: 'Mutation', receiveStock?: { __typename?: 'StockMovementPayload', movement?: { __typename?: 'StockMovement', id: string, type: StockMovementType, quantity: number } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type ProductStockQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProductStockQuery = { __typename?: 'Query', product?: { __typename?: 'Product', id: string, sku: string, stock?: { __typename?: 'StockLevel', onHand: number, reserved: number, available: number } | null, stockByWarehouse?: Array<{ __typename?: 'WarehouseStock', onHand: number, reserved: number, available: number, warehouse: { __typename?: 'Warehouse', code: string } }> | null } | null };

export type WarehousesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WarehousesQuery = { __typename?: 'Query', warehouses?: { __typename?: 'WarehouseConnection', totalCount: number, edges: Array<{ __typename?: 'WarehouseEdge', node: { __typename?: 'Warehouse', id: string, code: string, name: string } }> } | null };

export type ReleaseProductionOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReleaseProductionOrderMutation = { __typename?: 'Mutation', releaseProductionOrder?: { __typename?: 'ProductionOrderPayload', productionOrder?: { __typename?: 'ProductionOrder', id: string, status: ProductionOrderStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type StartProductionOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartProductionOrderMutation = { __typename?: 'Mutation', startProductionOrder?: { __typename?: 'ProductionOrderPayload', productionOrder?: { __typename?: 'ProductionOrder', id: string, status: ProductionOrderStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type CompleteProductionOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompleteProductionOrderMutation = { __typename?: 'Mutation', completeProductionOrder?: { __typename?: 'ProductionOrderPayload', productionOrder?: { __typename?: 'ProductionOrder', id: string, status: ProductionOrderStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type OrderUpdatedSubscriptionVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
}>;


export type OrderUpdatedSubscription = { __typename?: 'Subscription', orderUpdated?: { __typename?: 'Order', id: string, number: string, status: OrderStatus, total: { __typename?: 'Money', amount: string, currency: string }, invoices?: Array<{ __typename?: 'Invoice', status: InvoiceStatus, amountDue: { __typename?: 'Money', amount: string } }> | null, productionOrders?: Array<{ __typename?: 'ProductionOrder', status: ProductionOrderStatus }> | null } | null };

export type SagaCreateInvoiceMutationVariables = Exact<{
  input: CreateInvoiceInput;
}>;


export type SagaCreateInvoiceMutation = { __typename?: 'Mutation', createInvoice?: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string, status: InvoiceStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type SagaIssueInvoiceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SagaIssueInvoiceMutation = { __typename?: 'Mutation', issueInvoice?: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string, status: InvoiceStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type SagaReserveStockMutationVariables = Exact<{
  input: ReserveStockInput;
}>;


export type SagaReserveStockMutation = { __typename?: 'Mutation', reserveStock?: { __typename?: 'ReserveStockPayload', shortage: number, reservations: Array<{ __typename?: 'Reservation', id: string, quantity: number }>, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type SagaFirstWarehouseQueryVariables = Exact<{ [key: string]: never; }>;


export type SagaFirstWarehouseQuery = { __typename?: 'Query', warehouses?: { __typename?: 'WarehouseConnection', edges: Array<{ __typename?: 'WarehouseEdge', node: { __typename?: 'Warehouse', id: string } }> } | null };

export type SagaCreateProductionOrderMutationVariables = Exact<{
  input: CreateProductionOrderInput;
}>;


export type SagaCreateProductionOrderMutation = { __typename?: 'Mutation', createProductionOrder?: { __typename?: 'ProductionOrderPayload', productionOrder?: { __typename?: 'ProductionOrder', id: string, number: string, status: ProductionOrderStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type SagaStartOrderProductionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SagaStartOrderProductionMutation = { __typename?: 'Mutation', startOrderProduction?: { __typename?: 'OrderPayload', order?: { __typename?: 'Order', id: string, status: OrderStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type SagaMarkOrderReadyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SagaMarkOrderReadyMutation = { __typename?: 'Mutation', markOrderReady?: { __typename?: 'OrderPayload', order?: { __typename?: 'Order', id: string, status: OrderStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type SagaOrderDocumentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SagaOrderDocumentsQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, status: OrderStatus, invoices?: Array<{ __typename?: 'Invoice', id: string, status: InvoiceStatus, amountDue: { __typename?: 'Money', amount: string }, amountPaid: { __typename?: 'Money', amount: string, currency: string } }> | null, productionOrders?: Array<{ __typename?: 'ProductionOrder', id: string, number: string, status: ProductionOrderStatus }> | null } | null };

export type SagaCancelProductionOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type SagaCancelProductionOrderMutation = { __typename?: 'Mutation', cancelProductionOrder?: { __typename?: 'ProductionOrderPayload', productionOrder?: { __typename?: 'ProductionOrder', id: string, status: ProductionOrderStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type SagaReleaseReservationsMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type SagaReleaseReservationsMutation = { __typename?: 'Mutation', releaseOrderReservations?: { __typename?: 'ReleaseOrderReservationsPayload', errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type SagaVoidInvoiceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type SagaVoidInvoiceMutation = { __typename?: 'Mutation', voidInvoice?: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string, status: InvoiceStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type SagaCreateCreditNoteMutationVariables = Exact<{
  input: CreateCreditNoteInput;
}>;


export type SagaCreateCreditNoteMutation = { __typename?: 'Mutation', createCreditNote?: { __typename?: 'CreditNotePayload', creditNote?: { __typename?: 'CreditNote', id: string, number: string } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type SagaCancelOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type SagaCancelOrderMutation = { __typename?: 'Mutation', cancelOrder?: { __typename?: 'OrderPayload', order?: { __typename?: 'Order', id: string, status: OrderStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { __typename?: 'Mutation', createProduct?: { __typename?: 'ProductPayload', product?: { __typename?: 'Product', id: string, sku: string, name: string, taxRate: string, price: { __typename?: 'Money', amount: string, currency: string }, cost?: { __typename?: 'Money', amount: string, currency: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type ProductsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductsQuery = { __typename?: 'Query', products?: { __typename?: 'ProductConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ProductEdge', cursor: string, node: { __typename?: 'Product', id: string, sku: string, name: string, price: { __typename?: 'Money', amount: string, currency: string }, stock?: { __typename?: 'StockLevel', onHand: number, reserved: number, available: number } | null } }> } | null };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { __typename?: 'Mutation', createCustomer?: { __typename?: 'CustomerPayload', customer?: { __typename?: 'Customer', id: string, name: string, email?: string | null, creditLimit?: { __typename?: 'Money', amount: string, currency: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type CreateDealMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type CreateDealMutation = { __typename?: 'Mutation', createDeal?: { __typename?: 'DealPayload', deal?: { __typename?: 'Deal', id: string, title: string, stage: DealStage, value: { __typename?: 'Money', amount: string, currency: string }, customer?: { __typename?: 'Customer', id: string, name: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type MoveDealStageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  stage: DealStage;
}>;


export type MoveDealStageMutation = { __typename?: 'Mutation', moveDealStage?: { __typename?: 'DealPayload', deal?: { __typename?: 'Deal', id: string, stage: DealStage } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type WinDealMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WinDealMutation = { __typename?: 'Mutation', winDeal?: { __typename?: 'DealPayload', deal?: { __typename?: 'Deal', id: string, stage: DealStage, order?: { __typename?: 'Order', id: string, number: string, status: OrderStatus } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type OrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, customer?: { __typename?: 'Customer', id: string, name: string } | null, deal?: { __typename?: 'Deal', id: string, title: string } | null, lines: Array<{ __typename?: 'OrderLine', id: string, quantity: number, product?: { __typename?: 'Product', id: string, sku: string, name: string } | null, unitPrice: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string } }>, subtotal: { __typename?: 'Money', amount: string, currency: string }, tax: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string }, invoices?: Array<{ __typename?: 'Invoice', id: string, number?: string | null, status: InvoiceStatus, dueDate?: string | null, total: { __typename?: 'Money', amount: string, currency: string }, amountPaid: { __typename?: 'Money', amount: string, currency: string }, amountDue: { __typename?: 'Money', amount: string, currency: string } }> | null, reservations?: Array<{ __typename?: 'Reservation', id: string, quantity: number, product?: { __typename?: 'Product', id: string } | null, warehouse: { __typename?: 'Warehouse', id: string, code: string } }> | null, productionOrders?: Array<{ __typename?: 'ProductionOrder', id: string, number: string, status: ProductionOrderStatus, quantity: number, product?: { __typename?: 'Product', id: string, sku: string } | null }> | null, shipments?: Array<{ __typename?: 'Shipment', id: string, status: ShipmentStatus, trackingNumber?: string | null }> | null } | null };

export type OrderFulfilmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderFulfilmentQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, number: string, status: OrderStatus, fulfilment?: { __typename?: 'Fulfilment', state: FulfilmentState, sagaStatus?: SagaStatus | null, blockedBy?: string | null, shortages: Array<{ __typename?: 'FulfilmentShortage', quantity: number, product?: { __typename?: 'Product', id: string, sku: string, name: string } | null }>, steps: Array<{ __typename?: 'FulfilmentStep', name: FulfilmentStepName, status: FulfilmentStepStatus, at?: string | null, error?: string | null }> } | null } | null };

export type OrdersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrderStatus>;
}>;


export type OrdersQuery = { __typename?: 'Query', orders?: { __typename?: 'OrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrderEdge', cursor: string, node: { __typename?: 'Order', id: string, number: string, status: OrderStatus, total: { __typename?: 'Money', amount: string, currency: string }, customer?: { __typename?: 'Customer', name: string } | null } }> } | null };

export type CancelOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelOrderMutation = { __typename?: 'Mutation', cancelOrder?: { __typename?: 'OrderPayload', order?: { __typename?: 'Order', id: string, status: OrderStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { __typename?: 'Mutation', createWebhook?: { __typename?: 'WebhookPayload', secret?: string | null, webhook?: { __typename?: 'Webhook', id: string, url: string, events: Array<string>, filter: Record<string, unknown>, status: WebhookStatus, selections: Array<{ __typename?: 'WebhookSelection', entity: string, fields: string, document: string }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type UpdateWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { __typename?: 'Mutation', updateWebhook?: { __typename?: 'WebhookPayload', webhook?: { __typename?: 'Webhook', id: string, url: string, events: Array<string>, filter: Record<string, unknown>, status: WebhookStatus, disabledReason?: string | null, consecutiveFailures: number, selections: Array<{ __typename?: 'WebhookSelection', entity: string, fields: string, document: string }> } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook?: { __typename?: 'DeleteWebhookPayload', deletedId?: string | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret?: { __typename?: 'WebhookPayload', secret?: string | null, webhook?: { __typename?: 'Webhook', id: string } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type TestWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestWebhookMutation = { __typename?: 'Mutation', testWebhook?: { __typename?: 'WebhookDeliveryPayload', delivery?: { __typename?: 'WebhookDelivery', id: string, eventId: string, status: WebhookDeliveryStatus, statusCode?: number | null, latencyMs?: number | null, error?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type RedeliverWebhookMutationVariables = Exact<{
  deliveryId: Scalars['ID']['input'];
}>;


export type RedeliverWebhookMutation = { __typename?: 'Mutation', redeliverWebhook?: { __typename?: 'WebhookDeliveryPayload', delivery?: { __typename?: 'WebhookDelivery', id: string, eventId: string, status: WebhookDeliveryStatus, redeliveryOf?: string | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } | null };

export type WebhooksQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhooksQuery = { __typename?: 'Query', webhooks?: { __typename?: 'WebhookConnection', edges: Array<{ __typename?: 'WebhookEdge', node: { __typename?: 'Webhook', id: string, url: string, events: Array<string>, status: WebhookStatus, disabledReason?: string | null, consecutiveFailures: number, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type WebhookDeliveriesQueryVariables = Exact<{
  filter?: InputMaybe<WebhookDeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries?: { __typename?: 'WebhookDeliveryConnection', edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', id: string, webhookId: string, eventId: string, eventType: string, aggregateId: string, status: WebhookDeliveryStatus, attempts: number, statusCode?: number | null, latencyMs?: number | null, error?: string | null, createdAt: string, finishedAt?: string | null, redeliveryOf?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type EventsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type EventsQuery = { __typename?: 'Query', events?: { __typename?: 'FeedEventConnection', edges: Array<{ __typename?: 'FeedEventEdge', cursor: string, node: { __typename?: 'FeedEvent', id: string, type: string, time: string, aggregateType: string, aggregateId: string, aggregateVersion: number, payload: Record<string, unknown> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };


export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const InvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesQuery, InvoicesQueryVariables>;
export const CreateEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEmployeeMutation, CreateEmployeeMutationVariables>;
export const EmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Employee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"salary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeQuery, EmployeeQueryVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddMemberMutation, AddMemberMutationVariables>;
export const CreateWarehouseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWarehouse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWarehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWarehouseMutation, CreateWarehouseMutationVariables>;
export const ReceiveStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReceiveStockMutation, ReceiveStockMutationVariables>;
export const ProductStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stockByWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]} as unknown as DocumentNode<ProductStockQuery, ProductStockQueryVariables>;
export const WarehousesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Warehouses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WarehousesQuery, WarehousesQueryVariables>;
export const ReleaseProductionOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseProductionOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseProductionOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productionOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReleaseProductionOrderMutation, ReleaseProductionOrderMutationVariables>;
export const StartProductionOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartProductionOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startProductionOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productionOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartProductionOrderMutation, StartProductionOrderMutationVariables>;
export const CompleteProductionOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteProductionOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeProductionOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productionOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteProductionOrderMutation, CompleteProductionOrderMutationVariables>;
export const OrderUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"productionOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OrderUpdatedSubscription, OrderUpdatedSubscriptionVariables>;
export const SagaCreateInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SagaCreateInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SagaCreateInvoiceMutation, SagaCreateInvoiceMutationVariables>;
export const SagaIssueInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SagaIssueInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SagaIssueInvoiceMutation, SagaIssueInvoiceMutationVariables>;
export const SagaReserveStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SagaReserveStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortage"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SagaReserveStockMutation, SagaReserveStockMutationVariables>;
export const SagaFirstWarehouseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SagaFirstWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SagaFirstWarehouseQuery, SagaFirstWarehouseQueryVariables>;
export const SagaCreateProductionOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SagaCreateProductionOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductionOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProductionOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productionOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SagaCreateProductionOrderMutation, SagaCreateProductionOrderMutationVariables>;
export const SagaStartOrderProductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SagaStartOrderProduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startOrderProduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SagaStartOrderProductionMutation, SagaStartOrderProductionMutationVariables>;
export const SagaMarkOrderReadyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SagaMarkOrderReady"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markOrderReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SagaMarkOrderReadyMutation, SagaMarkOrderReadyMutationVariables>;
export const SagaOrderDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SagaOrderDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"productionOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SagaOrderDocumentsQuery, SagaOrderDocumentsQueryVariables>;
export const SagaCancelProductionOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SagaCancelProductionOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelProductionOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productionOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SagaCancelProductionOrderMutation, SagaCancelProductionOrderMutationVariables>;
export const SagaReleaseReservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SagaReleaseReservations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseOrderReservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SagaReleaseReservationsMutation, SagaReleaseReservationsMutationVariables>;
export const SagaVoidInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SagaVoidInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SagaVoidInvoiceMutation, SagaVoidInvoiceMutationVariables>;
export const SagaCreateCreditNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SagaCreateCreditNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCreditNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCreditNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SagaCreateCreditNoteMutation, SagaCreateCreditNoteMutationVariables>;
export const SagaCancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SagaCancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SagaCancelOrderMutation, SagaCancelOrderMutationVariables>;
export const CreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProductMutation, CreateProductMutationVariables>;
export const ProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Products"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductsQuery, ProductsQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const CreateDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDealMutation, CreateDealMutationVariables>;
export const MoveDealStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveDealStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DealStage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDealStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MoveDealStageMutation, MoveDealStageMutationVariables>;
export const WinDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WinDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"winDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WinDealMutation, WinDealMutationVariables>;
export const OrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Order"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"productionOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}}]}}]}}]} as unknown as DocumentNode<OrderQuery, OrderQueryVariables>;
export const OrderFulfilmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderFulfilment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sagaStatus"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"}},{"kind":"Field","name":{"kind":"Name","value":"shortages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderFulfilmentQuery, OrderFulfilmentQueryVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"selections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const TestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestWebhookMutation, TestWebhookMutationVariables>;
export const RedeliverWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redeliveryOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redeliveryOf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateType"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateId"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateVersion"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;