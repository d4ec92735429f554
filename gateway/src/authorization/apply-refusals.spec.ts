import { buildSchema, type GraphQLObjectType } from 'graphql';
import { applyRefusals } from './apply-refusals';
import type { Refusal } from './filter-operation';

const schema = buildSchema(`
  type Query { order: Order, orders: [Order!]! }
  type Order { id: ID!, lines: [Line!]!, note: String }
  type Line { qty: Int!, product: Product!, maybe: Product }
  type Product { sku: String! }
`);
const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name].type;
const refusal = (...steps: [string, string, string][]): Refusal => ({
  coordinate: 'x',
  code: 'FORBIDDEN',
  path: steps.map(([type, name, key]) => ({ key, type: field(type, name) })),
});

describe('applyRefusals', () => {
  it('writes null and an error at every list position of a nullable field', () => {
    const data = { order: { id: '1', lines: [{ qty: 1 }, { qty: 2 }] } };
    const out = applyRefusals(data, [refusal(['Query', 'order', 'order'], ['Order', 'lines', 'lines'], ['Line', 'maybe', 'maybe'])]);
    expect(out.data).toEqual({ order: { id: '1', lines: [{ qty: 1, maybe: null }, { qty: 2, maybe: null }] } });
    expect(out.errors.map((e) => e.path)).toEqual([
      ['order', 'lines', 0, 'maybe'],
      ['order', 'lines', 1, 'maybe'],
    ]);
    expect(out.errors.every((e) => e.extensions.code === 'FORBIDDEN')).toBe(true);
  });

  it('bubbles a refused non-null field to the nearest nullable parent', () => {
    // Line.product is non-null → the Line is null → [Line!]! cannot hold it → lines is null →
    // Order.lines is non-null → the order is null, which Query.order allows.
    const data = { order: { id: '1', lines: [{ qty: 1 }] } };
    const out = applyRefusals(data, [refusal(['Query', 'order', 'order'], ['Order', 'lines', 'lines'], ['Line', 'product', 'product'])]);
    expect(out.data).toEqual({ order: null });
    expect(out.errors.map((e) => e.path)).toEqual([['order', 'lines', 0, 'product']]);
  });

  it('nulls the whole data when the bubble reaches a non-null root field', () => {
    const out = applyRefusals({ orders: [{ id: '1', lines: [] }] }, [refusal(['Query', 'orders', 'orders'], ['Order', 'id', 'id'])]);
    expect(out.data).toBeNull();
  });

  it('leaves untouched what is already null', () => {
    const out = applyRefusals({ order: null }, [refusal(['Query', 'order', 'order'], ['Order', 'note', 'note'])]);
    expect(out).toEqual({ data: { order: null }, errors: [] });
  });
});
