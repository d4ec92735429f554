import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '@prometric/core';
import { BillOfMaterials } from './bill-of-materials.entity';

@InputType({ description: 'One component of a new bill of materials.' })
export class BomComponentInput {
  @Field(() => ID, { description: "The component product (sales' product id; must be a UUID, not the product made, and not repeated)." })
  productId!: string;

  @Field(() => Int, { description: 'Units of the component per unit made; more than zero.' })
  quantity!: number;
}

@InputType({ description: 'A new version of what a product is made of.' })
export class CreateBillOfMaterialsInput {
  @Field(() => ID, { description: "The product made (sales' product id; must be a UUID)." })
  productId!: string;

  @Field(() => [BomComponentInput], { description: 'What it is made of: at least one component.' })
  components!: BomComponentInput[];

  @Field(() => Boolean, { nullable: true, description: 'Make it the active bill at once (archiving the current one). Default false: created as DRAFT.' })
  activate?: boolean | null;
}

@ObjectType({ description: 'Result of a bill of materials mutation.' })
export class BillOfMaterialsPayload {
  @Field(() => BillOfMaterials, { nullable: true, description: 'The bill of materials.' })
  billOfMaterials?: BillOfMaterials | null;

  @Field(() => [UserError], { description: 'Why the change was refused (then nothing changed); empty on success. A component that would make the product part of itself is INVALID on `components`.' })
  errors!: UserError[];
}
