import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A customer as finance knows it: only the id, extended with its invoices and balance. Sales owns
 * the customer and resolves every other field.
 */
@Directive('@key(fields: "id")')
@ObjectType('Customer', { description: 'Someone the workspace sells to.' })
export class CustomerReference {
  @Field(() => ID, { description: 'Globally unique id (UUID).' })
  id!: string;
}

export const customerReference = (id: string): CustomerReference => Object.assign(new CustomerReference(), { id });
