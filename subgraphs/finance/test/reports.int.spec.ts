import { createCustomer, createOrder, createProduct, eventually, gql, isRequestStatement, memberToken, operation, signUpTenant, useStack, type Tenant } from '@prometric/testing';

/**
 * Finance reports against figures computed by hand. Invoices, payments and credit notes are made
 * through the gateway; their dates are then moved into 2026 with the owner connection, so each
 * report's date logic is tested on known days (UTC).
 *
 *   I1  customer A  1 × P1 (100.00, tax 10 %)  = 100 + 10 = 110  issued 2026-01-10, due 2026-02-09; 40 paid 2026-02-01
 *   I2  customer A  2 × P2 ( 50.00, no tax)    = 100            issued 2026-01-20, due 2026-01-30; 30 credited 2026-02-15
 *   I3  customer B  1 × P2                     =  50            issued 2026-03-05, due 2026-03-20; paid in full 2026-04-10
 *   I4  customer B  3 × P2                     = 150            issued 2026-04-02, due 2026-05-02
 *   I5  customer B  1 × P1                     = 110            issued 2026-01-15, voided 2026-03-10
 */
describe('finance reports', () => {
  const fx = useStack({ pg: true, recordQueries: 'all' });
  const ids: Record<string, string> = {};
  let customerA: string;
  let customerB: string;
  let p1: string;
  let p2: string;

  const invoiceFor = async (customer: string, lines: { productId: string; quantity: number }[]) => {
    const order = (await createOrder(fx.url, fx.owner.token, customer, lines)).data!.createOrder.order.id as string;
    await gql(fx.url, `mutation($id: ID!) { confirmOrder(id: $id) { errors { code } } }`, { id: order }, fx.owner.token);
    await fx.stack.sales.relay.flush();
    const invoice = await eventually(
      'finance drafting the invoice (it has seen the order)',
      async () => (await gql(fx.url, `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id lines { id } } errors { code } } }`, { input: { orderId: order } }, fx.owner.token)).data!.createInvoice.invoice as { id: string; lines: { id: string }[] } | null,
      (drafted) => drafted !== null,
    );
    const issued = await gql(fx.url, `mutation($id: ID!) { issueInvoice(id: $id) { errors { code } } }`, { id: invoice!.id }, fx.owner.token);
    expect(issued.data!.issueInvoice.errors).toEqual([]);
    return invoice!;
  };
  const setInvoiceDates = (id: string, issuedAt: string, dueDate: string) => fx.pg.query(`update finance.invoice set issued_at = $2, due_date = $3 where id = $1`, [id, issuedAt, dueDate]);
  const pay = async (invoiceId: string, amount: string, at: string) => {
    const r = await gql(fx.url, operation('finance', 'RecordPayment'), { input: { invoiceId, amount, method: 'BANK_TRANSFER' } }, fx.owner.token);
    await fx.pg.query(`update finance.payment set created_at = $2 where id = $1`, [r.data!.recordPayment.payment.id, at]);
  };

  const AGING = `query($asOf: Date!) { arAging(asOf: $asOf) {
    asOf currency
    customers { customer { id } current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount } over90 { amount } total { amount } }
    total { current { amount } days1To30 { amount } days31To60 { amount } days61To90 { amount } over90 { amount } total { amount } }
  } }`;
  const REVENUE = `query($from: Date!, $to: Date!, $groupBy: ReportPeriod, $by: RevenueBreakdown) { revenue(from: $from, to: $to, groupBy: $groupBy, by: $by) {
    currency rows { period customer { id } product { id } net { amount } tax { amount } total { amount } } net { amount } tax { amount } total { amount }
  } }`;
  const buckets = (b: Record<string, { amount: string }>) => Object.fromEntries(Object.entries(b).filter(([k]) => k !== 'customer').map(([k, v]) => [k, v.amount]));

  beforeAll(async () => {
    [customerA, customerB] = await Promise.all([createCustomer(fx.url, fx.owner.token, { name: 'Aging A' }), createCustomer(fx.url, fx.owner.token, { name: 'Aging B' })]).then((c) => c.map((x) => x.id));
    [p1, p2] = await Promise.all([createProduct(fx.url, fx.owner.token, { price: '100.00', taxRate: '0.10' }), createProduct(fx.url, fx.owner.token, { price: '50.00', taxRate: '0' })]).then((p) => p.map((x) => x.id));
    const i1 = await invoiceFor(customerA, [{ productId: p1, quantity: 1 }]);
    const i2 = await invoiceFor(customerA, [{ productId: p2, quantity: 2 }]);
    const i3 = await invoiceFor(customerB, [{ productId: p2, quantity: 1 }]);
    const i4 = await invoiceFor(customerB, [{ productId: p2, quantity: 3 }]);
    const i5 = await invoiceFor(customerB, [{ productId: p1, quantity: 1 }]);
    Object.assign(ids, { i1: i1.id, i2: i2.id, i3: i3.id, i4: i4.id, i5: i5.id });
    await setInvoiceDates(i1.id, '2026-01-10T09:00:00Z', '2026-02-09');
    await setInvoiceDates(i2.id, '2026-01-20T09:00:00Z', '2026-01-30');
    await setInvoiceDates(i3.id, '2026-03-05T09:00:00Z', '2026-03-20');
    await setInvoiceDates(i4.id, '2026-04-02T09:00:00Z', '2026-05-02');
    await setInvoiceDates(i5.id, '2026-01-15T09:00:00Z', '2026-02-14');
    await pay(i1.id, '40.00', '2026-02-01T12:00:00Z');
    await pay(i3.id, '50.00', '2026-04-10T12:00:00Z');
    const credit = await gql(
      fx.url,
      `mutation($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { creditNote { id total { amount } } errors { code message } } }`,
      { input: { invoiceId: i2.id, reason: 'Damaged in transit', lines: [{ invoiceLineId: i2.lines[0].id, amount: '30.00' }] } },
      fx.owner.token,
    );
    expect(credit.data!.createCreditNote).toMatchObject({ creditNote: { total: { amount: '30.00' } }, errors: [] });
    await fx.pg.query(`update finance.credit_note set issued_at = '2026-02-15T10:00:00Z' where id = $1`, [credit.data!.createCreditNote.creditNote.id]);
    const voided = await gql(fx.url, `mutation($id: ID!, $reason: String) { voidInvoice(id: $id, reason: $reason) { errors { code message } } }`, { id: i5.id, reason: 'Wrong customer' }, fx.owner.token);
    expect(voided.data!.voidInvoice.errors).toEqual([]);
    await fx.pg.query(`update finance.invoice set voided_at = '2026-03-10T08:00:00Z' where id = $1`, [i5.id]);
  }, 120_000);

  describe('arAging', () => {
    it('buckets what was due on the date: a partial payment and a credit deducted, a payment after the date not, a voided invoice until its void', async () => {
      const r = await gql(fx.url, AGING, { asOf: '2026-03-31' }, fx.owner.token);
      expect(r.errors).toBeUndefined();
      const report = r.data!.arAging;
      expect(report).toMatchObject({ asOf: '2026-03-31', currency: 'USD' });
      const byCustomer = Object.fromEntries(report.customers.map((c: { customer: { id: string } }) => [c.customer.id, buckets(c as never)]));
      // A: I1 110 − 40 = 70, 50 days late; I2 100 − 30 = 70, 60 days late. B: I3 50 (paid only on 04-10), 11 days late; I5 void since 03-10.
      expect(byCustomer).toEqual({
        [customerA]: { current: '0.00', days1To30: '0.00', days31To60: '140.00', days61To90: '0.00', over90: '0.00', total: '140.00' },
        [customerB]: { current: '0.00', days1To30: '50.00', days31To60: '0.00', days61To90: '0.00', over90: '0.00', total: '50.00' },
      });
      expect(buckets(report.total)).toEqual({ current: '0.00', days1To30: '50.00', days31To60: '140.00', days61To90: '0.00', over90: '0.00', total: '190.00' });
    });

    it('moves with the date: before anything was due everything is current; the void not yet happened counts; later, what aged past 90 days', async () => {
      const early = (await gql(fx.url, AGING, { asOf: '2026-01-25' }, fx.owner.token)).data!.arAging;
      // A: I1 110 (due 02-09) + I2 100 (due 01-30), no payment yet. B: I5 110 (due 02-14, voided only on 03-10).
      expect(buckets(early.total)).toEqual({ current: '320.00', days1To30: '0.00', days31To60: '0.00', days61To90: '0.00', over90: '0.00', total: '320.00' });
      const late = (await gql(fx.url, AGING, { asOf: '2026-06-15' }, fx.owner.token)).data!.arAging;
      // A: I1 70 (126 days), I2 70 (136 days). B: I3 paid; I4 150 due 05-02 (44 days).
      expect(buckets(late.total)).toEqual({ current: '0.00', days1To30: '0.00', days31To60: '150.00', days61To90: '0.00', over90: '140.00', total: '290.00' });
    });
  });

  describe('revenue', () => {
    it('per month: invoiced minus credited and voided, a month without sales present as zero', async () => {
      const r = await gql(fx.url, REVENUE, { from: '2026-01-01', to: '2026-05-31', groupBy: 'MONTH', by: 'NONE' }, fx.owner.token);
      expect(r.errors).toBeUndefined();
      const rows = r.data!.revenue.rows.map((x: { period: string; net: { amount: string }; tax: { amount: string }; total: { amount: string } }) => [x.period, x.net.amount, x.tax.amount, x.total.amount]);
      expect(rows).toEqual([
        ['2026-01-01', '300.00', '20.00', '320.00'], // I1 100+10, I2 100, I5 100+10
        ['2026-02-01', '-30.00', '0.00', '-30.00'], // the credit note on I2
        ['2026-03-01', '-50.00', '-10.00', '-60.00'], // I3 50, I5 voided −110
        ['2026-04-01', '150.00', '0.00', '150.00'], // I4
        ['2026-05-01', '0.00', '0.00', '0.00'], // nothing
      ]);
      expect(r.data!.revenue).toMatchObject({ currency: 'USD', net: { amount: '370.00' }, tax: { amount: '10.00' }, total: { amount: '380.00' } });
    });

    it('by customer and by product, across a quarter boundary', async () => {
      const rc = await gql(fx.url, REVENUE, { from: '2026-01-01', to: '2026-06-30', groupBy: 'QUARTER', by: 'CUSTOMER' }, fx.owner.token);
      expect(rc.errors).toBeUndefined();
      const byCustomer = rc.data!.revenue.rows;
      const cells = (rows: { period: string; customer?: { id: string } | null; product?: { id: string } | null; total: { amount: string } }[], key: 'customer' | 'product') =>
        Object.fromEntries(rows.map((x) => [`${x.period} ${x[key]?.id ?? '-'}`, x.total.amount]));
      // Q1: A 110 + 100 − 30 = 180; B 110 + 50 − 110 = 50. Q2: B 150, A nothing.
      expect(cells(byCustomer, 'customer')).toEqual({ [`2026-01-01 ${customerA}`]: '180.00', [`2026-01-01 ${customerB}`]: '50.00', [`2026-04-01 ${customerA}`]: '0.00', [`2026-04-01 ${customerB}`]: '150.00' });
      const byProduct = (await gql(fx.url, REVENUE, { from: '2026-01-01', to: '2026-06-30', groupBy: 'QUARTER', by: 'PRODUCT' }, fx.owner.token)).data!.revenue.rows;
      // Q1: P1 110 (I1) + 110 (I5) − 110 (I5 void) = 110; P2 100 (I2) − 30 (credit on I2's line) + 50 (I3) = 120. Q2: P2 150.
      expect(cells(byProduct, 'product')).toEqual({ [`2026-01-01 ${p1}`]: '110.00', [`2026-01-01 ${p2}`]: '120.00', [`2026-04-01 ${p1}`]: '0.00', [`2026-04-01 ${p2}`]: '150.00' });
    });

    it('runs one statement per report, whatever the size', async () => {
      fx.stack.queries.length = 0;
      await gql(fx.url, REVENUE, { from: '2026-01-01', to: '2026-12-31', groupBy: 'DAY', by: 'PRODUCT' }, fx.owner.token);
      await gql(fx.url, AGING, { asOf: '2026-03-31' }, fx.owner.token);
      // Finance's consumers keep working meanwhile (other test files share the queues): their statements are not the reports'.
      const finance = fx.stack.queries.filter((q) => q.subgraph === 'finance' && isRequestStatement(q.sql));
      expect(finance).toHaveLength(2);
    });
  });

  describe('access', () => {
    it('refuses a role without reports:read, and shows another workspace none of these figures', async () => {
      const rep = await memberToken(fx.url, fx.owner, 'SALES_REP');
      const refused = await gql(fx.url, AGING, { asOf: '2026-03-31' }, rep);
      expect(refused.data?.arAging ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const accountant = await memberToken(fx.url, fx.owner, 'ACCOUNTANT');
      expect((await gql(fx.url, AGING, { asOf: '2026-03-31' }, accountant)).data!.arAging.total.total.amount).toBe('190.00');

      const other: Tenant = await signUpTenant(fx.url);
      const theirs = await gql(fx.url, REVENUE, { from: '2026-01-01', to: '2026-05-31', groupBy: 'MONTH', by: 'NONE' }, other.token);
      expect(theirs.data!.revenue.total.amount).toBe('0.00');
      expect((await gql(fx.url, AGING, { asOf: '2026-03-31' }, other.token)).data!.arAging.customers).toEqual([]);
    });

    it('refuses a reversed or too long range with a typed error', async () => {
      const reversed = await gql(fx.url, REVENUE, { from: '2026-05-01', to: '2026-01-01', groupBy: 'MONTH', by: 'NONE' }, fx.owner.token);
      expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'from' });
      const tooLong = await gql(fx.url, REVENUE, { from: '2000-01-01', to: '2026-01-01', groupBy: 'DAY', by: 'NONE' }, fx.owner.token);
      expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'groupBy' });
    });
  });
});
