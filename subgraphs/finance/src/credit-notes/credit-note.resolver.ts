import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError, type RequestContext, toPayload } from '@prometric/core';
import { Invoice } from '../invoices/invoice.entity';
import { InvoiceService } from '../invoices/invoice.service';
import { CreditNote } from './credit-note.entity';
import { CreditNoteService } from './credit-note.service';
import { CreateCreditNoteInput, CreditNoteConnection, CreditNotePayload, CreditNotesArgs } from './credit-note.inputs';

@Resolver(() => CreditNote)
export class CreditNoteResolver {
  constructor(
    private readonly creditNoteService: CreditNoteService,
    private readonly invoiceService: InvoiceService,
  ) {}

  @Query(() => CreditNote, { nullable: true, description: 'A credit note of the workspace.' })
  creditNote(@Arg('id', () => ID, { description: 'The credit note\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<CreditNote> {
    return this.creditNoteService.get(ctx, id);
  }

  @Query(() => CreditNoteConnection, { description: 'Credit notes of the workspace, newest first, a page at a time.' })
  creditNotes(@Args(() => CreditNotesArgs) args: InstanceType<typeof CreditNotesArgs>, @Ctx() ctx: RequestContext) {
    return this.creditNoteService.list(ctx, args);
  }

  @Mutation(() => CreditNotePayload, {
    description:
      "Issues a credit note (CN-YYYY-NNNNNN, gapless per workspace and year) against an ISSUED or PARTIALLY_PAID invoice, which is never edited: its amountCredited grows and its amountDue (total − paid − credited) shrinks; it becomes PAID when nothing is left due. Lines omitted: a full reversal of what is left. Refused with INVALID on `lines`, writing nothing, when the credit exceeds what is left to credit (total − earlier credit notes) or what is still due after payments: customer credit and refunds are not modelled, so money already received is never credited. INVALID_TRANSITION for a DRAFT, VOID or PAID invoice. A retry with the same idempotencyKey returns the first credit note.",
  })
  async createCreditNote(@Arg('input', () => CreateCreditNoteInput, { description: 'A credit note against an issued invoice.' }) input: CreateCreditNoteInput, @Ctx() ctx: RequestContext): Promise<CreditNotePayload> {
    const result = await this.creditNoteService.create(ctx, input);
    return toPayload(result);
  }

  @FieldResolver(() => Invoice, { description: 'The invoice this credit note reverses.' })
  async invoice(@Root() creditNote: CreditNote, @Ctx() ctx: RequestContext): Promise<Invoice> {
    const invoice = await this.invoiceService.loader(ctx).load(creditNote.invoiceId);
    if (!invoice) throw new NotFoundError('Invoice not found');
    return invoice;
  }
}

/** Finance's credit notes on its own Invoice. */
@Resolver(() => Invoice)
export class InvoiceCreditNotesResolver {
  constructor(private readonly creditNoteService: CreditNoteService) {}

  @FieldResolver(() => [CreditNote], { description: 'Credit notes issued against the invoice, oldest first.' })
  creditNotes(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): Promise<CreditNote[]> {
    return this.creditNoteService.ofInvoice(ctx, invoice.id);
  }
}
