import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A product as production knows it: only the id, extended with its active bill of materials. Sales
 * owns the product and resolves every other field. Production cannot check that a product id exists
 * (it never reads sales' tables): an unknown id simply has no bill.
 */
@Directive('@key(fields: "id")')
@ObjectType('Product', { description: 'Something the workspace sells or makes.' })
export class ProductReference {
  @Field(() => ID, { description: 'Globally unique id (UUID).' })
  id!: string;
}

export const productReference = (id: string): ProductReference => Object.assign(new ProductReference(), { id });
