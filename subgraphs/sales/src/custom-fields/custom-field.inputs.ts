import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CustomFieldType, UserError } from '@prometric/core';
import { CustomFieldDefinition, CustomFieldEntity } from './custom-field.entity';

@InputType({ description: 'A new custom field of one type.' })
export class DefineCustomFieldInput {
  @Field(() => CustomFieldEntity, { description: 'The type whose objects carry it.' })
  entity!: CustomFieldEntity;

  @Field(() => String, { description: 'Key in customFields: a lower-case letter, then lower-case letters, digits or _ (at most 40); unique per type.' })
  key!: string;

  @Field(() => CustomFieldType, { description: 'What it holds; cannot change later.' })
  type!: CustomFieldType;

  @Field(() => String, { nullable: true, description: 'Name to show; the key when omitted.' })
  label?: string | null;

  @Field(() => [String], { nullable: true, description: 'The allowed values (SELECT only, and required there; at most 100).' })
  options?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether every new object of the type must carry it; false when omitted.' })
  required?: boolean | null;
}

@InputType({ description: 'Changes to a custom field; its key and type stay. Omitted fields stay as they are.' })
export class UpdateCustomFieldInput {
  @Field(() => ID, { description: 'Custom field id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name to show.' })
  label?: string | null;

  @Field(() => [String], { nullable: true, description: 'New allowed values (SELECT only); values already stored stay as they are.' })
  options?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether every object must carry it from now on (existing objects are checked when next updated with customFields).' })
  required?: boolean | null;
}

@ObjectType({ description: 'Result of a custom field mutation.' })
export class CustomFieldPayload {
  @Field(() => CustomFieldDefinition, { nullable: true, description: 'The custom field.' })
  customField?: CustomFieldDefinition | null;

  @Field(() => [UserError], { description: 'Why the change was refused; empty on success.' })
  errors!: UserError[];
}
