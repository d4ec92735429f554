/** What each document reads through the gateway, as the member who asked for its link. */
export const DOCUMENT_QUERIES = {
  invoice: /* GraphQL */ `query DocumentInvoice($id: ID!) {
    workspace { name address taxId }
    document: invoice(id: $id) {
      number status currency issuedAt dueOn
      customer { name email }
      order { number }
      lines { quantity taxRate unitPrice { amount } subtotal { amount } product { sku name } }
      subtotal { amount } tax { amount } total { amount } amountPaid { amount } amountCredited { amount } amountDue { amount }
      paymentRequests { status paymentUrl qrPayload expiresAt }
    }
  }`,
  'credit-note': /* GraphQL */ `query DocumentCreditNote($id: ID!) {
    workspace { name address taxId }
    document: creditNote(id: $id) {
      number status currency issuedAt reason
      invoice { number customer { name email } }
      lines { description quantity subtotal { amount } tax { amount } total { amount } }
      subtotal { amount } tax { amount } total { amount }
    }
  }`,
  order: /* GraphQL */ `query DocumentOrder($id: ID!) {
    workspace { name address taxId }
    document: order(id: $id) {
      number status currency createdAt
      customer { name email }
      lines { quantity taxRate unitPrice { amount } total { amount } product { sku name } }
      subtotal { amount } tax { amount } total { amount }
    }
  }`,
} as const;

export type DocumentKind = keyof typeof DOCUMENT_QUERIES;

/** The scopes each document's read needs; the download's token carries those of them the member holds. */
export const DOCUMENT_SCOPES = {
  invoice: ['invoices:read', 'customers:read', 'orders:read', 'products:read'],
  'credit-note': ['invoices:read', 'customers:read'],
  order: ['orders:read', 'customers:read', 'products:read'],
} as const satisfies Record<DocumentKind, readonly string[]>;

/** The workspace printed in a document's header. */
export interface DocumentIssuer {
  name: string;
  address: string | null;
  taxId: string | null;
}

/** One line of a document as printed. */
export interface DocumentLine {
  description: string;
  quantity: number | null;
  unitPrice?: string;
  taxRate?: string;
  amount: string;
}

/** A document as the PDF prints it: every figure as the API answered it. */
export interface PrintableDocument {
  title: string;
  number: string;
  currency: string;
  issuer: DocumentIssuer;
  /** Label → value lines under the title (date, due date, status, customer…). */
  facts: [string, string][];
  lines: DocumentLine[];
  /** Label → amount lines of the totals block, the last one emphasised. */
  totals: [string, string][];
  note?: string;
  /** Where the customer pays online (the newest open provider request), printed as a link and a QR code. */
  payOnline?: { url: string; qrPayload: string; until: string };
}

/** The newest provider request still open (reported REQUESTED: not paid, failed or expired). */
function openPaymentRequest(requests: { status: string; paymentUrl: string; qrPayload: string; expiresAt: string }[] | null | undefined) {
  const open = (requests ?? []).filter((r) => r.status === 'REQUESTED');
  const newest = open[open.length - 1];
  return newest ? { url: newest.paymentUrl, qrPayload: newest.qrPayload, until: newest.expiresAt.slice(0, 16).replace('T', ' ') + ' UTC' } : undefined;
}

const productLabel = (p: { sku: string; name: string } | null | undefined) => (p ? `${p.name} (${p.sku})` : 'Product');
const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '—');
const customerLabel = (c: { name: string; email: string | null } | null | undefined) => (c ? `${c.name}${c.email ? ` <${c.email}>` : ''}` : '—');

/* eslint-disable @typescript-eslint/no-explicit-any -- the gateway's answer, shaped by the queries above */
/** The printable form of what `DOCUMENT_QUERIES[kind]` answered. */
export function printable(kind: DocumentKind, issuer: DocumentIssuer, d: any): PrintableDocument {
  switch (kind) {
    case 'invoice':
      return {
        title: 'Invoice',
        number: d.number ?? 'DRAFT',
        currency: d.currency,
        issuer,
        facts: [['Status', d.status], ['Issued', day(d.issuedAt)], ['Due', day(d.dueOn)], ['Order', d.order?.number ?? '—'], ['Bill to', customerLabel(d.customer)]],
        lines: d.lines.map((l: any) => ({ description: productLabel(l.product), quantity: l.quantity, unitPrice: l.unitPrice.amount, taxRate: `${Math.round(l.taxRate * 10000) / 100} %`, amount: l.subtotal.amount })),
        totals: [['Subtotal', d.subtotal.amount], ['Tax', d.tax.amount], ['Total', d.total.amount], ['Paid', d.amountPaid.amount], ['Credited', d.amountCredited.amount], ['Amount due', d.amountDue.amount]],
        payOnline: openPaymentRequest(d.paymentRequests),
      };
    case 'credit-note':
      return {
        title: 'Credit note',
        number: d.number,
        currency: d.currency,
        issuer,
        facts: [['Status', d.status], ['Issued', day(d.issuedAt)], ['Invoice', d.invoice?.number ?? '—'], ['Customer', customerLabel(d.invoice?.customer)], ['Reason', d.reason]],
        lines: d.lines.map((l: any) => ({ description: l.description ?? 'Credit', quantity: l.quantity, amount: l.subtotal.amount })),
        totals: [['Subtotal', d.subtotal.amount], ['Tax', d.tax.amount], ['Total credited', d.total.amount]],
      };
    case 'order':
      return {
        title: 'Order confirmation',
        number: d.number,
        currency: d.currency,
        issuer,
        facts: [['Status', d.status], ['Date', day(d.createdAt)], ['Customer', customerLabel(d.customer)]],
        lines: d.lines.map((l: any) => ({ description: productLabel(l.product), quantity: l.quantity, unitPrice: l.unitPrice.amount, taxRate: `${Math.round(Number(l.taxRate) * 10000) / 100} %`, amount: l.total.amount })),
        totals: [['Subtotal', d.subtotal.amount], ['Tax', d.tax.amount], ['Total', d.total.amount]],
        note: 'Thank you for your order.',
      };
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
