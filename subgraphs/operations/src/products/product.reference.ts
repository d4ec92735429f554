import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A product as operations knows it: only the id, extended with its stock. Sales owns the product
 * and resolves every other field, so `product { sku stock { onHand } }` spans both subgraphs.
 * Operations cannot check that a product id exists (it never reads sales' tables): stock of an
 * unknown id is simply zero.
 */
@Directive('@key(fields: "id")')
@ObjectType('Product', { description: 'Something the workspace sells or makes.' })
export class ProductReference {
  @Field(() => ID, { description: 'Globally unique id (UUID).' })
  id!: string;
}

export const productReference = (id: string): ProductReference => Object.assign(new ProductReference(), { id });
