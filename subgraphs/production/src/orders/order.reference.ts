import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * An order as production knows it: only the id, extended with its production orders. Sales owns the
 * order and resolves every other field. An unknown id has no production orders.
 */
@Directive('@key(fields: "id")')
@ObjectType('Order', { description: 'A sales order: what a customer bought, at what price, and where it is.' })
export class OrderReference {
  @Field(() => ID, { description: 'Globally unique id (UUID).' })
  id!: string;
}

export const orderReference = (id: string): OrderReference => Object.assign(new OrderReference(), { id });
