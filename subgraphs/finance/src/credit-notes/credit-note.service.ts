import {
  EntityReads,
  UserErrorCode,
  UserErrorsException,
  claimIdempotencyKey,
  isUuid,
  lockAndLoad,
  nextDocumentNumber,
  recordEvent,
  rememberIdempotentResult,
  userError,
  uuidOrNil,
  Decimal,
  toMoneyString,
  type Connection,
  type RequestContext,
  type UserError,
  childrenLoader,
  withUserErrors,
  listPage,
  type ListArgsValue,
  SortDirection } from '@prometric/core';
import { Invoice, invoiceLineId } from '../invoices/invoice.entity';
import { InvoiceStatus, PAYABLE, settledStatus } from '../invoices/invoice-status';
import { CreditNote } from './credit-note.entity';
import { planCreditNote } from './credit-note-plan';
import type { CreateCreditNoteInput, CreditNoteFilter } from './credit-note.inputs';
import { CreditNoteIssued } from '@prometric/contracts';

type Result = { creditNote: CreditNote; invoice: Invoice } | { errors: UserError[] };

/**
 * Credit notes: the only way an issued invoice's amount due goes down other than a payment. Under the
 * invoice's row lock, a credit note is planned against what earlier ones credited, numbered on its
 * own gapless counter, and added to the invoice's credited amount; the invoice becomes PAID when
 * nothing is left due. Refused outright (nothing written) when it would credit more than what is
 * left on the invoice or still due after payments.
 */
export class CreditNoteService extends EntityReads(CreditNote, 'Credit note') {
  async create(ctx: RequestContext, input: CreateCreditNoteInput): Promise<Result> {
    const errors: UserError[] = [];
    if (!isUuid(input.invoiceId)) errors.push(userError(UserErrorCode.INVALID, 'Invoice id must be a UUID', ['invoiceId']));
    const reason = input.reason?.trim() ?? '';
    if (!reason) errors.push(userError(UserErrorCode.REQUIRED, 'Reason is required', ['reason']));
    else if (reason.length > 2000) errors.push(userError(UserErrorCode.INVALID, 'Reason is limited to 2000 characters', ['reason']));
    if (errors.length) return { errors };
    const key = input.idempotencyKey || null;
    return withUserErrors(async () => {
      return await ctx.em.transactional(async (em) => {
        if (key) {
          // A concurrent retry waits here on the key until the first commits, then returns its result.
          const claim = await claimIdempotencyKey(em, 'createCreditNote', key);
          if (!claim.claimed) {
            const first = await em.findOneOrFail(CreditNote, claim.resultId);
            return { creditNote: first, invoice: await em.findOneOrFail(Invoice, first.invoiceId, { refresh: true }) };
          }
        }
        const invoice = await lockAndLoad(em, Invoice, input.invoiceId);
        if (!invoice) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Invoice not found', ['invoiceId'])]);
        if (!PAYABLE.includes(invoice.status)) {
          const why = invoice.status === InvoiceStatus.PAID ? 'nothing is left due on a PAID invoice' : `this one is ${invoice.status}`;
          throw new UserErrorsException([userError(UserErrorCode.INVALID_TRANSITION, `Only an ISSUED or PARTIALLY_PAID invoice can be credited; ${why}`, ['invoiceId'])]);
        }
        const previous = await em.find(CreditNote, { invoiceId: invoice.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
        const plan = planCreditNote(
          {
            number: invoice.number!,
            subtotal: invoice.subtotalAmount,
            tax: invoice.taxAmount,
            total: invoice.totalAmount,
            paid: invoice.paidAmount,
            credited: invoice.creditedAmount,
            lines: invoice.storedLines.map((l, i) => ({ id: invoiceLineId(l, i), quantity: l.quantity, unitPrice: l.unitPrice, taxRate: l.taxRate })),
          },
          previous.flatMap((p) => p.storedLines),
          input.lines ?? null,
        );
        if ('errors' in plan) throw new UserErrorsException(plan.errors);
        const creditNote = em.create(CreditNote, {
          number: await nextDocumentNumber(em, 'CN'),
          invoiceId: invoice.id,
          orderId: invoice.orderId,
          customerId: invoice.customerId,
          currency: invoice.currency,
          storedLines: plan.lines,
          reason,
          subtotalAmount: plan.subtotal,
          taxAmount: plan.tax,
          totalAmount: plan.total,
        });
        invoice.creditedAmount = toMoneyString(new Decimal(invoice.creditedAmount).plus(plan.total));
        invoice.status = settledStatus(invoice.status, invoice.due(), false);
        // Flushing the invoice bumps its version, which the event carries.
        await em.flush();
        if (key) await rememberIdempotentResult(em, 'createCreditNote', key, creditNote.id);
        await recordEvent(em, CreditNoteIssued, {
          aggregateId: creditNote.id,
          aggregateVersion: 1,
          payload: {
            id: creditNote.id,
            number: creditNote.number,
            invoiceId: invoice.id,
            invoiceNumber: invoice.number ?? null,
            invoiceVersion: invoice.version,
            invoiceStatus: invoice.status,
            invoiceAmountDue: toMoneyString(invoice.due()),
            orderId: invoice.orderId,
            customerId: invoice.customerId,
            currency: invoice.currency,
            amount: creditNote.totalAmount,
            subtotal: creditNote.subtotalAmount,
            tax: creditNote.taxAmount,
            reason,
          },
        });
        return { creditNote, invoice };
      });
    });
  }

  list(ctx: RequestContext, args: ListArgsValue<CreditNoteFilter>): Promise<Connection<CreditNote>> {
    const f = args.filter;
    return listPage(ctx.em, CreditNote, args, {
      where: [f?.invoiceId && { invoiceId: uuidOrNil(f.invoiceId) }, f?.customerId && { customerId: uuidOrNil(f.customerId) }, f?.number && { number: f.number.trim() }],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  /** Credit notes of many invoices in one query (Invoice.creditNotes), oldest first. */
  ofInvoice(ctx: RequestContext, invoiceId: string): Promise<CreditNote[]> {
    return childrenLoader(ctx, CreditNote, 'invoiceId', { orderBy: { createdAt: 'asc', id: 'asc' } }).load(invoiceId);
  }
}
