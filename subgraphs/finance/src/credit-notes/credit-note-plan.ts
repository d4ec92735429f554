import { Decimal, UserErrorCode, toMoneyString, userError, type UserError } from '@prometric/core';
import type { StoredCreditNoteLine } from './credit-note.entity';

/** An invoice line as the plan needs it. */
export interface CreditableLine {
  id: string;
  quantity: number;
  unitPrice: string;
  taxRate: string;
}

/** One requested line (see CreditNoteLineInput). */
export interface RequestedCreditLine {
  invoiceLineId?: string | null;
  description?: string | null;
  quantity?: number | null;
  amount?: string | null;
}

/** The invoice's figures the plan is checked against. */
export interface CreditableInvoice {
  number: string;
  subtotal: string;
  tax: string;
  total: string;
  paid: string;
  credited: string;
  lines: CreditableLine[];
}

export interface CreditNotePlan {
  lines: StoredCreditNoteLine[];
  subtotal: string;
  tax: string;
  total: string;
}

interface LineTally {
  quantity: number;
  net: Decimal;
  tax: Decimal;
}

const cents = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const lineNet = (l: CreditableLine, quantity: number) => new Decimal(l.unitPrice).times(quantity);
/** Tax of a net amount at the line's rate, rounded per line as sales does. */
const lineTax = (l: CreditableLine, net: Decimal) => cents(net.times(l.taxRate));
/** Splits a tax-inclusive amount at `rate` into net and tax. */
const splitGross = (gross: Decimal, rate: string) => {
  const tax = cents(gross.times(rate).dividedBy(new Decimal(1).plus(rate)));
  return { net: gross.minus(tax), tax };
};

/**
 * Works out a credit note for an invoice, given what earlier credit notes already credited. Pure:
 * no database. `requested` null is a full reversal of whatever is left to credit. Returns the lines
 * and totals, or the refusals (each with its input path). Amounts are limited to what is left on
 * each invoice line and on the invoice, and to what is still due after payments (customer credit
 * is not modelled, so money already received is never credited).
 */
export function planCreditNote(invoice: CreditableInvoice, previous: StoredCreditNoteLine[], requested: RequestedCreditLine[] | null): CreditNotePlan | { errors: UserError[] } {
  const tallies = new Map<string, LineTally>(invoice.lines.map((l) => [l.id, { quantity: 0, net: new Decimal(0), tax: new Decimal(0) }]));
  for (const p of previous) {
    const t = p.invoiceLineId ? tallies.get(p.invoiceLineId) : undefined;
    if (!t) continue;
    t.quantity += p.quantity ?? 0;
    t.net = t.net.plus(p.subtotal);
    t.tax = t.tax.plus(p.tax);
  }
  const leftToCredit = new Decimal(invoice.total).minus(invoice.credited);
  let lines: StoredCreditNoteLine[];

  if (requested == null) {
    if (leftToCredit.lte(0)) return { errors: [userError(UserErrorCode.INVALID, `Invoice ${invoice.number} is already fully credited`, ['invoiceId'])] };
    if (!previous.length) {
      // A first full reversal mirrors the invoice line by line.
      lines = invoice.lines.map((l) => {
        const net = lineNet(l, l.quantity);
        const tax = lineTax(l, net);
        return { invoiceLineId: l.id, description: null, quantity: l.quantity, subtotal: toMoneyString(net), tax: toMoneyString(tax), total: toMoneyString(net.plus(tax)) };
      });
    } else {
      const prevTax = previous.reduce((acc, p) => acc.plus(p.tax), new Decimal(0));
      const tax = Decimal.min(leftToCredit, Decimal.max(0, new Decimal(invoice.tax).minus(prevTax)));
      lines = [{ invoiceLineId: null, description: `Remainder of invoice ${invoice.number}`, quantity: null, subtotal: toMoneyString(leftToCredit.minus(tax)), tax: toMoneyString(tax), total: toMoneyString(leftToCredit) }];
    }
  } else {
    if (!requested.length) return { errors: [userError(UserErrorCode.REQUIRED, 'Give at least one line, or omit lines for a full reversal', ['lines'])] };
    const errors: UserError[] = [];
    lines = [];
    requested.forEach((r, i) => {
      const at = (field: string) => ['lines', String(i), field];
      const description = r.description?.trim() || null;
      const lineId = r.invoiceLineId?.trim() || null;
      const amount = r.amount != null ? new Decimal(r.amount) : null;
      const before = errors.length;
      if (description && description.length > 500) errors.push(userError(UserErrorCode.INVALID, 'Description is limited to 500 characters', at('description')));
      if (amount && amount.lte(0)) errors.push(userError(UserErrorCode.INVALID, 'Amount must be more than zero', at('amount')));
      else if (amount && amount.decimalPlaces() > 2) errors.push(userError(UserErrorCode.INVALID, 'Amount has at most two decimals', at('amount')));
      if (r.quantity != null && !(Number.isInteger(r.quantity) && r.quantity > 0)) errors.push(userError(UserErrorCode.INVALID, 'Quantity must be a whole number above zero', at('quantity')));
      if (!lineId) {
        if (!description) errors.push(userError(UserErrorCode.REQUIRED, 'Name an invoice line, or describe a free-form credit', at('invoiceLineId')));
        if (r.quantity != null) errors.push(userError(UserErrorCode.INVALID, 'Quantity needs an invoice line', at('quantity')));
        if (!amount) errors.push(userError(UserErrorCode.REQUIRED, 'A free-form credit needs an amount', at('amount')));
        if (errors.length > before) return;
        lines.push({ invoiceLineId: null, description, quantity: null, subtotal: toMoneyString(amount!), tax: '0.00', total: toMoneyString(amount!) });
        return;
      }
      const line = invoice.lines.find((l) => l.id === lineId);
      if (!line) errors.push(userError(UserErrorCode.NOT_FOUND, `Invoice ${invoice.number} has no line ${lineId}`, at('invoiceLineId')));
      if (errors.length > before) return;
      const t = tallies.get(line!.id)!;
      const fullNet = lineNet(line!, line!.quantity);
      const fullTax = lineTax(line!, fullNet);
      const leftGross = fullNet.plus(fullTax).minus(t.net).minus(t.tax);
      const leftQuantity = line!.quantity - t.quantity;
      const quantity = r.quantity ?? (amount ? null : leftQuantity);
      let net: Decimal;
      let tax: Decimal;
      if (quantity != null) {
        if (quantity <= 0 || quantity > leftQuantity) {
          errors.push(userError(UserErrorCode.INVALID, leftQuantity > 0 ? `At most ${leftQuantity} unit(s) of this line are left to credit` : 'Every unit of this line is already credited', at('quantity')));
          return;
        }
        if (quantity === leftQuantity) {
          // The last units take whatever is left of the line, so per-unit rounding never leaves a cent behind.
          net = fullNet.minus(t.net);
          tax = fullTax.minus(t.tax);
        } else {
          net = lineNet(line!, quantity);
          tax = lineTax(line!, net);
        }
        if (amount) {
          if (amount.gt(net.plus(tax))) {
            errors.push(userError(UserErrorCode.INVALID, `Amount exceeds the value of ${quantity} unit(s) (${toMoneyString(net.plus(tax))})`, at('amount')));
            return;
          }
          ({ net, tax } = splitGross(amount, line!.taxRate));
        }
      } else {
        ({ net, tax } = splitGross(amount!, line!.taxRate));
      }
      if (net.plus(tax).gt(leftGross)) {
        errors.push(userError(UserErrorCode.INVALID, `Only ${toMoneyString(Decimal.max(0, leftGross))} of this line is left to credit`, at(amount ? 'amount' : 'quantity')));
        return;
      }
      t.quantity += quantity ?? 0;
      t.net = t.net.plus(net);
      t.tax = t.tax.plus(tax);
      lines.push({ invoiceLineId: line!.id, description, quantity, subtotal: toMoneyString(net), tax: toMoneyString(tax), total: toMoneyString(net.plus(tax)) });
    });
    if (errors.length) return { errors };
  }

  const subtotal = lines.reduce((acc, l) => acc.plus(l.subtotal), new Decimal(0));
  const tax = lines.reduce((acc, l) => acc.plus(l.tax), new Decimal(0));
  const total = subtotal.plus(tax);
  if (total.lte(0)) return { errors: [userError(UserErrorCode.INVALID, 'A credit note must credit more than zero', ['lines'])] };
  if (total.gt(leftToCredit)) {
    return { errors: [userError(UserErrorCode.EXCEEDS_AMOUNT_DUE, `Credit of ${toMoneyString(total)} exceeds what is left to credit on invoice ${invoice.number} (${toMoneyString(Decimal.max(0, leftToCredit))})`, ['lines'])] };
  }
  const due = new Decimal(invoice.total).minus(invoice.paid).minus(invoice.credited);
  if (total.gt(due)) {
    return {
      errors: [
        userError(UserErrorCode.EXCEEDS_AMOUNT_DUE, `Credit of ${toMoneyString(total)} exceeds the amount still due (${toMoneyString(Decimal.max(0, due))}): money already received is not credited (no customer credit or refunds yet)`, ['lines']),
      ],
    };
  }
  return { lines, subtotal: toMoneyString(subtotal), tax: toMoneyString(tax), total: toMoneyString(total) };
}
