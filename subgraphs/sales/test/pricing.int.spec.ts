import { Role } from '@prometric/core';
import { createCustomer, createProduct, gql, memberToken, signUpTenant, useStack } from '@prometric/testing';

const CREATE_LIST = /* GraphQL */ `mutation($input: CreatePriceListInput!) { createPriceList(input: $input) { priceList { id name } errors { code field message } } }`;
const QUOTE = /* GraphQL */ `query($input: QuoteInput!) {
  quote(input: $input) {
    quote {
      lines { product { id } quantity listPrice { amount } unitPrice { amount } strategy priceList { name } subtotal { amount } tax { amount } total { amount } }
      subtotal { amount } tax { amount } total { amount }
    }
    errors { code field message }
  }
}`;

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('pricing strategies: price lists, quantity breaks, discounts, one engine for quotes, orders and deals', () => {
  const fx = useStack();
  const ids: Record<string, string> = {};

  const quote = async (input: Record<string, unknown>, token = fx.owner.token) => (await gql(fx.url, QUOTE, { input }, token)).data!.quote;
  const list = async (input: Record<string, unknown>) => {
    const created = (await gql(fx.url, CREATE_LIST, { input }, fx.owner.token)).data!.createPriceList;
    expect(created.errors).toEqual([]);
    return created.priceList.id as string;
  };

  beforeAll(async () => {
    ids.chair = (await createProduct(fx.url, fx.owner.token, { price: '100.00', taxRate: '0.12' })).id;
    ids.cushion = (await createProduct(fx.url, fx.owner.token, { price: '19.99', taxRate: '0' })).id;
    const customer = async (name: string, group?: string) => {
      const r = await gql(fx.url, `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id group } errors { code } } }`, { input: { name, group } }, fx.owner.token);
      expect(r.data!.createCustomer.errors).toEqual([]);
      return r.data!.createCustomer.customer.id as string;
    };
    ids.wholesaler = await customer('Wholesale One', 'wholesale');
    ids.retail = await customer('Walk-in');
    ids.favourite = await customer('Favourite Wholesale', 'wholesale');
    await list({ name: 'Everyone', items: [{ productId: ids.chair, unitPrice: '95.00' }] });
    await list({
      name: 'Wholesale',
      customerGroup: 'wholesale',
      roundTo: '0.05',
      items: [
        { productId: ids.chair, unitPrice: '90.00' },
        { productId: ids.chair, minQuantity: 10, unitPrice: '85.00' },
        { productId: ids.cushion, percentOff: '10' },
      ],
    });
    await list({ name: 'Expired deal', customerId: ids.wholesaler, validTo: day(-1), items: [{ productId: ids.chair, unitPrice: '50.00' }] });
    await list({ name: 'Favourite', customerId: ids.favourite, items: [{ productId: ids.chair, unitPrice: '88.00' }] });
    await list({ name: 'Next season', validFrom: day(1), priority: 10, items: [{ productId: ids.chair, unitPrice: '99.00' }] });
  });

  it('prices by hand-computed precedence: group list with a quantity break, a percentage off rounded to 0.05, line then order discount, tax per line half-up', async () => {
    const q = await quote({
      customerId: ids.wholesaler,
      discountPercent: '5',
      lines: [
        { productId: ids.chair, quantity: 10, discountPercent: '10' },
        { productId: ids.cushion, quantity: 3 },
      ],
    });
    expect(q.errors).toEqual([]);
    // Chair: break at 10 → 85.00; −10 % → 76.50; −5 % → 72.675 → 72.68. Net 726.80, tax 12 % = 87.216 → 87.22.
    // Cushion: 19.99 − 10 % = 17.991 → 18.00 (0.05 steps); −5 % → 17.10. Net 51.30, no tax.
    expect(q.quote.lines).toEqual([
      { product: { id: ids.chair }, quantity: 10, listPrice: { amount: '100.00' }, unitPrice: { amount: '72.68' }, strategy: 'PRICE_LIST', priceList: { name: 'Wholesale' }, subtotal: { amount: '726.80' }, tax: { amount: '87.22' }, total: { amount: '814.02' } },
      { product: { id: ids.cushion }, quantity: 3, listPrice: { amount: '19.99' }, unitPrice: { amount: '17.10' }, strategy: 'PRICE_LIST', priceList: { name: 'Wholesale' }, subtotal: { amount: '51.30' }, tax: { amount: '0.00' }, total: { amount: '51.30' } },
    ]);
    expect([q.quote.subtotal.amount, q.quote.tax.amount, q.quote.total.amount]).toEqual(['778.10', '87.22', '865.32']);
  });

  it("a customer's own list beats their group's, the general list serves everyone else, a negotiated price beats every list, and validity dates count", async () => {
    const price = async (customerId: string, line: Record<string, unknown>, date?: string) => {
      const q = await quote({ customerId, lines: [{ productId: ids.chair, quantity: 12, ...line }], date });
      expect(q.errors).toEqual([]);
      return [q.quote.lines[0].unitPrice.amount, q.quote.lines[0].strategy, q.quote.lines[0].priceList?.name ?? null];
    };
    expect(await price(ids.favourite, {})).toEqual(['88.00', 'PRICE_LIST', 'Favourite']);
    expect(await price(ids.retail, {})).toEqual(['95.00', 'PRICE_LIST', 'Everyone']);
    expect(await price(ids.retail, { unitPrice: '70.00' })).toEqual(['70.00', 'NEGOTIATED', null]);
    // The expired customer list is ignored; from tomorrow the higher-priority general list wins for walk-ins.
    expect(await price(ids.wholesaler, {})).toEqual(['85.00', 'PRICE_LIST', 'Wholesale']);
    expect(await price(ids.retail, {}, day(1))).toEqual(['99.00', 'PRICE_LIST', 'Next season']);
  });

  it('quote equals the order created from the same input, and a deal is priced by the same engine', async () => {
    const input = { customerId: ids.wholesaler, discountPercent: '5', lines: [{ productId: ids.chair, quantity: 10, discountPercent: '10' }, { productId: ids.cushion, quantity: 3 }] };
    const q = (await quote(input)).quote;
    const order = await gql(fx.url, `mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { lines { unitPrice { amount } total { amount } tax { amount } } subtotal { amount } tax { amount } total { amount } } errors { code field } } }`, { input }, fx.owner.token);
    expect(order.data!.createOrder.errors).toEqual([]);
    const o = order.data!.createOrder.order;
    expect(o.lines.map((l: { unitPrice: { amount: string } }) => l.unitPrice.amount)).toEqual(q.lines.map((l: { unitPrice: { amount: string } }) => l.unitPrice.amount));
    expect([o.subtotal.amount, o.tax.amount, o.total.amount]).toEqual([q.subtotal.amount, q.tax.amount, q.total.amount]);
    const deal = await gql(fx.url, `mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { value { amount } lines { unitPrice { amount } } } errors { code } } }`, { input: { title: 'Priced deal', ...input } }, fx.owner.token);
    expect(deal.data!.createDeal.errors).toEqual([]);
    expect(deal.data!.createDeal.deal.value.amount).toBe(q.subtotal.amount);
  });

  it('refuses a discount that would make a line negative, a percentage over 100 and a malformed list, changing nothing', async () => {
    const q = await quote({ customerId: ids.retail, lines: [{ productId: ids.chair, quantity: 1, discountAmount: '95.01' }] });
    expect(q).toEqual({ quote: null, errors: [expect.objectContaining({ code: 'INVALID', field: ['lines', '0', 'discountAmount'] })] });
    const over = await quote({ customerId: ids.retail, discountPercent: '101', lines: [{ productId: ids.chair, quantity: 1 }] });
    expect(over.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['discountPercent'] })]);
    const before = (await gql(fx.url, `{ priceLists(first: 50) { totalCount } }`, {}, fx.owner.token)).data!.priceLists.totalCount;
    const bad = await gql(fx.url, CREATE_LIST, { input: { name: 'Bad', items: [{ productId: ids.chair, unitPrice: '1.00', percentOff: '5' }, { productId: ids.chair, minQuantity: 0, unitPrice: '2.00' }] } }, fx.owner.token);
    expect(bad.data!.createPriceList.errors.map((e: { field: string[] }) => e.field.join('.'))).toEqual(['items.0.unitPrice', 'items.1.minQuantity']);
    expect((await gql(fx.url, `{ priceLists(first: 50) { totalCount } }`, {}, fx.owner.token)).data!.priceLists.totalCount).toBe(before);
  });

  it('another workspace neither sees nor is priced by these lists; a SALES_REP quotes but cannot change lists', async () => {
    const other = await signUpTenant(fx.url);
    expect((await gql(fx.url, `{ priceLists(first: 10) { totalCount } }`, {}, other.token)).data!.priceLists.totalCount).toBe(0);
    const theirProduct = await createProduct(fx.url, other.token, { price: '100.00', taxRate: '0' });
    const theirCustomer = await createCustomer(fx.url, other.token);
    const theirs = await quote({ customerId: theirCustomer.id, lines: [{ productId: theirProduct.id, quantity: 10 }] }, other.token);
    expect(theirs.quote.lines[0]).toMatchObject({ unitPrice: { amount: '100.00' }, strategy: 'LIST_PRICE', priceList: null });
    // Our customer and product do not exist for them.
    expect((await quote({ customerId: ids.wholesaler, lines: [{ productId: ids.chair, quantity: 1 }] }, other.token)).errors[0].code).toBe('NOT_FOUND');

    const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    expect((await quote({ customerId: ids.retail, lines: [{ productId: ids.chair, quantity: 1 }] }, rep)).quote.lines[0].unitPrice.amount).toBe('95.00');
    const refused = await gql(fx.url, CREATE_LIST, { input: { name: 'Mine', items: [{ productId: ids.chair, unitPrice: '1.00' }] } }, rep);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
