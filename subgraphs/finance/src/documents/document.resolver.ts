import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@prometric/core';
import { Invoice } from '../invoices/invoice.entity';
import { CreditNote } from '../credit-notes/credit-note.entity';
import { OrderReference } from '../orders/order.reference';
import { DocumentService } from './document.service';

const LINK = 'A short-lived signed link (DOCUMENT_URL_TTL_SECONDS, 5 minutes by default) to the PDF on the gateway; it shows what the member who asked for it may read. Ask again for a fresh one.';

@Resolver(() => Invoice)
export class InvoicePdfResolver {
  constructor(private readonly documents: DocumentService) {}

  @FieldResolver(() => String, { nullable: true, description: `The invoice as a PDF: the workspace's name, address and tax id, lines, tax, totals and amount due. ${LINK} Needs invoices:read.` })
  pdfUrl(@Root() invoice: Invoice, @Ctx() ctx: RequestContext): string | null {
    return this.documents.linkOf(ctx, 'invoice', invoice.id);
  }
}

@Resolver(() => CreditNote)
export class CreditNotePdfResolver {
  constructor(private readonly documents: DocumentService) {}

  @FieldResolver(() => String, { nullable: true, description: `The credit note as a PDF. ${LINK} Needs invoices:read.` })
  pdfUrl(@Root() creditNote: CreditNote, @Ctx() ctx: RequestContext): string | null {
    return this.documents.linkOf(ctx, 'credit-note', creditNote.id);
  }
}

/** Finance prints sales' orders too: one renderer for every business document. */
@Resolver(() => OrderReference)
export class OrderConfirmationPdfResolver {
  constructor(private readonly documents: DocumentService) {}

  @FieldResolver(() => String, { nullable: true, description: `The order confirmation as a PDF: lines, tax and totals. ${LINK} Needs orders:read.` })
  confirmationPdfUrl(@Root() order: OrderReference, @Ctx() ctx: RequestContext): string | null {
    return this.documents.linkOf(ctx, 'order', order.id);
  }
}
