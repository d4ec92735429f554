import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Money, type RequestContext, toPayload, ConnectionArgs, readAuditTrail, type AuditTrailValue } from '@prometric/core';
import { AuditTrail } from '../users/audit.types';
import { UserReference, userReference } from '../users/user.reference';
import { FINANCE_SCHEMA } from '../entities';
import { OrderReference, orderReference } from '../orders/order.reference';
import { CustomerReference, customerReference } from '../customers/customer.reference';
import { Payment } from '../payments/payment.entity';
import { PaymentService } from '../payments/payment.service';
import { PaymentConnection } from '../payments/payment.inputs';
import { Invoice } from './invoice.entity';
import { InvoiceService } from './invoice.service';
import { CreateInvoiceInput, InvoiceConnection, InvoicePayload, InvoicesArgs } from './invoice.inputs';

@Resolver(() => Invoice)
export class InvoiceResolver {
  constructor(
    private readonly invoiceService: InvoiceService,
    private readonly paymentService: PaymentService,
  ) {}

  @Subscription(() => Invoice, {
    nullable: true,
    description: 'Fires on every change of an invoice of the caller\'s workspace (or only of invoice `id`): issued, paid (in part or in full), credited, voided; with the fields asked for from every subgraph.',
    subscribe: () => {
      throw new Error('Subscriptions are served by the gateway');
    },
  })
  invoiceUpdated(@Arg('id', () => ID, { nullable: true, description: 'Only this invoice.' }) _id: string | null, @Root() invoice: Invoice): Invoice {
    return invoice;
  }

  @Query(() => Invoice, { nullable: true, description: 'An invoice of the workspace.' })
  invoice(@Arg('id', () => ID, { description: 'The invoice\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Invoice> {
    return this.invoiceService.get(ctx, id);
  }

  @Query(() => InvoiceConnection, { description: 'Invoices of the workspace, newest first, a page at a time.' })
  invoices(@Args(() => InvoicesArgs) args: InstanceType<typeof InvoicesArgs>, @Ctx() ctx: RequestContext) {
    return this.invoiceService.list(ctx, args);
  }

  @Mutation(() => InvoicePayload, {
    description: "Drafts an invoice from finance's copy of a sales order: its lines and totals. NOT_FOUND when finance has not seen the order yet; CONFLICT when the order already has an invoice that is not VOID.",
  })
  async createInvoice(@Arg('input', () => CreateInvoiceInput, { description: 'A draft invoice for an order finance has seen.' }) input: CreateInvoiceInput, @Ctx() ctx: RequestContext): Promise<InvoicePayload> {
    const result = await this.invoiceService.create(ctx, input);
    return toPayload(result);
  }

  @Mutation(() => InvoicePayload, { description: 'DRAFT → ISSUED: assigns the next gapless number (INV-YYYY-NNNNNN). An issued invoice is never edited, only voided.' })
  async issueInvoice(@Arg('id', () => ID, { description: 'The invoice.' }) id: string, @Ctx() ctx: RequestContext): Promise<InvoicePayload> {
    const result = await this.invoiceService.issue(ctx, id);
    return toPayload(result);
  }

  @Mutation(() => InvoicePayload, {
    description: 'DRAFT or ISSUED → VOID. Refused (INVALID_TRANSITION) once a payment has been recorded: a paid invoice will be reversed by a credit note instead.',
  })
  async voidInvoice(
    @Arg('id', () => ID, { description: 'The invoice.' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why it is voided.' }) reason: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<InvoicePayload> {
    const result = await this.invoiceService.void(ctx, id, reason);
    return toPayload(result);
  }

  @FieldResolver(() => [Payment], { description: 'Payments recorded against the invoice, oldest first.', deprecationReason: 'Use paymentsConnection (a page at a time); removed after 2027-06-30.' })
  payments(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<Payment[]> {
    return this.paymentService.ofInvoice(ctx, invoice.id);
  }

  @FieldResolver(() => PaymentConnection, { description: 'Payments recorded against the invoice, oldest first, a page at a time.' })
  paymentsConnection(@Root() invoice: Invoice, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return this.paymentService.pageOfInvoice(ctx, invoice.id, page);
  }

  @FieldResolver(() => AuditTrail, {
    nullable: true,
    description: 'Every recorded change of the invoice, newest first: who (user and role), when, in which request, and each field old → new. Needs audit:read.',
  })
  history(@Root() invoice: Invoice, @Args() args: ConnectionArgs, @Ctx() ctx: RequestContext): Promise<AuditTrailValue<UserReference>> {
    return readAuditTrail(ctx.em, FINANCE_SCHEMA, 'Invoice', invoice.id, args, userReference);
  }

  @FieldResolver(() => OrderReference, { description: 'The sales order billed. Needs orders:read.' })
  order(@Root() invoice: Invoice): OrderReference {
    return orderReference(invoice.orderId);
  }

  @FieldResolver(() => CustomerReference, { description: 'The customer billed. Needs customers:read.' })
  customer(@Root() invoice: Invoice): CustomerReference {
    return customerReference(invoice.customerId);
  }
}

/** Finance's field on sales' Order. */
@Resolver(() => OrderReference)
export class OrderInvoicesResolver {
  constructor(private readonly invoiceService: InvoiceService) {}

  @FieldResolver(() => [Invoice], { description: 'Invoices of this order in every status, oldest first. Needs invoices:read.' })
  invoices(@Root() order: OrderReference, @Ctx() ctx: RequestContext): Promise<Invoice[]> {
    return this.invoiceService.ofOrder(ctx, order.id);
  }
}

/** Finance's fields on sales' Customer. */
@Resolver(() => CustomerReference)
export class CustomerInvoicesResolver {
  constructor(private readonly invoiceService: InvoiceService) {}

  @FieldResolver(() => [Invoice], {
    description: 'Invoices of this customer in every status, oldest first. Needs invoices:read.',
    deprecationReason: "Use invoicesConnection: a customer's invoices keep growing; removed after 2027-06-30.",
  })
  invoices(@Root() customer: CustomerReference, @Ctx() ctx: RequestContext): Promise<Invoice[]> {
    return this.invoiceService.ofCustomer(ctx, customer.id);
  }

  @FieldResolver(() => InvoiceConnection, { description: 'Invoices of this customer in every status, oldest first, a page at a time. Needs invoices:read.' })
  invoicesConnection(@Root() customer: CustomerReference, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return this.invoiceService.pageOfCustomer(ctx, customer.id, page);
  }

  @FieldResolver(() => Money, {
    description:
      "What the customer owes in the workspace's currency: the sum of amountDue (after payments and credit notes) over its ISSUED and PARTIALLY_PAID invoices in that currency (overdue ones included); zero when nothing is due. Invoices in other currencies count only in `balances`. Needs finance:read.",
  })
  balance(@Root() customer: CustomerReference, @Ctx() ctx: RequestContext): Promise<Money> {
    return this.invoiceService.balanceOf(ctx, customer.id);
  }

  @FieldResolver(() => [Money], {
    description: 'What the customer owes, one amount per currency it is billed in (currency order); empty when nothing is due. Amounts of different currencies are never added up. Needs finance:read.',
  })
  balances(@Root() customer: CustomerReference, @Ctx() ctx: RequestContext): Promise<Money[]> {
    return this.invoiceService.balancesOf(ctx, customer.id);
  }
}
