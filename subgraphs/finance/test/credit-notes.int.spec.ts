import { randomUUID } from 'node:crypto';
import { Role } from '@prometric/core';
import { createCustomer, createDeal, createProduct, errorCodes, eventually, gql, memberToken, operation, signUpTenant, useStack } from '@prometric/testing';

const CREATE_INVOICE = /* GraphQL */ `
  mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id status lines { id quantity } } errors { code field message } } }`;
const ISSUE = /* GraphQL */ `
  mutation($id: ID!) { issueInvoice(id: $id) { invoice { id number status lines { id quantity } } errors { code message } } }`;
const VOID = /* GraphQL */ `
  mutation($id: ID!) { voidInvoice(id: $id, reason: "x") { invoice { id status } errors { code message } } }`;
const CREDIT = /* GraphQL */ `
  mutation($input: CreateCreditNoteInput!) {
    createCreditNote(input: $input) {
      creditNote { id number status reason currency lines { invoiceLineId description quantity subtotal { amount } tax { amount } total { amount } } subtotal { amount } tax { amount } total { amount currency } invoice { id number } }
      invoice { id status amountPaid { amount } amountCredited { amount } amountDue { amount } }
      errors { code field message }
    }
  }`;
const INVOICE = /* GraphQL */ `
  query($id: ID!) { invoice(id: $id) { id status amountPaid { amount } amountCredited { amount } amountDue { amount } creditNotes { id number total { amount } } } }`;
const CREDIT_NOTE = /* GraphQL */ `query($id: ID!) { creditNote(id: $id) { id number total { amount } invoice { id } } }`;
const CREDIT_NOTES = /* GraphQL */ `query($invoiceId: ID) { creditNotes(first: 100, filter: { invoiceId: $invoiceId }) { totalCount edges { node { id number } } } }`;
const BALANCE = /* GraphQL */ `query($id: ID!) { customer(id: $id) { id balance { amount currency } } }`;

const YEAR = new Date().getUTCFullYear();
const cn = (n: number) => `CN-${YEAR}-${String(n).padStart(6, '0')}`;

describe('credit notes through the gateway', () => {
  const fx = useStack({ pg: true });

  /** An invoice for `quantity` units at 100.00 + 12% tax (quantity × 112.00), issued unless `draft`. */
  const invoiceFor = async (quantity: number, tenant = fx.owner, opts: { customerId?: string; draft?: boolean } = {}) => {
    const customerId = opts.customerId ?? (await createCustomer(fx.url, tenant.token)).id;
    const product = await createProduct(fx.url, tenant.token, { price: '100.00', taxRate: '0.12' });
    const deal = await createDeal(fx.url, tenant.token, customerId, [{ productId: product.id, quantity }]);
    const won = await gql(fx.url, operation('sales', 'WinDeal'), { id: deal.id }, tenant.token);
    const orderId: string = won.data!.winDeal.deal.order.id;
    // Finance drafts it once its consumer has seen the order.
    const drafted = (await eventually(
      'finance drafting the invoice (it has seen the order)',
      async () => ((await gql(fx.url, CREATE_INVOICE, { input: { orderId } }, tenant.token)).data?.createInvoice?.invoice ?? null) as { id: string; lines: { id: string }[] } | null,
      (invoice) => invoice !== null,
      { intervalMs: 100 },
    ))!;
    if (opts.draft) return { id: drafted.id, lineId: drafted.lines[0].id, orderId, customerId, number: null as string | null };
    const issued = await gql(fx.url, ISSUE, { id: drafted.id }, tenant.token);
    const inv = issued.data!.issueInvoice.invoice;
    return { id: inv.id as string, lineId: inv.lines[0].id as string, orderId, customerId, number: inv.number as string | null };
  };

  const credit = (input: Record<string, unknown>, token = fx.owner.token) => gql(fx.url, CREDIT, { input: { reason: 'Returned goods', ...input } }, token);
  const creditNoteRows = async (invoiceId: string): Promise<number> =>
    (await fx.pg.query('select count(*)::int as c from finance.credit_note where invoice_id = $1', [invoiceId])).rows[0].c;
  const invoiceRow = async (invoiceId: string) => (await fx.pg.query('select amount_credited, status, version from finance.invoice where id = $1', [invoiceId])).rows[0];

  it('a full reversal credits the whole invoice: mirrored lines, PAID with nothing due, linked both ways, event recorded', async () => {
    const tenant = await signUpTenant(fx.url);
    const inv = await invoiceFor(2, tenant);
    const versionBefore = (await invoiceRow(inv.id)).version;
    const r = await credit({ invoiceId: inv.id }, tenant.token);
    expect(r.data!.createCreditNote.errors).toEqual([]);
    const note = r.data!.createCreditNote.creditNote;
    expect(note).toMatchObject({
      number: cn(1),
      status: 'ISSUED',
      reason: 'Returned goods',
      lines: [{ invoiceLineId: inv.lineId, quantity: 2, subtotal: { amount: '200.00' }, tax: { amount: '24.00' }, total: { amount: '224.00' } }],
      subtotal: { amount: '200.00' },
      tax: { amount: '24.00' },
      total: { amount: '224.00', currency: 'USD' },
      invoice: { id: inv.id, number: inv.number },
    });
    expect(r.data!.createCreditNote.invoice).toEqual({ id: inv.id, status: 'PAID', amountPaid: { amount: '0.00' }, amountCredited: { amount: '224.00' }, amountDue: { amount: '0.00' } });
    const read = await gql(fx.url, INVOICE, { id: inv.id }, tenant.token);
    expect(read.data!.invoice.creditNotes).toEqual([{ id: note.id, number: cn(1), total: { amount: '224.00' } }]);
    const back = await gql(fx.url, CREDIT_NOTE, { id: note.id }, tenant.token);
    expect(back.data!.creditNote).toEqual({ id: note.id, number: cn(1), total: { amount: '224.00' }, invoice: { id: inv.id } });
    // The invoice's version moved with the change; the event carries the invoice, its order and the amount.
    expect((await invoiceRow(inv.id)).version).toBe(versionBefore + 1);
    const events = await fx.pg.query(`select aggregate_type, aggregate_id, payload from finance.outbox_event where type = 'credit_note.issued' and aggregate_id = $1`, [note.id]);
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0].aggregate_type).toBe('CreditNote');
    expect(events.rows[0].payload).toMatchObject({ invoiceId: inv.id, orderId: inv.orderId, amount: '224.00', invoiceStatus: 'PAID', invoiceAmountDue: '0.00', invoiceVersion: versionBefore + 1 });
    // Nothing is left to credit, and a credited invoice is not voided.
    const again = await credit({ invoiceId: inv.id }, tenant.token);
    expect(again.data!.createCreditNote.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION', field: ['invoiceId'] })]);
    expect(await creditNoteRows(inv.id)).toBe(1);
  });

  it('a partial credit lowers amountDue and Customer.balance; over-credit is refused and writes nothing', async () => {
    const tenant = await signUpTenant(fx.url);
    const customerId = (await createCustomer(fx.url, tenant.token, { name: 'Credit Co' })).id;
    const inv = await invoiceFor(3, tenant, { customerId }); // 336.00
    const r = await credit({ invoiceId: inv.id, lines: [{ invoiceLineId: inv.lineId, quantity: 1 }] }, tenant.token);
    expect(r.data!.createCreditNote.errors).toEqual([]);
    expect(r.data!.createCreditNote.creditNote).toMatchObject({ number: cn(1), total: { amount: '112.00' }, lines: [{ invoiceLineId: inv.lineId, quantity: 1 }] });
    expect(r.data!.createCreditNote.invoice).toMatchObject({ status: 'ISSUED', amountCredited: { amount: '112.00' }, amountDue: { amount: '224.00' } });
    expect((await gql(fx.url, BALANCE, { id: customerId }, tenant.token)).data!.customer.balance).toEqual({ amount: '224.00', currency: 'USD' });

    const before = await invoiceRow(inv.id);
    // More units than are left on the line; more money than is left on the invoice.
    const tooMany = await credit({ invoiceId: inv.id, lines: [{ invoiceLineId: inv.lineId, quantity: 3 }] }, tenant.token);
    expect(tooMany.data!.createCreditNote).toEqual({ creditNote: null, invoice: null, errors: [expect.objectContaining({ code: 'INVALID', field: ['lines', '0', 'quantity'] })] });
    const tooMuch = await credit({ invoiceId: inv.id, lines: [{ description: 'Goodwill', amount: '224.01' }] }, tenant.token);
    expect(tooMuch.data!.createCreditNote.errors).toEqual([expect.objectContaining({ code: 'EXCEEDS_AMOUNT_DUE', field: ['lines'] })]);
    const unknownLine = await credit({ invoiceId: inv.id, lines: [{ invoiceLineId: randomUUID() }] }, tenant.token);
    expect(unknownLine.data!.createCreditNote.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['lines', '0', 'invoiceLineId'] })]);
    const noReason = await credit({ invoiceId: inv.id, reason: ' ' }, tenant.token);
    expect(noReason.data!.createCreditNote.errors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: ['reason'] })]);
    expect(await creditNoteRows(inv.id)).toBe(1);
    expect(await invoiceRow(inv.id)).toEqual(before);
    // Refusals took no number: the next credit note is 000002.
    const rest = await credit({ invoiceId: inv.id }, tenant.token);
    expect(rest.data!.createCreditNote.creditNote).toMatchObject({ number: cn(2), total: { amount: '224.00' } });
    expect(rest.data!.createCreditNote.invoice).toMatchObject({ status: 'PAID', amountDue: { amount: '0.00' } });
    expect((await gql(fx.url, BALANCE, { id: customerId }, tenant.token)).data!.customer.balance.amount).toBe('0.00');
  });

  it('after a partial payment only what is still due can be credited; crediting it makes the invoice PAID', async () => {
    const inv = await invoiceFor(2); // 224.00
    const paid = await gql(fx.url, operation('finance', 'RecordPayment'), { input: { invoiceId: inv.id, amount: '200.00', method: 'CARD' } }, fx.owner.token);
    expect(paid.data!.recordPayment.invoice).toMatchObject({ status: 'PARTIALLY_PAID', amountDue: { amount: '24.00' } });
    const unit = await credit({ invoiceId: inv.id, lines: [{ invoiceLineId: inv.lineId, quantity: 1 }] });
    expect(unit.data!.createCreditNote.errors).toEqual([expect.objectContaining({ code: 'EXCEEDS_AMOUNT_DUE', field: ['lines'] })]);
    const full = await credit({ invoiceId: inv.id });
    expect(full.data!.createCreditNote.errors).toEqual([expect.objectContaining({ code: 'EXCEEDS_AMOUNT_DUE', field: ['lines'] })]);
    expect(await creditNoteRows(inv.id)).toBe(0);
    const price = await credit({ invoiceId: inv.id, lines: [{ invoiceLineId: inv.lineId, amount: '24.00', description: 'Price adjustment' }] });
    expect(price.data!.createCreditNote.errors).toEqual([]);
    expect(price.data!.createCreditNote.creditNote).toMatchObject({ subtotal: { amount: '21.43' }, tax: { amount: '2.57' }, total: { amount: '24.00' }, lines: [{ quantity: null, description: 'Price adjustment' }] });
    expect(price.data!.createCreditNote.invoice).toEqual({ id: inv.id, status: 'PAID', amountPaid: { amount: '200.00' }, amountCredited: { amount: '24.00' }, amountDue: { amount: '0.00' } });
    const pay = await gql(fx.url, operation('finance', 'RecordPayment'), { input: { invoiceId: inv.id, amount: '0.01', method: 'CARD' } }, fx.owner.token);
    expect(pay.data!.recordPayment.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
  });

  it('numbers credit notes gaplessly under 12 concurrent creations, 2 of which are refused', async () => {
    const tenant = await signUpTenant(fx.url);
    const inv = await invoiceFor(10, tenant); // 1120.00
    const results = await Promise.all(Array.from({ length: 12 }, () => credit({ invoiceId: inv.id, lines: [{ invoiceLineId: inv.lineId, quantity: 1 }] }, tenant.token)));
    const ok = results.filter((r) => r.data!.createCreditNote.errors.length === 0);
    const refused = results.filter((r) => r.data!.createCreditNote.errors.length > 0);
    expect(ok).toHaveLength(10);
    expect(refused.map((r) => r.data!.createCreditNote.errors[0].code)).toEqual(['INVALID_TRANSITION', 'INVALID_TRANSITION']);
    const numbers = ok.map((r) => r.data!.createCreditNote.creditNote.number).sort();
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => cn(i + 1)));
    const read = await gql(fx.url, INVOICE, { id: inv.id }, tenant.token);
    expect(read.data!.invoice).toMatchObject({ status: 'PAID', amountCredited: { amount: '1120.00' }, amountDue: { amount: '0.00' } });
    expect(read.data!.invoice.creditNotes).toHaveLength(10);
  });

  it('a retried credit note with the same idempotency key, also concurrent, is issued once', async () => {
    const inv = await invoiceFor(3);
    const key = randomUUID();
    const retries = await Promise.all(Array.from({ length: 5 }, () => credit({ invoiceId: inv.id, lines: [{ invoiceLineId: inv.lineId, quantity: 1 }], idempotencyKey: key })));
    expect(retries.every((r) => r.data!.createCreditNote.errors.length === 0)).toBe(true);
    expect(new Set(retries.map((r) => r.data!.createCreditNote.creditNote.id)).size).toBe(1);
    const again = await credit({ invoiceId: inv.id, lines: [{ invoiceLineId: inv.lineId, quantity: 1 }], idempotencyKey: key });
    expect(again.data!.createCreditNote.creditNote.id).toBe(retries[0].data!.createCreditNote.creditNote.id);
    expect(again.data!.createCreditNote.invoice).toMatchObject({ amountCredited: { amount: '112.00' }, amountDue: { amount: '224.00' } });
    expect(await creditNoteRows(inv.id)).toBe(1);
  });

  it('refuses DRAFT and VOID invoices with INVALID_TRANSITION, writing nothing; a credited invoice cannot be voided', async () => {
    const draft = await invoiceFor(1, fx.owner, { draft: true });
    const onDraft = await credit({ invoiceId: draft.id });
    expect(onDraft.data!.createCreditNote).toEqual({ creditNote: null, invoice: null, errors: [expect.objectContaining({ code: 'INVALID_TRANSITION', field: ['invoiceId'] })] });
    expect((await gql(fx.url, VOID, { id: draft.id }, fx.owner.token)).data!.voidInvoice.invoice.status).toBe('VOID');
    const onVoid = await credit({ invoiceId: draft.id });
    expect(onVoid.data!.createCreditNote.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION', field: ['invoiceId'] })]);
    expect(await creditNoteRows(draft.id)).toBe(0);

    const inv = await invoiceFor(2);
    expect((await credit({ invoiceId: inv.id, lines: [{ description: 'Late delivery', amount: '10.00' }] })).data!.createCreditNote.errors).toEqual([]);
    const voided = await gql(fx.url, VOID, { id: inv.id }, fx.owner.token);
    expect(voided.data!.voidInvoice.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    expect((await invoiceRow(inv.id)).status).toBe('ISSUED');
  });

  it("another tenant cannot credit, read or list a workspace's credit notes; a sales rep may not credit", async () => {
    const inv = await invoiceFor(1);
    const mine = await credit({ invoiceId: inv.id, lines: [{ description: 'Goodwill', amount: '1.00' }] });
    const noteId: string = mine.data!.createCreditNote.creditNote.id;
    const other = await signUpTenant(fx.url);
    const theirs = await credit({ invoiceId: inv.id, lines: [{ description: 'x', amount: '1.00' }] }, other.token);
    expect(theirs.data!.createCreditNote.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['invoiceId'] })]);
    expect(errorCodes(await gql(fx.url, CREDIT_NOTE, { id: noteId }, other.token))).toEqual(['NOT_FOUND']);
    const list = await gql(fx.url, CREDIT_NOTES, { invoiceId: inv.id }, other.token);
    expect(list.data!.creditNotes).toEqual({ totalCount: 0, edges: [] });
    const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    expect(errorCodes(await credit({ invoiceId: inv.id, lines: [{ description: 'x', amount: '1.00' }] }, rep))).toEqual(['FORBIDDEN']);
    expect(await creditNoteRows(inv.id)).toBe(1);
    const own = await gql(fx.url, CREDIT_NOTES, { invoiceId: inv.id }, fx.owner.token);
    expect(own.data!.creditNotes.edges).toEqual([{ node: { id: noteId, number: mine.data!.createCreditNote.creditNote.number } }]);
  });
});
