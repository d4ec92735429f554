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
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number as a string, e.g. "1250.00". Never a float. */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
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

/** A new customer. */
export type CreateCustomerInput = {
  /** Most the customer may owe at once, in the workspace currency. */
  creditLimit?: InputMaybe<Scalars['Decimal']['input']>;
  /** Custom fields, a JSON object. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Contact email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A retry with the same key returns the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Name of the person or company. */
  name: Scalars['String']['input'];
  /** Contact phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A new deal, starting as a LEAD. */
export type CreateDealInput = {
  /** Customer id. */
  customerId: Scalars['ID']['input'];
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
  /** Customer id. */
  customerId: Scalars['ID']['input'];
  /** A retry with the same key returns the first order instead of creating another. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** At least one line. */
  lines: Array<OrderLineInput>;
};

/** A new product. */
export type CreateProductInput = {
  /** Unit cost. */
  cost?: InputMaybe<Scalars['Decimal']['input']>;
  /** Custom fields, a JSON object. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** A retry with the same key returns the first result instead of creating again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Display name. */
  name: Scalars['String']['input'];
  /** Unit price net of tax, in the workspace currency. */
  price: Scalars['Decimal']['input'];
  /** Stock-keeping unit, unique in the workspace. */
  sku: Scalars['String']['input'];
  /** Tax rate as a fraction ("0.12" is 12%); 0 when omitted. */
  taxRate?: InputMaybe<Scalars['Decimal']['input']>;
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

/** A new work center. */
export type CreateWorkCenterInput = {
  /** Short code, unique in the workspace: 1–32 letters, digits or . _ - /. */
  code: Scalars['String']['input'];
  /** A retry with the same key returns the first result instead of creating again. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Display name. */
  name: Scalars['String']['input'];
};

/** Someone the workspace sells to. */
export type Customer = {
  __typename?: 'Customer';
  /** What the customer owes: the sum of amountDue over its ISSUED and PARTIALLY_PAID invoices (overdue ones included), in their currency (a customer is billed in one currency). Zero USD without such invoices. Needs finance:read. */
  balance: Money;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Most the customer may owe at once. Needs finance:read. */
  creditLimit?: Maybe<Money>;
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Contact email. */
  email?: Maybe<Scalars['String']['output']>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Invoices of this customer in every status, oldest first. Needs invoices:read. */
  invoices: Array<Invoice>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Name of the person or company. */
  name: Scalars['String']['output'];
  /** Contact phone. */
  phone?: Maybe<Scalars['String']['output']>;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
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
  /** Custom fields that must equal these values. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Case-insensitive match on name or email. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Result of a customer mutation. */
export type CustomerPayload = {
  __typename?: 'CustomerPayload';
  /** The customer. */
  customer?: Maybe<Customer>;
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
};

/** An opportunity in the sales pipeline. */
export type Deal = {
  __typename?: 'Deal';
  /** When the deal was won or lost. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Who the deal is with. Needs customers:read. */
  customer?: Maybe<Customer>;
  /** When the deal is expected to close. */
  expectedCloseDate?: Maybe<Scalars['DateTime']['output']>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Products and quantities. */
  lines: Array<DealLine>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** The order created when the deal was won. Needs orders:read. */
  order?: Maybe<Order>;
  /** Pipeline stage. */
  stage: DealStage;
  /** Short title. */
  title: Scalars['String']['output'];
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Sum of the lines (quantity × unit price), net of tax. */
  value: Money;
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
  /** Only this customer's deals. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only deals in this stage. */
  stage?: InputMaybe<DealStage>;
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
  /** The product. Needs products:read. */
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
  /** Product id. */
  productId: Scalars['ID']['input'];
  /** Units, at least 1. */
  quantity: Scalars['Int']['input'];
  /** Negotiated unit price net of tax; the product's price when omitted. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Result of a deal mutation. */
export type DealPayload = {
  __typename?: 'DealPayload';
  /** The deal. */
  deal?: Maybe<Deal>;
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
};

/** Where a deal is in the pipeline. WON and LOST are final. */
export type DealStage =
  | 'LEAD'
  | 'LOST'
  | 'NEGOTIATION'
  | 'PROPOSAL'
  | 'QUALIFIED'
  | 'WON';

/** A unit of the organisation employees belong to. */
export type Department = {
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
  /** Case-insensitive match on code or name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Result of a department mutation. */
export type DepartmentPayload = {
  __typename?: 'DepartmentPayload';
  /** The department. */
  department?: Maybe<Department>;
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
};

/** A bill for a sales order. Amounts paid and due, and the status, are derived from its payments. */
export type Invoice = {
  __typename?: 'Invoice';
  /** total − amountPaid; zero once PAID, and for a VOID invoice. */
  amountDue: Money;
  /** Sum of the payments recorded against the invoice. */
  amountPaid: Money;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217 currency of every amount on the invoice. */
  currency: Scalars['String']['output'];
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** The customer billed. Needs customers:read. */
  customer: Customer;
  /** Date payment is due (YYYY-MM-DD); past it, an unpaid invoice reports OVERDUE. */
  dueDate?: Maybe<Scalars['String']['output']>;
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
  /** The sales order billed. Needs orders:read. */
  order: Order;
  /** Payments recorded against the invoice, oldest first. */
  payments: Array<Payment>;
  /** DRAFT, ISSUED, PARTIALLY_PAID, PAID or VOID as stored; OVERDUE when issued, unpaid and past the due date. */
  status: InvoiceStatus;
  /** Sum of the lines before tax; equals the order subtotal. */
  subtotal: Money;
  /** Tax; equals the order tax. */
  tax: Money;
  /** Subtotal plus tax; equals the order total. */
  total: Money;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Why the invoice was voided. */
  voidReason?: Maybe<Scalars['String']['output']>;
  /** When the invoice was voided. */
  voidedAt?: Maybe<Scalars['DateTime']['output']>;
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
  /** Only invoices of this customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only invoices of this sales order. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Only invoices reported in this status (OVERDUE included). */
  status?: InputMaybe<InvoiceStatus>;
};

/** One line of an invoice, copied from the order line. */
export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  /** The product (sales' id). */
  productId: Scalars['ID']['output'];
  /** Units invoiced. */
  quantity: Scalars['Int']['output'];
  /** quantity × unitPrice, before tax. */
  subtotal: Money;
  /** Tax rate as a fraction, e.g. 0.12. */
  taxRate: Scalars['Float']['output'];
  /** Price of one unit, before tax. */
  unitPrice: Money;
};

/** Result of an invoice mutation. */
export type InvoicePayload = {
  __typename?: 'InvoicePayload';
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
  /** The invoice. */
  invoice?: Maybe<Invoice>;
};

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

/** An amount of money in one currency. */
export type Money = {
  __typename?: 'Money';
  /** The amount, e.g. "1250.00". */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency code, e.g. "USD". */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a person to the caller's workspace with a role (OWNER and ADMIN only). */
  addMember: AddMemberPayload;
  /** Corrects the stock of a product in a warehouse: an ADJUSTMENT movement. Refused when stock would go below zero or below what is reserved. */
  adjustStock: StockMovementPayload;
  /** Cancels an order that has not shipped yet. */
  cancelOrder: OrderPayload;
  /** Confirms a draft order. */
  confirmOrder: OrderPayload;
  /** Adds a customer. */
  createCustomer: CustomerPayload;
  /** Opens a deal as a LEAD. */
  createDeal: DealPayload;
  /** Adds a department. */
  createDepartment: DepartmentPayload;
  /** Drafts an invoice from finance's copy of a sales order: its lines and totals. NOT_FOUND when finance has not seen the order yet; CONFLICT when the order already has an invoice that is not VOID. */
  createInvoice: InvoicePayload;
  /** Creates a draft order with a gapless number. */
  createOrder: OrderPayload;
  /** Adds a product to the catalogue. */
  createProduct: ProductPayload;
  /** Adds a warehouse. */
  createWarehouse: WarehousePayload;
  /** Adds a work center. */
  createWorkCenter: WorkCenterPayload;
  /** Removes a product from the catalogue (kept for audit; its SKU can be reused). */
  deleteProduct: ProductPayload;
  /** DRAFT → ISSUED: assigns the next gapless number (INV-YYYY-NNNNNN). An issued invoice is never edited, only voided. */
  issueInvoice: InvoicePayload;
  /** Ships the units of a RESERVED reservation (RESERVED → ISSUED): an ISSUE movement lowers onHand and reserved together. Any other status is an INVALID_TRANSITION error. */
  issueReservation: IssueReservationPayload;
  /** Exchanges email and password for an access token and a refresh token. */
  login: LoginPayload;
  /** Moves a deal to another pipeline stage (one step, or to WON/LOST). */
  moveDealStage: DealPayload;
  /** Records goods received into a warehouse: a RECEIPT movement, and the stock level rises with it. */
  receiveStock: StockMovementPayload;
  /** Allocates money to an ISSUED or PARTIALLY_PAID invoice, at most its amount due: an over-payment is an INVALID error on `amount` and writes nothing. The invoice becomes PARTIALLY_PAID or PAID. A retry with the same idempotencyKey counts once. */
  recordPayment: RecordPaymentPayload;
  /** Spends a refresh token for a new pair. Reusing a spent token revokes all tokens of its login. */
  refreshToken: RefreshTokenPayload;
  /** Releases every RESERVED reservation of a sales order. Idempotent: calling it again releases nothing more. */
  releaseOrderReservations: ReleaseOrderReservationsPayload;
  /** Gives the units of a RESERVED reservation back (RESERVED → RELEASED). Any other status is an INVALID_TRANSITION error. */
  releaseReservation: ReservationPayload;
  /** Promises available units (onHand − reserved) of a product to a sales order, never more than are available. What is not available is reported as shortage, not as an error. Not a stock movement: nothing physically moves. */
  reserveStock: ReserveStockPayload;
  /** Creates an organization, its first workspace and its owner, and logs the owner in. */
  signUp: SignUpPayload;
  /** Changes the notes or custom fields of an order. */
  updateOrder: OrderPayload;
  /** Changes a product. */
  updateProduct: ProductPayload;
  /** DRAFT or ISSUED → VOID. Refused (INVALID_TRANSITION) once a payment has been recorded: a paid invoice will be reversed by a credit note instead. */
  voidInvoice: InvoicePayload;
  /** Wins a deal: it becomes WON and its confirmed order is created, which starts order-to-cash. */
  winDeal: DealPayload;
};


export type MutationAddMemberArgs = {
  input: AddMemberInput;
};


export type MutationAdjustStockArgs = {
  input: AdjustStockInput;
};


export type MutationCancelOrderArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConfirmOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateDealArgs = {
  input: CreateDealInput;
};


export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


export type MutationCreateInvoiceArgs = {
  input: CreateInvoiceInput;
};


export type MutationCreateOrderArgs = {
  input: CreateOrderInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateWarehouseArgs = {
  input: CreateWarehouseInput;
};


export type MutationCreateWorkCenterArgs = {
  input: CreateWorkCenterInput;
};


export type MutationDeleteProductArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIssueInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIssueReservationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMoveDealStageArgs = {
  id: Scalars['ID']['input'];
  stage: DealStage;
};


export type MutationReceiveStockArgs = {
  input: ReceiveStockInput;
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationReleaseOrderReservationsArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationReleaseReservationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReserveStockArgs = {
  input: ReserveStockInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationUpdateOrderArgs = {
  input: UpdateOrderInput;
};


export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};


export type MutationVoidInvoiceArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationWinDealArgs = {
  id: Scalars['ID']['input'];
};

/** A sales order: what a customer bought, at what price, and where it is. */
export type Order = {
  __typename?: 'Order';
  /** Why the order was cancelled. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When the object was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the order (resolved by identity). */
  createdBy?: Maybe<User>;
  /** The workspace's own fields, as a JSON object. */
  customFields: Scalars['JSON']['output'];
  /** Who bought. Needs customers:read. */
  customer?: Maybe<Customer>;
  /** The deal this order was won from, if any. Needs deals:read. */
  deal?: Maybe<Deal>;
  /** Globally unique id (UUID). */
  id: Scalars['ID']['output'];
  /** Invoices of this order in every status, oldest first. Needs invoices:read. */
  invoices: Array<Invoice>;
  /** What was ordered. */
  lines: Array<OrderLine>;
  /** Integration metadata (external ids and the like), as a JSON object. */
  metadata: Scalars['JSON']['output'];
  /** Free-text notes (delivery instructions and the like). */
  notes?: Maybe<Scalars['String']['output']>;
  /** Gapless document number, e.g. SO-2026-000123. */
  number: Scalars['String']['output'];
  /** Stock reserved for this order, in every status (RESERVED, RELEASED, ISSUED), oldest first. Needs stock:read. */
  reservations: Array<Reservation>;
  /** Lifecycle status. */
  status: OrderStatus;
  /** Sum of line totals, net of tax. */
  subtotal: Money;
  /** Sum of line taxes (each rounded to cents). */
  tax: Money;
  /** Subtotal plus tax. */
  total: Money;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every change of the order. */
  version: Scalars['Int']['output'];
};

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
  /** Only this customer's orders. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders in this status. */
  status?: InputMaybe<OrderStatus>;
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
  /** The product ordered. Needs products:read. */
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
  /** Product id. */
  productId: Scalars['ID']['input'];
  /** Units, at least 1. */
  quantity: Scalars['Int']['input'];
  /** Unit price net of tax; the product's price when omitted. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Result of an order mutation. */
export type OrderPayload = {
  __typename?: 'OrderPayload';
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
  /** The order. */
  order?: Maybe<Order>;
};

/** Where an order is: DRAFT → CONFIRMED → IN_PRODUCTION → READY → SHIPPED → DELIVERED; CANCELLED before shipping. */
export type OrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DELIVERED'
  | 'DRAFT'
  | 'IN_PRODUCTION'
  | 'READY'
  | 'SHIPPED';

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
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
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

/** Something the workspace sells or makes. */
export type Product = {
  __typename?: 'Product';
  /** Unit cost. Needs products:cost. */
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
  /** Stock summed over all warehouses (zeros when there is none). Needs stock:read. */
  stock: StockLevel;
  /** Stock in each warehouse that holds or held the product, by warehouse code. Needs stock:read. */
  stockByWarehouse: Array<WarehouseStock>;
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
  /** Custom fields that must equal these values, e.g. {"color": "red"}. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Case-insensitive match on SKU or name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order of a product list. */
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
  | 'SKU';

export type Query = {
  __typename?: 'Query';
  /** A customer of the workspace. */
  customer?: Maybe<Customer>;
  /** Customers of the workspace, by name. */
  customers: CustomerConnection;
  /** A deal of the workspace. */
  deal?: Maybe<Deal>;
  /** Deals of the workspace, newest first. */
  deals: DealConnection;
  /** A department of the workspace. */
  department?: Maybe<Department>;
  /** Departments of the workspace by code, a page at a time. */
  departments: DepartmentConnection;
  /** An invoice of the workspace. */
  invoice?: Maybe<Invoice>;
  /** Invoices of the workspace, newest first, a page at a time. */
  invoices: InvoiceConnection;
  /** The calling user, in the workspace of their token. */
  me: User;
  /** An order of the workspace. */
  order?: Maybe<Order>;
  /** Orders of the workspace, newest first. */
  orders: OrderConnection;
  /** A product of the workspace. */
  product?: Maybe<Product>;
  /** Products of the workspace, a page at a time. */
  products: ProductConnection;
  /** A warehouse of the workspace. */
  warehouse?: Maybe<Warehouse>;
  /** Warehouses of the workspace by code, a page at a time. */
  warehouses: WarehouseConnection;
  /** A work center of the workspace. */
  workCenter?: Maybe<WorkCenter>;
  /** Work centers of the workspace by code, a page at a time. */
  workCenters: WorkCenterConnection;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDealArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DealFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDepartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DepartmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProductOrderBy>;
};


export type QueryWarehouseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWarehousesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WarehouseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkCenterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkCentersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkCenterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** The receiving warehouse. */
  warehouseId: Scalars['ID']['input'];
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

/** Result of releaseOrderReservations. */
export type ReleaseOrderReservationsPayload = {
  __typename?: 'ReleaseOrderReservationsPayload';
  /** Why the release was refused (then nothing changed); empty on success. */
  errors: Array<UserError>;
  /** The reservations this call released; empty when the order had none left to release. */
  released: Array<Reservation>;
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
  /** The sales order the units are promised to. Needs orders:read. */
  order: Order;
  /** The sales order the units are promised to. */
  orderId: Scalars['ID']['output'];
  /** The order line the units are promised to, when the reservation was made for one. */
  orderLineId?: Maybe<Scalars['ID']['output']>;
  /** The product reserved. Needs products:read. */
  product: Product;
  /** Units promised; more than zero. */
  quantity: Scalars['Int']['output'];
  /** Lifecycle status. */
  status: ReservationStatus;
  /** When the object last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The warehouse the units are held in. */
  warehouse: Warehouse;
};

/** Result of a change of one reservation. */
export type ReservationPayload = {
  __typename?: 'ReservationPayload';
  /** Why the change was refused (then nothing changed); empty on success. */
  errors: Array<UserError>;
  /** The reservation after the change. */
  reservation?: Maybe<Reservation>;
};

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
  /** The product that moved. Needs products:read for anything but its id. */
  product: Product;
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

/** Result of a stock mutation. */
export type StockMovementPayload = {
  __typename?: 'StockMovementPayload';
  /** Why the change was refused (then nothing was written); empty on success. */
  errors: Array<UserError>;
  /** The movement written to the ledger. */
  movement?: Maybe<StockMovement>;
};

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

export type Subscription = {
  __typename?: 'Subscription';
  /** Fires on every change of an order of the caller's workspace (or only of order `id`), with the fields asked for from every subgraph. Served by the gateway over WebSocket (graphql-transport-ws). */
  orderUpdated: Order;
};


export type SubscriptionOrderUpdatedArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to an order that do not touch its lines or status; omitted fields stay. */
export type UpdateOrderInput = {
  /** Replaces the custom fields. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Order id. */
  id: Scalars['ID']['input'];
  /** New notes; an empty string clears them. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a product; omitted fields stay as they are. */
export type UpdateProductInput = {
  /** New unit cost. */
  cost?: InputMaybe<Scalars['Decimal']['input']>;
  /** Replaces the custom fields. */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** Product id. */
  id: Scalars['String']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New unit price. */
  price?: InputMaybe<Scalars['Decimal']['input']>;
  /** New tax rate. */
  taxRate?: InputMaybe<Scalars['Decimal']['input']>;
};

/** A person who can log in, seen from the caller's workspace. */
export type User = {
  __typename?: 'User';
  /** Login email, lower-cased. */
  email: Scalars['String']['output'];
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
  /** The caller may not make this particular change. */
  | 'FORBIDDEN'
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
  /** A required value is missing or empty. */
  | 'REQUIRED';

/** A place that holds stock: a warehouse, a shop floor store, a van. */
export type Warehouse = {
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
  /** Case-insensitive match on code or name. */
  search?: InputMaybe<Scalars['String']['input']>;
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
  /** Units promised to orders and not yet shipped. */
  reserved: Scalars['Int']['output'];
  /** The warehouse. */
  warehouse: Warehouse;
};

/** A place where production work is done: a machine, a line, an assembly bench. */
export type WorkCenter = {
  __typename?: 'WorkCenter';
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
  /** Case-insensitive match on code or name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Result of a work center mutation. */
export type WorkCenterPayload = {
  __typename?: 'WorkCenterPayload';
  /** Why the change was refused; empty on success. */
  errors: Array<UserError>;
  /** The work center. */
  workCenter?: Maybe<WorkCenter>;
};

/** A set of books inside an organization; all business data belongs to one workspace. */
export type Workspace = {
  __typename?: 'Workspace';
  /** ISO 4217 currency every amount of this workspace is in. */
  currency: Scalars['String']['output'];
  /** Workspace id. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { __typename?: 'Mutation', recordPayment: { __typename?: 'RecordPaymentPayload', payment?: { __typename?: 'Payment', id: string, method: PaymentMethod, amount: { __typename?: 'Money', amount: string, currency: string } } | null, invoice?: { __typename?: 'Invoice', id: string, status: InvoiceStatus, amountPaid: { __typename?: 'Money', amount: string }, amountDue: { __typename?: 'Money', amount: string } } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type InvoicesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvoiceStatus>;
}>;


export type InvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number, edges: Array<{ __typename?: 'InvoiceEdge', node: { __typename?: 'Invoice', id: string, number?: string | null, status: InvoiceStatus, total: { __typename?: 'Money', amount: string, currency: string }, amountDue: { __typename?: 'Money', amount: string }, order: { __typename?: 'Order', id: string, number: string }, customer: { __typename?: 'Customer', id: string, name: string } } }> } };

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


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string, name: string, role?: Role | null, permissions: Array<string>, workspace: { __typename?: 'Workspace', id: string, name: string }, organization: { __typename?: 'Organization', id: string, name: string } } };

export type AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddMemberMutation = { __typename?: 'Mutation', addMember: { __typename?: 'AddMemberPayload', user?: { __typename?: 'User', id: string, email: string, role?: Role | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type CreateWarehouseMutationVariables = Exact<{
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
}>;


export type CreateWarehouseMutation = { __typename?: 'Mutation', createWarehouse: { __typename?: 'WarehousePayload', warehouse?: { __typename?: 'Warehouse', id: string, code: string, name: string } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type ReceiveStockMutationVariables = Exact<{
  input: ReceiveStockInput;
}>;


export type ReceiveStockMutation = { __typename?: 'Mutation', receiveStock: { __typename?: 'StockMovementPayload', movement?: { __typename?: 'StockMovement', id: string, type: StockMovementType, quantity: number } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type ProductStockQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProductStockQuery = { __typename?: 'Query', product?: { __typename?: 'Product', id: string, sku: string, stock: { __typename?: 'StockLevel', onHand: number, reserved: number, available: number }, stockByWarehouse: Array<{ __typename?: 'WarehouseStock', onHand: number, reserved: number, available: number, warehouse: { __typename?: 'Warehouse', code: string } }> } | null };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { __typename?: 'Mutation', createProduct: { __typename?: 'ProductPayload', product?: { __typename?: 'Product', id: string, sku: string, name: string, taxRate: string, price: { __typename?: 'Money', amount: string, currency: string }, cost?: { __typename?: 'Money', amount: string, currency: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type ProductsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductsQuery = { __typename?: 'Query', products: { __typename?: 'ProductConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ProductEdge', cursor: string, node: { __typename?: 'Product', id: string, sku: string, name: string, price: { __typename?: 'Money', amount: string, currency: string }, stock: { __typename?: 'StockLevel', onHand: number, reserved: number, available: number } } }> } };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { __typename?: 'Mutation', createCustomer: { __typename?: 'CustomerPayload', customer?: { __typename?: 'Customer', id: string, name: string, email?: string | null, creditLimit?: { __typename?: 'Money', amount: string, currency: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type CreateDealMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type CreateDealMutation = { __typename?: 'Mutation', createDeal: { __typename?: 'DealPayload', deal?: { __typename?: 'Deal', id: string, title: string, stage: DealStage, value: { __typename?: 'Money', amount: string, currency: string }, customer?: { __typename?: 'Customer', id: string, name: string } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type MoveDealStageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  stage: DealStage;
}>;


export type MoveDealStageMutation = { __typename?: 'Mutation', moveDealStage: { __typename?: 'DealPayload', deal?: { __typename?: 'Deal', id: string, stage: DealStage } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type WinDealMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WinDealMutation = { __typename?: 'Mutation', winDeal: { __typename?: 'DealPayload', deal?: { __typename?: 'Deal', id: string, stage: DealStage, order?: { __typename?: 'Order', id: string, number: string, status: OrderStatus } | null } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type OrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, number: string, status: OrderStatus, createdAt: string, customer?: { __typename?: 'Customer', id: string, name: string } | null, deal?: { __typename?: 'Deal', id: string, title: string } | null, lines: Array<{ __typename?: 'OrderLine', id: string, quantity: number, product?: { __typename?: 'Product', id: string, sku: string, name: string } | null, unitPrice: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string } }>, subtotal: { __typename?: 'Money', amount: string, currency: string }, tax: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string }, invoices: Array<{ __typename?: 'Invoice', id: string, number?: string | null, status: InvoiceStatus, dueDate?: string | null, total: { __typename?: 'Money', amount: string, currency: string }, amountPaid: { __typename?: 'Money', amount: string, currency: string }, amountDue: { __typename?: 'Money', amount: string, currency: string } }> } | null };

export type OrdersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrderStatus>;
}>;


export type OrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrderEdge', cursor: string, node: { __typename?: 'Order', id: string, number: string, status: OrderStatus, total: { __typename?: 'Money', amount: string, currency: string }, customer?: { __typename?: 'Customer', name: string } | null } }> } };

export type CancelOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelOrderMutation = { __typename?: 'Mutation', cancelOrder: { __typename?: 'OrderPayload', order?: { __typename?: 'Order', id: string, status: OrderStatus } | null, errors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };


export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const InvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesQuery, InvoicesQueryVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddMemberMutation, AddMemberMutationVariables>;
export const CreateWarehouseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWarehouse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWarehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWarehouseMutation, CreateWarehouseMutationVariables>;
export const ReceiveStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReceiveStockMutation, ReceiveStockMutationVariables>;
export const ProductStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stockByWarehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]} as unknown as DocumentNode<ProductStockQuery, ProductStockQueryVariables>;
export const CreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProductMutation, CreateProductMutationVariables>;
export const ProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Products"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductsQuery, ProductsQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const CreateDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDealMutation, CreateDealMutationVariables>;
export const MoveDealStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveDealStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DealStage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDealStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MoveDealStageMutation, MoveDealStageMutationVariables>;
export const WinDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WinDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"winDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WinDealMutation, WinDealMutationVariables>;
export const OrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Order"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}}]} as unknown as DocumentNode<OrderQuery, OrderQueryVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;